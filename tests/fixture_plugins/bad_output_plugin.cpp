// A plugin that returns invalid UTF-8 and sections outside the text: the host must not trust it.
// It also names a document kind with the SDK's to_string (once declared by the SDK but
// defined only in core, so a plugin calling it failed to load).
#include <skillmatch/parser_plugin.hpp>

namespace {
class BadOutputParser {
 public:
  skillmatch::plugin::PluginInfo info() const { return {"bad-output", "1.0", "returns broken documents", {"test"}, {".bad"}}; }
  int sniff(std::string_view, std::string_view head) const {
    return head.substr(0, 3) == "BAD" ? 100 : 0;
  }
  skillmatch::plugin::ParseStatus parse(const skillmatch::plugin::ParseRequest& request,
                                        skillmatch::plugin::DocumentSink& sink) const {
    skillmatch::Document document;
    if (request.bytes.substr(0, 7) == "BADUTF8") {
      document.text = "caf\xE9";
    } else if (request.bytes.substr(0, 7) == "BADKIND") {
      document.text = "short";
      document.title = skillmatch::to_string(skillmatch::DocumentKind::kPosting);
    } else {
      document.text = "short";
      document.sections.push_back({"skills", 2, 100});
    }
    sink.accept(std::move(document));
    return skillmatch::plugin::ParseStatus::success();
  }
};
}  // namespace
SKILLMATCH_EXPORT_PARSER(BadOutputParser)
