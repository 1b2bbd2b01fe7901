// What word/styles.xml says about paragraph styles: which are headings (and at which
// level) and which carry list numbering.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <pugixml.hpp>

namespace skillmatch::parsers::docx {

// A paragraph's list membership: w:numPr's numId and ilvl.
struct NumberingReference {
  std::string num_id;
  int level = 0;
};

// Reads w:numPr (numId, ilvl) from a w:pPr; empty when absent.
std::optional<NumberingReference> numbering_reference(const pugi::xml_node& paragraph_properties);

class DocxStyles {
 public:
  DocxStyles() = default;
  // `styles` is the parsed styles.xml root (may be empty when the part is missing).
  explicit DocxStyles(const pugi::xml_node& styles);

  // 0 for Title, n for "heading n" or outline level n-1; empty for body text. A
  // paragraph's own w:outlineLvl wins over its style's.
  std::optional<int> heading_level(std::string_view style_id, const pugi::xml_node& paragraph_properties) const;

  // The numbering a style applies (Word's "List Bullet" style carries its own numPr).
  std::optional<NumberingReference> style_numbering(std::string_view style_id) const;

 private:
  struct Style {
    std::string name;  // lowercase w:name: "heading 1", "title"
    std::string based_on;
    std::optional<int> outline_level;
    std::optional<NumberingReference> numbering;
  };
  const Style* find(std::string_view style_id) const;

  std::unordered_map<std::string, Style> styles_;
};

}  // namespace skillmatch::parsers::docx
