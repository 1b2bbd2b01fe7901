#include "markup_common/html_tree.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <utility>
#include <vector>

#include "markup_common/input_error.hpp"
#include "markup_common/sectioned_text.hpp"

namespace skillmatch::markup {
namespace {

// Elements that never hold children, or whose end tag is optional so that a missing one
// closes implicitly instead of nesting (a page of unclosed <p> or <li> is flat).
constexpr auto kNonNestingTags = std::to_array<std::string_view>({
    "area", "base",  "br",    "col",   "embed",    "hr",      "img",   "input", "link",  "meta",
    "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "command", "p",
    "li",   "dt",    "dd",    "option", "optgroup", "tr",     "td",    "th",    "tbody", "thead",
    "tfoot", "colgroup", "caption", "rt", "rp",     "rb",      "rtc",   "html",  "head"});

// Elements whose content is raw text: tags inside them are not tags.
constexpr auto kRawTextTags =
    std::to_array<std::string_view>({"script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"});

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains(const auto& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Position just past the '>' closing the tag opened at `pos`, honouring quoted values.
// Counts in `attributes` every name that starts after a space, a '/' or a closing quote:
// an upper bound of the tag's attributes (an unquoted value after " = " counts too).
std::size_t skip_tag(std::string_view html, std::size_t pos, bool* self_closing, std::size_t* attributes) {
  char quote = 0;
  bool after_separator = true;
  for (std::size_t i = pos; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
      after_separator = quote == 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      if (self_closing != nullptr) *self_closing = i > pos && html[i - 1] == '/';
      return i + 1;
    } else if (is_html_space(c) || c == '/') {
      after_separator = true;
    } else {
      if (after_separator && c != '=' && attributes != nullptr) ++*attributes;
      after_separator = false;
    }
  }
  return html.size();
}

// Reads a tag name at `pos`, lowercased (truncated: long names are custom elements,
// which nest like any other element).
std::string_view read_tag_name(std::string_view html, std::size_t& pos, std::array<char, 16>& buffer) {
  std::size_t length = 0;
  while (pos < html.size() && (std::isalnum(static_cast<unsigned char>(html[pos])) || html[pos] == '-')) {
    if (length < buffer.size()) buffer[length++] = ascii_lower(html[pos]);
    ++pos;
  }
  return {buffer.data(), length};
}

std::size_t find_raw_text_end(std::string_view html, std::size_t pos, std::string_view tag) {
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    std::size_t name_end = pos + 2;
    std::array<char, 16> buffer{};
    if (read_tag_name(html, name_end, buffer) == tag) return pos;
    pos += 2;
  }
  return html.size();
}

const GumboVector* children_of(const GumboNode& node) {
  if (node.type == GUMBO_NODE_DOCUMENT) return &node.v.document.children;
  if (node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE) return &node.v.element.children;
  return nullptr;
}

}  // namespace

HtmlShape measure_html(std::string_view html) {
  HtmlShape shape;
  std::size_t depth = 0;
  std::size_t merged_attributes = 0;  // of every <html> and <body> tag: gumbo merges them
  std::size_t pos = 0;
  std::array<char, 16> buffer{};
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    if (html.compare(pos, 4, "<!--") == 0) {
      const std::size_t end = html.find("-->", pos + 4);
      pos = end == std::string_view::npos ? html.size() : end + 3;
    } else if (pos + 1 < html.size() && (html[pos + 1] == '!' || html[pos + 1] == '?')) {
      pos = skip_tag(html, pos + 1, nullptr, nullptr);
    } else if (pos + 2 < html.size() && html[pos + 1] == '/' && is_ascii_alpha(html[pos + 2])) {
      pos += 2;
      const std::string_view name = read_tag_name(html, pos, buffer);
      if (!contains(kNonNestingTags, name) && depth > 0) --depth;
      pos = skip_tag(html, pos, nullptr, nullptr);
    } else if (pos + 1 < html.size() && is_ascii_alpha(html[pos + 1])) {
      pos += 1;
      const std::string_view name = read_tag_name(html, pos, buffer);
      bool self_closing = false;
      std::size_t attributes = 0;
      pos = skip_tag(html, pos, &self_closing, &attributes);
      if (name == "html" || name == "body") {
        merged_attributes += attributes;
        attributes = merged_attributes;
      }
      shape.attributes = std::max(shape.attributes, attributes);
      if (contains(kRawTextTags, name)) {
        pos = find_raw_text_end(html, pos, name);
      } else if (!self_closing && !contains(kNonNestingTags, name)) {
        shape.depth = std::max(shape.depth, ++depth);
      }
    } else {
      ++pos;  // a '<' in text
    }
  }
  return shape;
}

HtmlTree::HtmlTree(std::string_view utf8_html, std::uint32_t max_depth) {
  const HtmlShape shape = measure_html(utf8_html);
  if (shape.depth > max_depth) {
    throw InputError("HTML nested deeper than " + std::to_string(max_depth) + " elements");
  }
  if (shape.attributes > kMaxHtmlAttributes) {
    throw InputError("an HTML element with more than " + std::to_string(kMaxHtmlAttributes) + " attributes");
  }
  output_ = gumbo_parse_with_options(&kGumboDefaultOptions, utf8_html.data(), utf8_html.size());
  if (output_ == nullptr) throw InputError("HTML parser failed");
}

HtmlTree::~HtmlTree() {
  if (output_ != nullptr) gumbo_destroy_output(&kGumboDefaultOptions, output_);
}

void walk_html(const GumboNode& root, HtmlVisitor& visitor) {
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
  };
  if (!visitor.enter(root)) return;
  std::vector<Frame> stack{{&root, 0}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const GumboVector* children = children_of(*frame.node);
    if (children == nullptr || frame.next_child >= children->length) {
      visitor.leave(*frame.node);
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[frame.next_child++]);
    if (visitor.enter(*child)) stack.push_back({child, 0});
  }
}

std::string_view html_attribute(const GumboNode& element, const char* name) {
  if (element.type != GUMBO_NODE_ELEMENT && element.type != GUMBO_NODE_TEMPLATE) return {};
  const GumboAttribute* attribute = gumbo_get_attribute(&element.v.element.attributes, name);
  return attribute == nullptr ? std::string_view{} : std::string_view(attribute->value);
}

bool is_text_node(const GumboNode& node) {
  return node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE || node.type == GUMBO_NODE_CDATA;
}

bool is_element(const GumboNode& node, GumboTag tag) {
  return (node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE) && node.v.element.tag == tag;
}

std::string html_inner_text(const GumboNode& node) {
  class TextCollector : public HtmlVisitor {
   public:
    bool enter(const GumboNode& n) override {
      if (is_text_node(n)) {
        text.append_inline(n.v.text.text);
      }
      return true;
    }
    void leave(const GumboNode&) override {}
    SectionedTextBuilder text;
  } collector;
  walk_html(node, collector);
  SectionedText collected = std::move(collector.text).finish();
  if (!collected.text.empty()) collected.text.pop_back();  // finish() ends with a newline
  return collected.text;
}

std::string html_raw_text(const GumboNode& node) {
  class RawTextCollector : public HtmlVisitor {
   public:
    bool enter(const GumboNode& n) override {
      if (is_text_node(n)) {
        text.append(n.v.text.text);
      }
      return n.type == GUMBO_NODE_DOCUMENT || n.type == GUMBO_NODE_ELEMENT;
    }
    void leave(const GumboNode&) override {}
    std::string text;
  } collector;
  walk_html(node, collector);
  return std::move(collector.text);
}

}  // namespace skillmatch::markup
