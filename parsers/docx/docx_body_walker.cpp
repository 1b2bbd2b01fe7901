#include "docx/docx_body_walker.hpp"

#include <algorithm>

#include "office_common/xml_part.hpp"

namespace skillmatch::parsers::docx {
namespace {

using office::attribute_value;
using office::child_named;
using office::local_name;

// Wrappers whose children are read as if they stood in the wrapper's place: tracked
// insertions and moves-to, hyperlinks, content controls, smart tags, simple fields
// (their children are the displayed result), and math runs.
bool is_transparent_wrapper(std::string_view name) {
  return name == "ins" || name == "moveTo" || name == "hyperlink" || name == "sdtContent" || name == "smartTag" ||
         name == "customXml" || name == "fldSimple" || name == "dir" || name == "bdo" || name == "oMath" ||
         name == "oMathPara" || name == "e" || name == "num" || name == "den" || name == "sub" || name == "sup";
}

// mc:AlternateContent offers the same object twice (a DrawingML Choice and a VML
// Fallback): read the first Choice only, or the Fallback when there is no Choice.
pugi::xml_node chosen_alternative(const pugi::xml_node& alternate_content) {
  if (const pugi::xml_node choice = child_named(alternate_content, "Choice")) return choice;
  return child_named(alternate_content, "Fallback");
}

// Text box contents below a drawing, VML picture or embedded object: DrawingML
// (wps:txbx/w:txbxContent) and VML (v:textbox/w:txbxContent) alike.
void find_text_boxes(const pugi::xml_node& node, std::vector<pugi::xml_node>& text_boxes) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (name == "txbxContent") {
      text_boxes.push_back(child);
    } else if (name == "AlternateContent") {
      if (const pugi::xml_node alternative = chosen_alternative(child)) find_text_boxes(alternative, text_boxes);
    } else {
      find_text_boxes(child, text_boxes);
    }
  }
}

}  // namespace

void DocxBodyWalker::walk_blocks(const pugi::xml_node& container) {
  for (pugi::xml_node child : container.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (name == "p") {
      walk_paragraph(child);
    } else if (name == "tbl") {
      walk_table(child);
    } else if (name == "sdt") {
      walk_blocks(child_named(child, "sdtContent"));
    } else if (name == "AlternateContent") {
      walk_blocks(chosen_alternative(child));
    } else if (is_transparent_wrapper(name)) {
      walk_blocks(child);
    }
  }
}

void DocxBodyWalker::walk_table(const pugi::xml_node& table) {
  for (pugi::xml_node row : table.children()) {
    const std::string_view row_name = local_name(row);
    if (row_name == "tr") {
      for (pugi::xml_node cell : row.children()) {
        const std::string_view cell_name = local_name(cell);
        if (cell_name == "tc") walk_blocks(cell);
        else if (cell_name == "sdt" || is_transparent_wrapper(cell_name)) walk_blocks(cell);
      }
    } else if (row_name == "sdt" || row_name == "customXml" || is_transparent_wrapper(row_name)) {
      // A content control around rows: read its rows as a table of their own.
      walk_table(row_name == "sdt" ? child_named(row, "sdtContent") : row);
    }
  }
}

void DocxBodyWalker::walk_paragraph(const pugi::xml_node& paragraph) {
  const pugi::xml_node properties = child_named(paragraph, "pPr");
  const std::string_view style_id = attribute_value(child_named(properties, "pStyle"), "val");

  std::string text;
  std::vector<pugi::xml_node> text_boxes;
  collect_inline(paragraph, text, text_boxes);

  office::ParagraphRole role;
  role.heading_level = styles_.heading_level(style_id, properties);
  auto numbering = numbering_reference(properties);
  if (!numbering) numbering = styles_.style_numbering(style_id);
  if (numbering) {
    // Numbered headings keep their counters going but not their marker, so a heading
    // reads "Experience", not "2. Experience".
    std::string marker = numbering_.next_marker(*numbering);
    if (!role.heading_level) {
      role.list_marker = std::move(marker);
      role.list_depth = numbering->level;
    }
  }
  // A paragraph that only anchors a text box is not an empty line of the document.
  if (!text_boxes.empty() && text.find_first_not_of(" \t\n") == std::string::npos) {
    for (const pugi::xml_node& text_box : text_boxes) walk_blocks(text_box);
    return;
  }
  builder_.add_paragraph(text, role);
  for (const pugi::xml_node& text_box : text_boxes) walk_blocks(text_box);
}

void DocxBodyWalker::collect_inline(const pugi::xml_node& node, std::string& text, std::vector<pugi::xml_node>& text_boxes) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (name == "r") {
      collect_run_content(child, text, text_boxes);
    } else if (name == "AlternateContent") {
      collect_inline(chosen_alternative(child), text, text_boxes);
    } else if (name == "sdt") {
      collect_inline(child_named(child, "sdtContent"), text, text_boxes);
    } else if (is_transparent_wrapper(name)) {
      collect_inline(child, text, text_boxes);
    }
    // Anything else is properties, bookmarks, comments' ranges or removed content
    // (w:del, w:moveFrom): nothing a reader sees.
  }
}

void DocxBodyWalker::collect_run_content(const pugi::xml_node& run, std::string& text, std::vector<pugi::xml_node>& text_boxes) {
  for (pugi::xml_node child : run.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (name == "fldChar") {
      track_field_character(child);
      continue;
    }
    if (name == "drawing" || name == "pict" || name == "object") {
      find_text_boxes(child, text_boxes);
      continue;
    }
    if (name == "AlternateContent") {
      if (const pugi::xml_node alternative = chosen_alternative(child)) collect_run_content(alternative, text, text_boxes);
      continue;
    }
    if (showing_field_instruction()) continue;
    if (name == "t") {
      text += child.text().get();
    } else if (name == "tab" || name == "ptab") {
      text += '\t';
    } else if (name == "br" || name == "cr") {
      text += '\n';
    } else if (name == "noBreakHyphen") {
      text += '-';
    }
    // delText and instrText are never visible; softHyphen only shows at a line end.
  }
}

void DocxBodyWalker::track_field_character(const pugi::xml_node& field_character) {
  const std::string_view type = attribute_value(field_character, "fldCharType");
  if (type == "begin") {
    open_fields_.push_back(true);
  } else if (type == "separate") {
    if (!open_fields_.empty()) open_fields_.back() = false;
  } else if (type == "end") {
    if (!open_fields_.empty()) open_fields_.pop_back();
  }
}

bool DocxBodyWalker::showing_field_instruction() const {
  return std::find(open_fields_.begin(), open_fields_.end(), true) != open_fields_.end();
}

}  // namespace skillmatch::parsers::docx
