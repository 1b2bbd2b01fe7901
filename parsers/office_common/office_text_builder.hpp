// Turns the paragraphs an office walker finds into Document::text (one line per
// paragraph) and Document::sections (one per top-level heading).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <skillmatch/document.hpp>

namespace skillmatch::parsers::office {

// What a paragraph is besides its text.
struct ParagraphRole {
  std::optional<int> heading_level;  // 0 = title, 1.. = heading level; empty = body text
  std::string list_marker;           // "- ", "3. " or "" when not a list item
  int list_depth = 0;                // indents the marker two spaces per level
};

class OfficeTextBuilder {
 public:
  // Adds one paragraph as a line of its own (line breaks inside it stay). Runs of empty
  // paragraphs become a single blank line; the text is made valid, normalized UTF-8.
  void add_paragraph(std::string_view text, const ParagraphRole& role = {});

  // Adds the text of a page header or footer, unless a part with the same text was
  // already added (a first-page and a default header often say the same thing).
  void add_page_part(std::string_view text);

  // Ends the document body: what follows (footers, footnotes) belongs to no section.
  void end_body();

  // The text so far (for callers that render a part separately to compare it).
  const std::string& text() const { return text_; }

  // Writes text and sections into `document`, and its title when it has none: the first
  // title-level heading, else the first heading, else the first line.
  void finish_into(Document& document) const;

 private:
  struct Heading {
    std::size_t offset;
    int level;
    std::string text;
  };

  std::string text_;
  std::vector<Heading> headings_;
  std::optional<std::size_t> body_end_;
  std::vector<std::string> page_parts_;
  bool last_line_blank_ = true;  // true at the start so the text opens with no blank line
};

}  // namespace skillmatch::parsers::office
