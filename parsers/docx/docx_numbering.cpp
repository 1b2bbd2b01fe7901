#include "docx/docx_numbering.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

#include "office_common/xml_part.hpp"

namespace skillmatch::parsers::docx {
namespace {

using office::attribute_value;
using office::child_named;
using office::NumberStyle;

// Word has nine list levels (ilvl 0-8).
constexpr int kMaxLevels = 9;
// A level that has not numbered a paragraph yet (0 is a valid start value).
constexpr int kUnstarted = std::numeric_limits<int>::min();

int to_int(std::string_view text, int fallback) {
  int value = fallback;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

NumberStyle style_of(std::string_view number_format) {
  if (number_format == "bullet") return NumberStyle::kBullet;
  if (number_format == "none") return NumberStyle::kNone;
  if (number_format == "lowerLetter") return NumberStyle::kLowerLetter;
  if (number_format == "upperLetter") return NumberStyle::kUpperLetter;
  if (number_format == "lowerRoman") return NumberStyle::kLowerRoman;
  if (number_format == "upperRoman") return NumberStyle::kUpperRoman;
  return NumberStyle::kDecimal;  // decimal and the many locale formats, read as numbers
}

}  // namespace

DocxNumbering::DocxNumbering(const pugi::xml_node& numbering) {
  for (pugi::xml_node node : numbering.children()) {
    const std::string_view name = office::local_name(node);
    if (name == "abstractNum") {
      Levels& levels = abstract_levels_[std::string(attribute_value(node, "abstractNumId"))];
      for (pugi::xml_node level_node : node.children()) {
        if (office::local_name(level_node) != "lvl") continue;
        Level level;
        level.style = style_of(attribute_value(child_named(level_node, "numFmt"), "val"));
        level.start = to_int(attribute_value(child_named(level_node, "start"), "val"), 1);
        if (const pugi::xml_node text = child_named(level_node, "lvlText")) level.text_pattern = attribute_value(text, "val");
        levels[to_int(attribute_value(level_node, "ilvl"), 0)] = level;
      }
    } else if (name == "num") {
      const std::string num_id(attribute_value(node, "numId"));
      abstract_of_num_[num_id] = attribute_value(child_named(node, "abstractNumId"), "val");
      for (pugi::xml_node override_node : node.children()) {
        if (office::local_name(override_node) != "lvlOverride") continue;
        if (const pugi::xml_node start = child_named(override_node, "startOverride")) {
          start_overrides_[num_id][to_int(attribute_value(override_node, "ilvl"), 0)] =
              to_int(attribute_value(start, "val"), 1);
        }
      }
    }
  }
}

const DocxNumbering::Level* DocxNumbering::level_of(const std::string& num_id, int level) const {
  const auto abstract = abstract_of_num_.find(num_id);
  if (abstract == abstract_of_num_.end()) return nullptr;
  const auto levels = abstract_levels_.find(abstract->second);
  if (levels == abstract_levels_.end()) return nullptr;
  const auto found = levels->second.find(level);
  return found == levels->second.end() ? nullptr : &found->second;
}

std::string DocxNumbering::next_marker(const NumberingReference& reference) {
  if (reference.num_id.empty() || reference.num_id == "0") return {};  // numId 0 switches numbering off
  const int level = std::clamp(reference.level, 0, kMaxLevels - 1);
  const Level* definition = level_of(reference.num_id, level);
  // A list whose definition is missing still reads as a list.
  if (definition == nullptr) return "- ";
  if (definition->style == NumberStyle::kBullet) return "- ";
  if (definition->style == NumberStyle::kNone) return {};

  std::vector<int>& counters = counters_[reference.num_id];
  if (counters.empty()) counters.assign(kMaxLevels, kUnstarted);
  auto start_of = [&](int lvl) {
    const auto overrides = start_overrides_.find(reference.num_id);
    if (overrides != start_overrides_.end()) {
      if (const auto found = overrides->second.find(lvl); found != overrides->second.end()) return found->second;
    }
    const Level* of_level = level_of(reference.num_id, lvl);
    return of_level ? of_level->start : 1;
  };
  counters[level] = counters[level] == kUnstarted ? start_of(level) : counters[level] + 1;
  std::fill(counters.begin() + level + 1, counters.end(), kUnstarted);

  // lvlText "%1.%2." refers to the counters of levels 1 and 2 (ilvl 0 and 1).
  std::string marker;
  const std::string& pattern = definition->text_pattern;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      const int referenced = pattern[i + 1] - '1';
      const Level* referenced_level = level_of(reference.num_id, referenced);
      const int value = counters[referenced] == kUnstarted ? start_of(referenced) : counters[referenced];
      marker += office::format_list_number(value, referenced_level ? referenced_level->style : NumberStyle::kDecimal);
      ++i;
    } else {
      marker += pattern[i];
    }
  }
  if (marker.empty()) return {};
  return marker + ' ';
}

}  // namespace skillmatch::parsers::docx
