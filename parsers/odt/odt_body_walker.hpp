// Walks ODF text content (office:text, a header, a table cell, a text box) in document
// order and hands each paragraph to the text builder.
#pragma once

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "odt/odt_styles.hpp"
#include "office_common/office_text_builder.hpp"

namespace skillmatch::parsers::odt {

class OdtBodyWalker {
 public:
  OdtBodyWalker(const OdtStyles& styles, office::OfficeTextBuilder& builder) : styles_(styles), builder_(builder) {}

  // Emits every paragraph under `container`: lists with their markers, tables cell by
  // cell, row by row, frames' text boxes after the paragraph that anchors them.
  void walk_blocks(const pugi::xml_node& container) { walk_blocks(container, nullptr); }

  // Emits the footnotes and endnotes met so far (ODF keeps them inline, at the citation).
  void walk_notes();

 private:
  // The marker of the list item being read: only its first paragraph shows it.
  struct ListItemMarker {
    std::string marker;
    int depth = 0;
    bool shown = false;
  };

  void walk_blocks(const pugi::xml_node& container, ListItemMarker* item);
  void walk_list(const pugi::xml_node& list, std::string style_name, int level);
  void walk_table(const pugi::xml_node& table);
  void walk_paragraph(const pugi::xml_node& paragraph, ListItemMarker* item);
  // Appends visible inline text, collapsing whitespace as ODF says; text boxes are
  // queued in `text_boxes`, note bodies in notes_.
  void collect_inline(const pugi::xml_node& node, std::string& text, std::vector<pugi::xml_node>& text_boxes);

  const OdtStyles& styles_;
  office::OfficeTextBuilder& builder_;
  std::vector<pugi::xml_node> notes_;
};

}  // namespace skillmatch::parsers::odt
