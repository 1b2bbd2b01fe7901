#include "docx/docx_styles.hpp"

#include <cctype>
#include <charconv>

#include "office_common/xml_part.hpp"

namespace skillmatch::parsers::docx {
namespace {

using office::attribute_value;
using office::child_named;

// basedOn chains are short in practice; the bound only stops a cycle.
constexpr int kMaxStyleChain = 16;
constexpr int kBodyTextOutlineLevel = 9;

std::string lowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::optional<int> to_int(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<int> outline_level_of(const pugi::xml_node& paragraph_properties) {
  const pugi::xml_node outline = child_named(paragraph_properties, "outlineLvl");
  if (!outline) return std::nullopt;
  return to_int(attribute_value(outline, "val"));
}

// "heading 2" (Word's built-in name, in English whatever the UI language) or the id
// "Heading2" that files without a styles part still reference.
std::optional<int> heading_number(std::string_view name) {
  std::string lower = lowercase(name);
  if (lower == "title") return 0;
  if (lower.rfind("heading", 0) != 0) return std::nullopt;
  std::string_view digits = std::string_view(lower).substr(7);
  if (!digits.empty() && digits.front() == ' ') digits.remove_prefix(1);
  const auto level = to_int(digits);
  if (level && *level >= 1 && *level <= 9) return level;
  return std::nullopt;
}

}  // namespace

std::optional<NumberingReference> numbering_reference(const pugi::xml_node& paragraph_properties) {
  const pugi::xml_node numbering = child_named(paragraph_properties, "numPr");
  if (!numbering) return std::nullopt;
  NumberingReference reference;
  reference.num_id = attribute_value(child_named(numbering, "numId"), "val");
  reference.level = to_int(attribute_value(child_named(numbering, "ilvl"), "val")).value_or(0);
  return reference;
}

DocxStyles::DocxStyles(const pugi::xml_node& styles) {
  for (pugi::xml_node style : styles.children()) {
    if (office::local_name(style) != "style" || attribute_value(style, "type") != "paragraph") continue;
    Style entry;
    entry.name = lowercase(attribute_value(child_named(style, "name"), "val"));
    entry.based_on = attribute_value(child_named(style, "basedOn"), "val");
    const pugi::xml_node properties = child_named(style, "pPr");
    entry.outline_level = outline_level_of(properties);
    entry.numbering = numbering_reference(properties);
    styles_.emplace(std::string(attribute_value(style, "styleId")), std::move(entry));
  }
}

const DocxStyles::Style* DocxStyles::find(std::string_view style_id) const {
  const auto found = styles_.find(std::string(style_id));
  return found == styles_.end() ? nullptr : &found->second;
}

std::optional<int> DocxStyles::heading_level(std::string_view style_id, const pugi::xml_node& paragraph_properties) const {
  auto from_outline = [](int outline) -> std::optional<int> {
    if (outline < 0 || outline >= kBodyTextOutlineLevel) return std::nullopt;
    return outline + 1;
  };
  if (const auto outline = outline_level_of(paragraph_properties)) return from_outline(*outline);
  if (style_id.empty()) return std::nullopt;
  if (find(style_id) == nullptr) return heading_number(style_id);
  std::string current(style_id);
  for (int step = 0; step < kMaxStyleChain; ++step) {
    const Style* style = find(current);
    if (style == nullptr) return std::nullopt;
    if (const auto level = heading_number(style->name)) return level;
    if (style->outline_level) return from_outline(*style->outline_level);
    if (style->based_on.empty()) return std::nullopt;
    current = style->based_on;
  }
  return std::nullopt;
}

std::optional<NumberingReference> DocxStyles::style_numbering(std::string_view style_id) const {
  std::string current(style_id);
  for (int step = 0; step < kMaxStyleChain && !current.empty(); ++step) {
    const Style* style = find(current);
    if (style == nullptr) return std::nullopt;
    if (style->numbering) return style->numbering;
    current = style->based_on;
  }
  return std::nullopt;
}

}  // namespace skillmatch::parsers::docx
