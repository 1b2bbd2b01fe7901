// List markers from word/numbering.xml: each paragraph with a numPr gets its marker
// ("- ", "2. ", "1.3. ") in document order, counters kept per list instance (numId).
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

#include "docx/docx_styles.hpp"
#include "office_common/list_numbering.hpp"

namespace skillmatch::parsers::docx {

class DocxNumbering {
 public:
  DocxNumbering() = default;
  // `numbering` is the parsed numbering.xml root (may be empty when the part is missing).
  explicit DocxNumbering(const pugi::xml_node& numbering);

  // Advances the counter of the reference's list level (restarting deeper levels) and
  // returns the marker with a trailing space, or "" for numId 0 and unnumbered levels.
  std::string next_marker(const NumberingReference& reference);

 private:
  struct Level {
    office::NumberStyle style = office::NumberStyle::kDecimal;
    int start = 1;
    std::string text_pattern = "%1.";  // w:lvlText: "%1." "(%1)" "%1.%2."
  };
  using Levels = std::map<int, Level>;

  const Level* level_of(const std::string& num_id, int level) const;

  std::unordered_map<std::string, Levels> abstract_levels_;          // abstractNumId -> levels
  std::unordered_map<std::string, std::string> abstract_of_num_;      // numId -> abstractNumId
  std::unordered_map<std::string, std::map<int, int>> start_overrides_;  // numId -> level -> start
  std::unordered_map<std::string, std::vector<int>> counters_;        // numId -> counter per level
};

}  // namespace skillmatch::parsers::docx
