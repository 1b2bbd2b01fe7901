// A parsed HTML tree (gumbo) with the guards gumbo lacks, and a walk that does not recurse.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <gumbo.h>

namespace skillmatch::markup {

// Gumbo has no depth limit, and its tree building is quadratic in the depth of open
// elements (10,000 nested <div> take seconds), so HtmlTree refuses input whose tags
// would nest deeper than `max_depth` (an InputError) before gumbo sees it.
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

// An upper bound of how deep the elements of `html` nest, from the tags alone: void
// elements, self-closed tags and elements whose end tag is optional (p, li, td...) do
// not count, comments and script/style text are skipped. Linear time, no allocation.
std::size_t estimate_html_depth(std::string_view html);

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
