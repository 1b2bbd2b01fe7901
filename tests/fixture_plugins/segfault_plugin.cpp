// A plugin whose parser dereferences a null pointer: in a parse worker it must become
// "parser crashed (signal 11, SIGSEGV)" for its file while the batch goes on.
#include <skillmatch/parser_plugin.hpp>

namespace {
class SegfaultParser {
 public:
  skillmatch::plugin::PluginInfo info() const { return {"segfault", "1.0", "crashes on parse", {"test"}, {".segv"}}; }
  int sniff(std::string_view, std::string_view head) const { return head.substr(0, 4) == "SEGV" ? 100 : 0; }
  skillmatch::plugin::ParseStatus parse(const skillmatch::plugin::ParseRequest&, skillmatch::plugin::DocumentSink&) const {
    volatile int* nowhere = nullptr;
    *nowhere = 1;
    return skillmatch::plugin::ParseStatus::success();
  }
};
}  // namespace
SKILLMATCH_EXPORT_PARSER(SegfaultParser)
