// A plugin whose parser never returns (a busy loop): its parse must be stopped at
// --parse-timeout and reported for its file while the batch goes on.
#include <skillmatch/parser_plugin.hpp>

namespace {
class EndlessParser {
 public:
  skillmatch::plugin::PluginInfo info() const { return {"endless", "1.0", "loops forever", {"test"}, {".loop"}}; }
  int sniff(std::string_view, std::string_view head) const { return head.substr(0, 4) == "LOOP" ? 100 : 0; }
  skillmatch::plugin::ParseStatus parse(const skillmatch::plugin::ParseRequest&, skillmatch::plugin::DocumentSink&) const {
    // volatile: a loop without side effects may be assumed to end, and be removed.
    volatile unsigned long spins = 0;
    for (;;) spins = spins + 1;
  }
};
}  // namespace
SKILLMATCH_EXPORT_PARSER(EndlessParser)
