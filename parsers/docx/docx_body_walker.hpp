// Walks WordprocessingML block content (a body, header, footer or note) in document
// order and hands each paragraph to the text builder.
#pragma once

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "docx/docx_numbering.hpp"
#include "docx/docx_styles.hpp"
#include "office_common/office_text_builder.hpp"

namespace skillmatch::parsers::docx {

class DocxBodyWalker {
 public:
  DocxBodyWalker(const DocxStyles& styles, DocxNumbering& numbering, office::OfficeTextBuilder& builder)
      : styles_(styles), numbering_(numbering), builder_(builder) {}

  // Emits every paragraph under `container` (w:body, w:hdr, w:ftr, w:footnote, w:tc,
  // w:txbxContent): tables cell by cell, row by row; text boxes after their anchor.
  void walk_blocks(const pugi::xml_node& container);

 private:
  void walk_paragraph(const pugi::xml_node& paragraph);
  void walk_table(const pugi::xml_node& table);
  // Appends a paragraph's visible text to `text`; text boxes met on the way are queued
  // in `text_boxes`, since their paragraphs cannot sit inside this one's line.
  void collect_inline(const pugi::xml_node& node, std::string& text, std::vector<pugi::xml_node>& text_boxes);
  void collect_run_content(const pugi::xml_node& node, std::string& text, std::vector<pugi::xml_node>& text_boxes);
  void track_field_character(const pugi::xml_node& field_character);
  bool showing_field_instruction() const;

  const DocxStyles& styles_;
  DocxNumbering& numbering_;
  office::OfficeTextBuilder& builder_;
  // One entry per open complex field (w:fldChar begin..end): true until its "separate",
  // while the instruction is running; only the displayed result after it is text.
  std::vector<bool> open_fields_;
};

}  // namespace skillmatch::parsers::docx
