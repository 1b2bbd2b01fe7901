// A parser that takes as long as its input asks ("SLOW <milliseconds>"): lets the serve
// tests reach the parse time limit (408) and a full in-flight limit (503) for certain.
#include <chrono>
#include <string>
#include <thread>

#include <skillmatch/parser_plugin.hpp>

namespace {
class SlowParser {
 public:
  skillmatch::plugin::PluginInfo info() const { return {"slow", "1.0", "sleeps before parsing", {"test"}, {".slow"}}; }
  int sniff(std::string_view, std::string_view head) const { return head.substr(0, 5) == "SLOW " ? 100 : 0; }
  skillmatch::plugin::ParseStatus parse(const skillmatch::plugin::ParseRequest& request,
                                        skillmatch::plugin::DocumentSink& sink) const {
    const int milliseconds = std::stoi(std::string(request.bytes.substr(5, 8)));
    std::this_thread::sleep_for(std::chrono::milliseconds(milliseconds));
    skillmatch::Document document;
    document.text = "Skills: Python\n";
    sink.accept(std::move(document));
    return skillmatch::plugin::ParseStatus::success();
  }
};
}  // namespace
SKILLMATCH_EXPORT_PARSER(SlowParser)
