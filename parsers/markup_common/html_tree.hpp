// A parsed HTML tree (gumbo) with the guards gumbo lacks, and a walk that does not recurse.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <gumbo.h>

namespace skillmatch::markup {

// Gumbo has no depth limit, and its tree building is quadratic in the depth of open
// elements (10,000 nested <div> take seconds); it also compares each attribute of an
// element with all the ones before it (one element with 80,000 attributes took 46 s).
// So HtmlTree refuses input whose tags would nest deeper than `max_depth`, or give one
// element more than kMaxHtmlAttributes attributes (an InputError), before gumbo sees it.
constexpr std::size_t kMaxHtmlAttributes = 256;

class HtmlTree {
 public:
  HtmlTree(std::string_view utf8_html, std::uint32_t max_depth);
  ~HtmlTree();
  HtmlTree(const HtmlTree&) = delete;
  HtmlTree& operator=(const HtmlTree&) = delete;

  const GumboNode& document() const { return *output_->document; }
  const GumboNode& root() const { return *output_->root; }

 private:
  GumboOutput* output_ = nullptr;
};

// Upper bounds, from the tags alone, of what gumbo would build from `html`.
struct HtmlShape {
  // How deep elements nest: void elements, self-closed tags and elements whose end tag is
  // optional (p, li, td...) do not count, comments and script/style text are skipped.
  std::size_t depth = 0;
  // The most attributes one element holds; the attributes of every <html> and <body>
  // tag add up, as gumbo merges them into one element.
  std::size_t attributes = 0;
};

// Linear time, no allocation.
HtmlShape measure_html(std::string_view html);

// Receives the walk's events; enter() returns false to skip the node's children (then
// leave() is not called for it).
class HtmlVisitor {
 public:
  virtual ~HtmlVisitor() = default;
  virtual bool enter(const GumboNode& node) = 0;
  virtual void leave(const GumboNode& node) = 0;
};

// Visits `root` and its descendants in document order with an explicit stack.
void walk_html(const GumboNode& root, HtmlVisitor& visitor);

// The value of attribute `name` of an element, or "" when absent.
std::string_view html_attribute(const GumboNode& element, const char* name);

// True for text, whitespace and CDATA nodes.
bool is_text_node(const GumboNode& node);

// True for an element with tag `tag`.
bool is_element(const GumboNode& node, GumboTag tag);

// The text inside `node` with whitespace collapsed (a <title>, a heading).
std::string html_inner_text(const GumboNode& node);

// The text inside `node` exactly as written (a script's JSON, decoded entities).
std::string html_raw_text(const GumboNode& node);

}  // namespace skillmatch::markup
