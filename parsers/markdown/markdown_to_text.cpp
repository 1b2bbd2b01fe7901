#include "markdown/markdown_to_text.hpp"

#include <algorithm>
#include <memory>

#include <cmark.h>

#include "markup_common/html_to_text.hpp"
#include "markup_common/html_tree.hpp"
#include "markup_common/input_error.hpp"

#include "markdown/front_matter.hpp"

namespace skillmatch::parsers::markdown {
namespace {

using markup::SectionedTextBuilder;

struct CmarkNodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct CmarkIterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

std::string_view literal_of(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal == nullptr ? std::string_view{} : std::string_view(literal);
}

bool is_in_list_item(cmark_node* node) {
  cmark_node* parent = cmark_node_parent(node);
  return parent != nullptr && cmark_node_get_type(parent) == CMARK_NODE_ITEM;
}

// Turns cmark's enter/exit events into builder calls.
class MarkdownRenderer {
 public:
  MarkdownRenderer(SectionedTextBuilder& out, std::uint32_t max_depth) : out_(out), max_depth_(max_depth) {}

  // Returns false to skip the node's children (an image's alt text is not shown).
  bool enter(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING:
        out_.begin_heading(cmark_node_get_heading_level(node));
        heading_start_ = out_.size();
        break;
      case CMARK_NODE_PARAGRAPH:
        // An item's first paragraph continues the item's line.
        if (!is_in_list_item(node)) {
          out_.paragraph_break();
        } else if (cmark_node_previous(node) != nullptr) {
          out_.line_break();
        }
        break;
      case CMARK_NODE_LIST:
        ++list_depth_;
        out_.line_break();
        break;
      case CMARK_NODE_ITEM:
        out_.begin_list_item(list_depth_ - 1, "");
        break;
      case CMARK_NODE_BLOCK_QUOTE:
      case CMARK_NODE_THEMATIC_BREAK:
        out_.paragraph_break();
        break;
      case CMARK_NODE_CODE_BLOCK:
        out_.paragraph_break();
        out_.append_preformatted(literal_of(node));
        out_.paragraph_break();
        break;
      case CMARK_NODE_HTML_BLOCK: {
        out_.paragraph_break();
        const markup::HtmlTree tree(literal_of(node), max_depth_);
        markup::append_html_text(tree.document(), out_);
        out_.paragraph_break();
        break;
      }
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        out_.append_inline(literal_of(node));
        break;
      case CMARK_NODE_SOFTBREAK:
        out_.append_inline(" ");
        break;
      case CMARK_NODE_LINEBREAK:
        out_.line_break();
        break;
      case CMARK_NODE_IMAGE:
        return false;
      default:
        break;
    }
    return true;
  }

  void exit(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING:
        note_title(node);
        out_.end_heading();
        break;
      case CMARK_NODE_PARAGRAPH:
        if (!is_in_list_item(node)) out_.paragraph_break();
        break;
      case CMARK_NODE_LIST:
        --list_depth_;
        out_.line_break();
        break;
      case CMARK_NODE_ITEM:
        out_.line_break();
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        out_.paragraph_break();
        break;
      default:
        break;
    }
  }

  std::string take_title() { return std::move(title_); }

 private:
  void note_title(cmark_node* heading) {
    const int level = cmark_node_get_heading_level(heading);
    const bool better = title_level_ == 0 || (level == 1 && title_level_ != 1);
    if (!better) return;
    title_ = std::string(out_.text().substr(heading_start_));
    title_level_ = level;
  }

  SectionedTextBuilder& out_;
  std::uint32_t max_depth_;
  int list_depth_ = 0;
  std::size_t heading_start_ = 0;
  std::string title_;
  int title_level_ = 0;  // level of the heading title_ came from; 0 = none yet
};

// Container markers at the start of `line`: "> ", "- ", "* ", "+ ", "12. ", "3) ".
std::size_t line_container_depth(std::string_view line) {
  std::size_t depth = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    if (line[i] == '>') {
      ++depth;
      ++i;
      continue;
    }
    std::size_t marker_end = i;
    if (line[i] == '-' || line[i] == '*' || line[i] == '+') {
      marker_end = i + 1;
    } else {
      while (marker_end < line.size() && marker_end - i < 9 && line[marker_end] >= '0' && line[marker_end] <= '9') {
        ++marker_end;
      }
      if (marker_end == i || marker_end >= line.size() || (line[marker_end] != '.' && line[marker_end] != ')')) break;
      ++marker_end;
    }
    if (marker_end < line.size() && line[marker_end] != ' ' && line[marker_end] != '\t') break;
    ++depth;
    i = marker_end;
  }
  return depth;
}

}  // namespace

std::size_t estimate_markdown_depth(std::string_view markdown) {
  std::size_t deepest = 0;
  for (std::size_t start = 0; start < markdown.size();) {
    std::size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    deepest = std::max(deepest, line_container_depth(markdown.substr(start, end - start)));
    start = end + 1;
  }
  return deepest;
}

RenderedMarkdown render_markdown(std::string_view utf8_markdown, std::uint32_t max_depth) {
  const std::string_view body = skip_front_matter(utf8_markdown);
  if (estimate_markdown_depth(body) > max_depth) {
    throw markup::InputError("Markdown nested deeper than " + std::to_string(max_depth) + " levels");
  }
  const std::unique_ptr<cmark_node, CmarkNodeDeleter> document(
      cmark_parse_document(body.data(), body.size(), CMARK_OPT_DEFAULT));
  if (!document) throw markup::InputError("Markdown parser failed");

  SectionedTextBuilder text;
  MarkdownRenderer renderer(text, max_depth);
  const std::unique_ptr<cmark_iter, CmarkIterDeleter> iter(cmark_iter_new(document.get()));
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event == CMARK_EVENT_ENTER) {
      if (!renderer.enter(node)) cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
    } else {
      renderer.exit(node);
    }
  }
  RenderedMarkdown rendered;
  rendered.title = renderer.take_title();
  rendered.text = std::move(text).finish();
  return rendered;
}

}  // namespace skillmatch::parsers::markdown
