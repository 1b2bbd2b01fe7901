// A plugin whose parser throws: the exception must stay inside the plugin and come back
// to the host as a per-file error.
#include <skillmatch/parser_plugin.hpp>
#include <stdexcept>

namespace {
class ThrowingParser {
 public:
  skillmatch::plugin::PluginInfo info() const { return {"throwing", "1.0", "throws on parse", {"test"}, {".throw"}}; }
  int sniff(std::string_view, std::string_view head) const {
    if (head.substr(0, 5) == "SNIFF") throw std::runtime_error("sniff exploded");
    return head.substr(0, 5) == "THROW" ? 100 : 0;
  }
  skillmatch::plugin::ParseStatus parse(const skillmatch::plugin::ParseRequest&, skillmatch::plugin::DocumentSink&) const {
    throw std::runtime_error("parse exploded");
  }
};
}  // namespace
SKILLMATCH_EXPORT_PARSER(ThrowingParser)
