// Builds a Document's text and sections together, so that every section offset is
// right by construction: parsers say "heading", "paragraph", "list item", "text" and the
// builder decides the line breaks, collapses whitespace and cleans the UTF-8.
#pragma once

#include "common/section_names.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <skillmatch/document.hpp>

namespace skillmatch::markup {

struct SectionedText {
  std::string text;
  std::vector<Section> sections;
};

// Heading levels: 1-6 as in HTML/Markdown; a bold-only paragraph acting as a heading is
// kPseudoHeadingLevel, below every real heading.
inline constexpr int kPseudoHeadingLevel = 7;

class SectionedTextBuilder {
 public:
  // Text as HTML renders it: runs of whitespace (NBSP included) become one space, and no
  // line starts or ends with a space. A space at the end of one call joins the next.
  void append_inline(std::string_view text);
  // Text whose line breaks matter (plain-text descriptions, <pre>, code blocks): lines
  // are kept, trailing spaces dropped, and at most one blank line in a row.
  void append_preformatted(std::string_view text);

  void line_break();       // the next text starts a new line
  void paragraph_break();  // the next text starts after a blank line

  // A list item line: indented two spaces per nesting level, then `marker` ("- " or "").
  void begin_list_item(int nesting, std::string_view marker);

  // Everything appended between begin_heading and end_heading is the heading's text.
  // The heading starts a new section unless it is a sub-heading (deeper level, not a
  // canonical name) inside a canonical section, like a job title under "Experience".
  void begin_heading(int level);
  void end_heading();
  void heading(std::string_view text, int level);

  bool empty() const { return text_.empty(); }
  std::size_t size() const { return text_.size(); }
  // The text so far (for a title taken from the first heading, say).
  std::string_view text() const { return text_; }

  // Ends the text with one newline and closes the last section.
  SectionedText finish() &&;

 private:
  void start_section(parsers::SectionName name, int level);
  bool at_line_start() const { return text_.empty() || text_.back() == '\n'; }

  std::string text_;
  std::vector<Section> sections_;
  int section_level_ = 0;  // level of the heading that opened the current section
  bool section_is_canonical_ = false;
  bool pending_space_ = false;
  std::size_t heading_start_ = 0;
  int heading_level_ = 0;
  bool in_heading_ = false;
};

}  // namespace skillmatch::markup
