#include "odt/odt_body_walker.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

#include "office_common/xml_part.hpp"

namespace skillmatch::parsers::odt {
namespace {

using office::attribute_value;
using office::child_named;
using office::local_name;

// text:s may ask for any number of spaces; more than this is padding, not content.
constexpr int kMaxRepeatedSpaces = 64;

int to_int(std::string_view text, int fallback) {
  int value = fallback;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// Block-level elements with no reader-visible text of their own: the deleted text of
// tracked changes, declarations, forms, comments.
bool is_hidden_block(std::string_view name) {
  return name == "tracked-changes" || name == "sequence-decls" || name == "variable-decls" ||
         name == "user-field-decls" || name == "forms" || name == "annotation" || name == "index-title-template" ||
         name == "table-of-content-source" || name == "alphabetical-index-source";
}

// Inline elements to skip: comments, a note's citation number, ruby annotations, and
// a frame's accessibility title and description.
bool is_hidden_inline(std::string_view name) {
  return name == "annotation" || name == "annotation-end" || name == "note-citation" || name == "ruby-text" ||
         name == "title" || name == "desc" || name == "tracked-changes";
}

void append_collapsing_whitespace(std::string_view content, std::string& text) {
  for (char c : content) {
    const bool whitespace = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!whitespace) {
      text += c;
    } else if (!text.empty() && text.back() != ' ') {
      text += ' ';
    }
  }
}

}  // namespace

void OdtBodyWalker::walk_blocks(const pugi::xml_node& container, ListItemMarker* item) {
  for (pugi::xml_node child : container.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (name == "p" || name == "h") {
      walk_paragraph(child, item);
    } else if (name == "list") {
      walk_list(child, std::string(attribute_value(child, "style-name")), item ? item->depth + 1 : 0);
    } else if (name == "table") {
      walk_table(child);
    } else if (name == "frame") {
      walk_blocks(child_named(child, "text-box"));
    } else if (!is_hidden_block(name)) {
      // Sections, indexes' bodies, change regions and the like wrap ordinary content.
      walk_blocks(child, item);
    }
  }
}

void OdtBodyWalker::walk_list(const pugi::xml_node& list, std::string style_name, int depth) {
  int counter = std::numeric_limits<int>::min();
  for (pugi::xml_node item : list.children()) {
    const std::string_view name = local_name(item);
    if (name != "list-item" && name != "list-header") continue;
    ListItemMarker marker;
    marker.depth = depth;
    if (name == "list-item") {
      if (style_name.empty()) {
        // A list without a style takes the list style of its first paragraph's style.
        const pugi::xml_node first = child_named(item, "p");
        style_name = styles_.paragraph_list_style(attribute_value(first, "style-name"));
      }
      const ListLevelStyle level = styles_.list_level(style_name, depth + 1);
      const int start = to_int(attribute_value(item, "start-value"), level.start);
      counter = attribute_value(item, "start-value").empty() && counter != std::numeric_limits<int>::min()
                    ? counter + 1
                    : start;
      if (level.style == office::NumberStyle::kBullet) {
        marker.marker = "- ";
      } else if (level.style != office::NumberStyle::kNone) {
        const std::string suffix = level.prefix.empty() && level.suffix.empty() ? "." : level.suffix;
        marker.marker = level.prefix + office::format_list_number(counter, level.style) + suffix + " ";
      }
    } else {
      marker.shown = true;  // a list header has no marker
    }
    for (pugi::xml_node child : item.children()) {
      if (local_name(child) == "list") {
        walk_list(child, attribute_value(child, "style-name").empty() ? style_name : std::string(attribute_value(child, "style-name")),
                  depth + 1);
      } else {
        if (child.type() != pugi::node_element) continue;
        const std::string_view child_name = local_name(child);
        if (child_name == "p" || child_name == "h") walk_paragraph(child, &marker);
        else if (child_name == "table") walk_table(child);
        else if (!is_hidden_block(child_name)) walk_blocks(child, &marker);
      }
    }
  }
}

void OdtBodyWalker::walk_table(const pugi::xml_node& table) {
  for (pugi::xml_node child : table.children()) {
    const std::string_view name = local_name(child);
    if (name == "table-row") {
      for (pugi::xml_node cell : child.children()) {
        if (local_name(cell) == "table-cell") walk_blocks(cell);  // covered cells repeat no text
      }
    } else if (name == "table-header-rows" || name == "table-rows" || name == "table-row-group") {
      walk_table(child);
    }
  }
}

void OdtBodyWalker::walk_paragraph(const pugi::xml_node& paragraph, ListItemMarker* item) {
  std::string text;
  std::vector<pugi::xml_node> text_boxes;
  collect_inline(paragraph, text, text_boxes);

  office::ParagraphRole role;
  const std::string_view style_name = attribute_value(paragraph, "style-name");
  if (local_name(paragraph) == "h") {
    role.heading_level = std::max(1, to_int(attribute_value(paragraph, "outline-level"), 1));
  } else {
    role.heading_level = styles_.paragraph_heading_level(style_name);
  }
  if (item != nullptr && !item->shown && !role.heading_level) {
    role.list_marker = item->marker;
    role.list_depth = item->depth;
    item->shown = true;
  }
  builder_.add_paragraph(text, role);
  for (const pugi::xml_node& text_box : text_boxes) walk_blocks(text_box);
}

void OdtBodyWalker::collect_inline(const pugi::xml_node& node, std::string& text, std::vector<pugi::xml_node>& text_boxes) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      append_collapsing_whitespace(child.value(), text);
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = local_name(child);
    if (name == "s") {
      text.append(static_cast<std::size_t>(std::clamp(to_int(attribute_value(child, "c"), 1), 1, kMaxRepeatedSpaces)), ' ');
    } else if (name == "tab") {
      text += '\t';
    } else if (name == "line-break") {
      text += '\n';
    } else if (name == "note") {
      if (const pugi::xml_node body = child_named(child, "note-body")) notes_.push_back(body);
    } else if (name == "frame") {
      if (const pugi::xml_node text_box = child_named(child, "text-box")) text_boxes.push_back(text_box);
    } else if (!is_hidden_inline(name)) {
      // Spans, links, fields (their content is the displayed value), ruby bases.
      collect_inline(child, text, text_boxes);
    }
  }
}

void OdtBodyWalker::walk_notes() {
  // Notes can cite further notes; walking appends to notes_, so index, do not iterate.
  for (std::size_t i = 0; i < notes_.size(); ++i) walk_blocks(notes_[i]);
  notes_.clear();
}

}  // namespace skillmatch::parsers::odt
