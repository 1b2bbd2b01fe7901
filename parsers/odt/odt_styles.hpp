// What an ODF text document's styles say: which paragraph styles are titles or
// headings, and how each list style marks its levels. Automatic styles (content.xml)
// and common styles (styles.xml) share one name space.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <pugixml.hpp>

#include "office_common/list_numbering.hpp"

namespace skillmatch::parsers::odt {

struct ListLevelStyle {
  office::NumberStyle style = office::NumberStyle::kBullet;
  int start = 1;
  std::string prefix;  // style:num-prefix
  std::string suffix;  // style:num-suffix, "." in LibreOffice's defaults
};

class OdtStyles {
 public:
  // Reads the style:style and text:list-style elements under `styles_root` (office:styles,
  // office:automatic-styles); call once per container element, later calls add to earlier.
  void add_styles(const pugi::xml_node& styles_root);

  // 0 for a Title paragraph, n for a style with default outline level n; empty otherwise.
  std::optional<int> paragraph_heading_level(std::string_view style_name) const;

  // The list style a paragraph style applies (style:list-style-name), or "".
  std::string paragraph_list_style(std::string_view style_name) const;

  // Level 1.. of a list style; a bullet when the style or level is unknown.
  ListLevelStyle list_level(std::string_view list_style_name, int level) const;

 private:
  struct ParagraphStyle {
    std::string parent;
    std::string display_name;
    std::optional<int> outline_level;
    std::string list_style;
  };
  const ParagraphStyle* find(std::string_view name) const;

  std::unordered_map<std::string, ParagraphStyle> paragraph_styles_;
  std::unordered_map<std::string, std::map<int, ListLevelStyle>> list_styles_;
};

}  // namespace skillmatch::parsers::odt
