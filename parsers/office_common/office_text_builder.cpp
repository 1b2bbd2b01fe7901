#include "office_common/office_text_builder.hpp"

#include <algorithm>

#include <skillmatch/text_encoding.hpp>

#include "common/section_names.hpp"

namespace skillmatch::parsers::office {
namespace {

std::string_view trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\n");
  return text.substr(first, last - first + 1);
}

std::string first_line(std::string_view text) {
  const std::string_view content = trimmed(text);
  return std::string(trimmed(content.substr(0, content.find('\n'))));
}

struct NamedHeading {
  std::size_t offset;
  int level;
  SectionName name;
};

// Which headings start a section. Sections may not nest, so a resume's job-title
// subheadings must stay inside "experience": a heading opens a section when it is a known
// section heading, or when it sits at or above the level the known headings use (or, with
// none known, the shallowest level present).
std::vector<NamedHeading> section_starts(const std::vector<NamedHeading>& headings) {
  std::optional<int> section_level;
  for (const auto& heading : headings) {
    if (heading.name.canonical) section_level = std::min(section_level.value_or(heading.level), heading.level);
  }
  if (!section_level) {
    for (const auto& heading : headings) {
      if (heading.level > 0) section_level = std::min(section_level.value_or(heading.level), heading.level);
    }
  }
  std::vector<NamedHeading> starts;
  for (const auto& heading : headings) {
    if (heading.name.canonical || heading.level <= section_level.value_or(0)) starts.push_back(heading);
  }
  return starts;
}

}  // namespace

void OfficeTextBuilder::add_paragraph(std::string_view raw_text, const ParagraphRole& role) {
  const std::string normalized = text::normalize_text(text::repair_utf8(raw_text));
  const std::string_view content = trimmed(normalized);
  if (content.empty()) {
    if (!last_line_blank_) {
      text_ += '\n';
      last_line_blank_ = true;
    }
    return;
  }
  if (!text_.empty()) text_ += '\n';
  if (role.heading_level) headings_.push_back({text_.size(), *role.heading_level, std::string(content)});
  if (!role.list_marker.empty()) {
    text_.append(static_cast<std::size_t>(std::clamp(role.list_depth, 0, 8)) * 2, ' ');
    text_ += role.list_marker;
  }
  text_ += content;
  last_line_blank_ = false;
}

void OfficeTextBuilder::add_page_part(std::string_view text) {
  const std::string_view content = trimmed(text);
  if (content.empty()) return;
  if (std::find(page_parts_.begin(), page_parts_.end(), content) != page_parts_.end()) return;
  page_parts_.emplace_back(content);
  add_paragraph(content);
}

void OfficeTextBuilder::end_body() {
  if (!body_end_) body_end_ = text_.size();
}

void OfficeTextBuilder::finish_into(Document& document) const {
  document.text = text_;
  while (!document.text.empty() && document.text.back() == '\n') document.text.pop_back();

  std::vector<NamedHeading> named;
  for (const auto& heading : headings_) {
    named.push_back({heading.offset, heading.level, parsers::section_name_for_heading(first_line(heading.text))});
  }
  const std::vector<NamedHeading> starts = section_starts(named);
  const std::size_t sections_end = std::min(body_end_.value_or(document.text.size()), document.text.size());
  document.sections.clear();
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::size_t begin = starts[i].offset;
    std::size_t end = i + 1 < starts.size() ? starts[i + 1].offset : sections_end;
    if (begin >= sections_end) break;
    // End a section before the line break that separates it from the next one.
    while (end > begin && document.text[end - 1] == '\n') --end;
    document.sections.push_back({starts[i].name.name, begin, end - begin});
  }

  if (document.title.empty()) {
    const auto title = std::find_if(headings_.begin(), headings_.end(), [](const Heading& h) { return h.level == 0; });
    if (title != headings_.end()) {
      document.title = first_line(title->text);
    } else if (!headings_.empty()) {
      document.title = first_line(headings_.front().text);
    } else {
      document.title = first_line(document.text);
    }
  }
}

}  // namespace skillmatch::parsers::office
