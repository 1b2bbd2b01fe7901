// The smallest useful parser: a file that starts with "SKILLMATCH-EXAMPLE" holds
// documents separated by lines of "---"; each block's first line is its title.
#include <skillmatch/parser_plugin.hpp>
#include <skillmatch/text_encoding.hpp>

namespace {

constexpr std::string_view kMagic = "SKILLMATCH-EXAMPLE\n";

class ExampleParser {
 public:
  skillmatch::plugin::PluginInfo info() const {
    return {"example", "1.0", "documents separated by --- lines (an SDK example)",
            {"skillmatch example"}, {".smex"}};
  }

  int sniff(std::string_view, std::string_view head) const {
    return head.substr(0, kMagic.size()) == kMagic ? 100 : 0;
  }

  skillmatch::plugin::ParseStatus parse(const skillmatch::plugin::ParseRequest& request,
                                        skillmatch::plugin::DocumentSink& sink) const {
    if (!skillmatch::text::is_valid_utf8(request.bytes)) {
      return skillmatch::plugin::ParseStatus::failure("not valid UTF-8");
    }
    std::string_view rest = request.bytes.substr(kMagic.size());
    std::size_t count = 0;
    while (!rest.empty()) {
      const std::size_t separator = rest.find("\n---\n");
      const std::string_view block = rest.substr(0, separator);
      rest = separator == std::string_view::npos ? std::string_view{} : rest.substr(separator + 5);
      skillmatch::Document document;
      document.id = "block-" + std::to_string(++count);
      document.text = skillmatch::text::normalize_text(block);
      document.title = document.text.substr(0, document.text.find('\n'));
      if (!sink.accept(std::move(document))) break;
    }
    if (count == 0) return skillmatch::plugin::ParseStatus::failure("no documents after the header");
    return skillmatch::plugin::ParseStatus::success();
  }
};

}  // namespace

SKILLMATCH_EXPORT_PARSER(ExampleParser)
