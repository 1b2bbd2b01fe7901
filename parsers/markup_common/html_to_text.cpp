#include "markup_common/html_to_text.hpp"

#include <string>

#include "markup_common/html_tree.hpp"

namespace skillmatch::markup {
namespace {

// Bold-only paragraphs longer than this are emphasis, not headings.
constexpr std::size_t kMaxPseudoHeadingBytes = 80;

bool is_invisible(const GumboNode& element) {
  switch (element.v.element.tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
      return true;
    default:
      break;
  }
  if (gumbo_get_attribute(&element.v.element.attributes, "hidden") != nullptr) return true;
  if (html_attribute(element, "aria-hidden") == "true") return true;
  std::string style(html_attribute(element, "style"));
  std::erase(style, ' ');
  return style.find("display:none") != std::string::npos;
}

// Paragraph-level blocks get a blank line around them; other blocks a line break.
bool is_paragraph_block(GumboTag tag) {
  return tag == GUMBO_TAG_P || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_BLOCKQUOTE;
}

bool is_line_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV: case GUMBO_TAG_SECTION: case GUMBO_TAG_TR: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

int heading_level(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
  }
}

// "<p><strong>Requirements</strong></p>": job boards' editors make headings this way.
bool is_bold_only_block(const GumboNode& element) {
  const GumboTag tag = element.v.element.tag;
  if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_DIV) return false;
  const GumboNode* bold = nullptr;
  const GumboVector& children = element.v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto& child = *static_cast<const GumboNode*>(children.data[i]);
    if (child.type == GUMBO_NODE_WHITESPACE || child.type == GUMBO_NODE_COMMENT) continue;
    if (bold != nullptr || !(is_element(child, GUMBO_TAG_STRONG) || is_element(child, GUMBO_TAG_B))) return false;
    bold = &child;
  }
  if (bold == nullptr) return false;
  const std::string text = html_inner_text(*bold);
  return !text.empty() && text.size() <= kMaxPseudoHeadingBytes;
}

class HtmlTextRenderer : public HtmlVisitor {
 public:
  explicit HtmlTextRenderer(SectionedTextBuilder& out) : out_(out) {}

  bool enter(const GumboNode& node) override {
    if (is_text_node(node)) {
      if (preformatted_depth_ > 0) {
        out_.append_preformatted(node.v.text.text);
      } else {
        out_.append_inline(node.v.text.text);
      }
      return false;
    }
    if (node.type == GUMBO_NODE_DOCUMENT) return true;
    if (node.type != GUMBO_NODE_ELEMENT || is_invisible(node)) return false;
    const GumboTag tag = node.v.element.tag;
    if (const int level = heading_level(tag); level > 0) {
      out_.begin_heading(level);
    } else if (pseudo_heading_ == nullptr && is_bold_only_block(node)) {
      pseudo_heading_ = &node;
      out_.begin_heading(kPseudoHeadingLevel);
    } else if (tag == GUMBO_TAG_BR) {
      out_.line_break();
    } else if (tag == GUMBO_TAG_LI) {
      out_.begin_list_item(list_depth_ - 1, "- ");
    } else if (tag == GUMBO_TAG_PRE) {
      out_.paragraph_break();
      ++preformatted_depth_;
    } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
      out_.append_inline(" ");  // cells of a row read as words apart
    } else if (is_paragraph_block(tag)) {
      out_.paragraph_break();
    } else if (is_line_block(tag)) {
      out_.line_break();
    }
    if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) ++list_depth_;
    return true;
  }

  void leave(const GumboNode& node) override {
    if (node.type != GUMBO_NODE_ELEMENT) return;
    const GumboTag tag = node.v.element.tag;
    if (heading_level(tag) > 0) {
      out_.end_heading();
    } else if (&node == pseudo_heading_) {
      pseudo_heading_ = nullptr;
      out_.end_heading();
    } else if (tag == GUMBO_TAG_PRE) {
      --preformatted_depth_;
      out_.paragraph_break();
    } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
      out_.append_inline(" ");
    } else if (is_paragraph_block(tag)) {
      out_.paragraph_break();
    } else if (is_line_block(tag)) {
      out_.line_break();
    }
    if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) --list_depth_;
  }

 private:
  SectionedTextBuilder& out_;
  const GumboNode* pseudo_heading_ = nullptr;
  int list_depth_ = 0;
  int preformatted_depth_ = 0;
};

}  // namespace

void append_html_text(const GumboNode& root, SectionedTextBuilder& out) {
  HtmlTextRenderer renderer(out);
  walk_html(root, renderer);
}

std::string decode_html_entities(std::string_view text_without_tags, std::uint32_t max_depth) {
  // Gumbo knows all 2,231 named references, so let it read the text as a page body.
  const HtmlTree tree(text_without_tags, max_depth);
  return html_raw_text(tree.document());
}

void append_html_fragment(std::string_view fragment, SectionedTextBuilder& out, std::uint32_t max_depth) {
  if (fragment.find('<') != std::string_view::npos) {
    const HtmlTree tree(fragment, max_depth);
    append_html_text(tree.document(), out);
    return;
  }
  if (fragment.find('&') == std::string_view::npos) {
    out.append_preformatted(fragment);
    return;
  }
  const std::string decoded = decode_html_entities(fragment, max_depth);
  if (decoded.find('<') != std::string::npos) {
    const HtmlTree tree(decoded, max_depth);
    append_html_text(tree.document(), out);
  } else {
    out.append_preformatted(decoded);
  }
}

}  // namespace skillmatch::markup
