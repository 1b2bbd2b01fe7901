// A plugin whose parser never returns: a busy loop ("LOOP"), or a wait that uses no CPU
// time ("WAIT"), which only the wall clock can stop. Its parse must be stopped at
// --parse-timeout and reported for its file while the batch goes on.
#include <unistd.h>

#include <skillmatch/parser_plugin.hpp>

namespace {
class EndlessParser {
 public:
  skillmatch::plugin::PluginInfo info() const { return {"endless", "1.0", "loops forever", {"test"}, {".loop"}}; }
  int sniff(std::string_view, std::string_view head) const {
    return head.substr(0, 4) == "LOOP" || head.substr(0, 4) == "WAIT" ? 100 : 0;
  }
  skillmatch::plugin::ParseStatus parse(const skillmatch::plugin::ParseRequest& request,
                                        skillmatch::plugin::DocumentSink&) const {
    if (request.bytes.substr(0, 4) == "WAIT") {
      for (;;) ::pause();
    }
    // volatile: a loop without side effects may be assumed to end, and be removed.
    volatile unsigned long spins = 0;
    for (;;) spins = spins + 1;
  }
};
}  // namespace
SKILLMATCH_EXPORT_PARSER(EndlessParser)
