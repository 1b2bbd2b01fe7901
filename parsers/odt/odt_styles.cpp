#include "odt/odt_styles.hpp"

#include <charconv>

#include "office_common/xml_part.hpp"

namespace skillmatch::parsers::odt {
namespace {

using office::attribute_value;
using office::local_name;
using office::NumberStyle;

// Parent chains are short in practice; the bound only stops a cycle.
constexpr int kMaxStyleChain = 16;

std::optional<int> to_int(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

NumberStyle number_style_of(std::string_view format) {
  if (format == "a") return NumberStyle::kLowerLetter;
  if (format == "A") return NumberStyle::kUpperLetter;
  if (format == "i") return NumberStyle::kLowerRoman;
  if (format == "I") return NumberStyle::kUpperRoman;
  if (format.empty()) return NumberStyle::kNone;
  return NumberStyle::kDecimal;
}

}  // namespace

void OdtStyles::add_styles(const pugi::xml_node& styles_root) {
  for (pugi::xml_node style : styles_root.children()) {
    const std::string_view kind = local_name(style);
    if (kind == "style" && attribute_value(style, "family") == "paragraph") {
      ParagraphStyle entry;
      entry.parent = attribute_value(style, "parent-style-name");
      entry.display_name = attribute_value(style, "display-name");
      entry.outline_level = to_int(attribute_value(style, "default-outline-level"));
      entry.list_style = attribute_value(style, "list-style-name");
      paragraph_styles_[std::string(attribute_value(style, "name"))] = std::move(entry);
    } else if (kind == "list-style") {
      auto& levels = list_styles_[std::string(attribute_value(style, "name"))];
      for (pugi::xml_node level_node : style.children()) {
        const std::string_view level_kind = local_name(level_node);
        ListLevelStyle level;
        if (level_kind == "list-level-style-number") {
          level.style = number_style_of(attribute_value(level_node, "num-format"));
          level.start = to_int(attribute_value(level_node, "start-value")).value_or(1);
          level.prefix = attribute_value(level_node, "num-prefix");
          level.suffix = attribute_value(level_node, "num-suffix");
        } else if (level_kind != "list-level-style-bullet" && level_kind != "list-level-style-image") {
          continue;
        }
        levels[to_int(attribute_value(level_node, "level")).value_or(1)] = level;
      }
    }
  }
}

const OdtStyles::ParagraphStyle* OdtStyles::find(std::string_view name) const {
  const auto found = paragraph_styles_.find(std::string(name));
  return found == paragraph_styles_.end() ? nullptr : &found->second;
}

std::optional<int> OdtStyles::paragraph_heading_level(std::string_view style_name) const {
  std::string current(style_name);
  for (int step = 0; step < kMaxStyleChain && !current.empty(); ++step) {
    if (current == "Title") return 0;
    const ParagraphStyle* style = find(current);
    if (style == nullptr) return std::nullopt;
    if (style->display_name == "Title") return 0;
    if (style->outline_level && *style->outline_level >= 1) return style->outline_level;
    current = style->parent;
  }
  return std::nullopt;
}

std::string OdtStyles::paragraph_list_style(std::string_view style_name) const {
  std::string current(style_name);
  for (int step = 0; step < kMaxStyleChain && !current.empty(); ++step) {
    const ParagraphStyle* style = find(current);
    if (style == nullptr) return {};
    if (!style->list_style.empty()) return style->list_style;
    current = style->parent;
  }
  return {};
}

ListLevelStyle OdtStyles::list_level(std::string_view list_style_name, int level) const {
  const auto style = list_styles_.find(std::string(list_style_name));
  if (style == list_styles_.end()) return {};
  const auto found = style->second.find(level);
  return found == style->second.end() ? ListLevelStyle{} : found->second;
}

}  // namespace skillmatch::parsers::odt
