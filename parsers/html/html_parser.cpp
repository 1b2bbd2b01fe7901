#include "html/html_parser.hpp"

#include <algorithm>
#include <array>

#include "markup_common/html_to_text.hpp"
#include "markup_common/html_tree.hpp"
#include "markup_common/input_error.hpp"
#include "markup_common/input_text.hpp"
#include "markup_common/sniffing.hpp"

namespace skillmatch::parsers {
namespace {

constexpr int kHtmlWithExtension = 70;
constexpr int kHtmlByContent = 60;
constexpr int kExtensionOnly = 30;

// Tags that only HTML starts with (XML and SVG start with '<' too).
constexpr std::array<std::string_view, 7> kHtmlMarkers = {"<!doctype html", "<html", "<head", "<body",
                                                          "<div",           "<p>",   "<h1"};

// The page title: <title>, else the first <h1>.
std::string page_title(const GumboNode& document) {
  class TitleFinder : public markup::HtmlVisitor {
   public:
    bool enter(const GumboNode& node) override {
      if (markup::is_element(node, GUMBO_TAG_TITLE) && title.empty()) {
        title = markup::html_inner_text(node);
        return false;
      }
      if (markup::is_element(node, GUMBO_TAG_H1) && first_h1.empty()) {
        first_h1 = markup::html_inner_text(node);
        return false;
      }
      return node.type == GUMBO_NODE_DOCUMENT || node.type == GUMBO_NODE_ELEMENT;
    }
    void leave(const GumboNode&) override {}
    std::string title;
    std::string first_h1;
  } finder;
  markup::walk_html(document, finder);
  return finder.title.empty() ? finder.first_h1 : finder.title;
}

}  // namespace

plugin::PluginInfo HtmlParser::info() const {
  return {"html", "1.0", "HTML pages: job ads and resumes saved as web pages", {"HTML"}, {".html", ".htm", ".xhtml"}};
}

int HtmlParser::sniff(std::string_view path, std::string_view head) const {
  const bool html_extension = markup::has_extension(path, {".html", ".htm", ".xhtml"});
  const std::string_view body = markup::skip_bom_and_whitespace(head);
  if (body.empty() || body.front() != '<') return html_extension ? kExtensionOnly : 0;
  const bool html_markers = std::any_of(kHtmlMarkers.begin(), kHtmlMarkers.end(), [&](std::string_view marker) {
    return markup::contains_ignoring_case(body, marker);
  });
  if (html_extension) return kHtmlWithExtension;
  return html_markers ? kHtmlByContent : 0;
}

plugin::ParseStatus HtmlParser::parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const {
  if (auto message = markup::oversize_message(request.bytes, request.limits)) return plugin::ParseStatus::failure(*message);
  const std::string html = markup::decode_markup(request.bytes, sink);
  if (markup::skip_bom_and_whitespace(html).empty()) return plugin::ParseStatus::failure("empty file");
  try {
    const markup::HtmlTree tree(html, request.limits.max_nesting);
    markup::SectionedTextBuilder text;
    markup::append_html_text(tree.document(), text);
    markup::SectionedText built = std::move(text).finish();
    if (built.text.empty()) return plugin::ParseStatus::failure("HTML without visible text");
    Document document;
    document.id = "page";
    document.title = page_title(tree.document());
    document.text = std::move(built.text);
    document.sections = std::move(built.sections);
    sink.accept(std::move(document));
    return plugin::ParseStatus::success();
  } catch (const markup::InputError& error) {
    return plugin::ParseStatus::failure(error.what());
  }
}

}  // namespace skillmatch::parsers
