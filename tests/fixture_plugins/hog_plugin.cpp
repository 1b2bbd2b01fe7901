// A plugin whose parser allocates (and touches) memory without bound: in a parse worker
// it must stop at --max-memory and be reported for its file while the batch goes on.
#include <cstring>
#include <memory>
#include <vector>

#include <skillmatch/parser_plugin.hpp>

namespace {
class HogParser {
 public:
  skillmatch::plugin::PluginInfo info() const { return {"hog", "1.0", "allocates without bound", {"test"}, {".hog"}}; }
  int sniff(std::string_view, std::string_view head) const { return head.substr(0, 3) == "HOG" ? 100 : 0; }
  skillmatch::plugin::ParseStatus parse(const skillmatch::plugin::ParseRequest&, skillmatch::plugin::DocumentSink&) const {
    constexpr std::size_t kBlock = 16 << 20;
    std::vector<std::unique_ptr<char[]>> blocks;
    for (;;) {
      blocks.push_back(std::make_unique<char[]>(kBlock));
      std::memset(blocks.back().get(), 1, kBlock);
    }
  }
};
}  // namespace
SKILLMATCH_EXPORT_PARSER(HogParser)
