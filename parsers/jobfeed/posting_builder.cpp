#include "jobfeed/posting_builder.hpp"

#include <algorithm>

#include "markup_common/html_to_text.hpp"
#include <skillmatch/text_encoding.hpp>

namespace skillmatch::parsers::jobfeed {
namespace {

std::string_view trim(std::string_view text) {
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return {};
  return text.substr(start, text.find_last_not_of(" \t\r\n") - start + 1);
}

// Metadata and titles are one line of clean UTF-8.
std::string single_line(std::string_view value) {
  std::string line = text::normalize_text(text::repair_utf8(trim(value)));
  std::replace(line.begin(), line.end(), '\n', ' ');
  std::replace(line.begin(), line.end(), '\t', ' ');
  return line;
}

}  // namespace

PostingBuilder::PostingBuilder(std::string id, std::string title, std::uint32_t max_html_depth)
    : max_html_depth_(max_html_depth) {
  document_.id = single_line(id);
  // The text keeps the whole title (its words are evidence too); the title is what
  // reports print on one line.
  const std::string title_text = single_line(title);
  document_.title = text::title_line(title_text);
  document_.kind = DocumentKind::kPosting;
  text_.append_inline(title_text);
  text_.paragraph_break();
}

void PostingBuilder::add_metadata(std::string key, std::string value) {
  std::string line = single_line(value);
  if (!line.empty()) document_.metadata.push_back({std::move(key), std::move(line)});
}

void PostingBuilder::add_description(std::string_view description) {
  text_.paragraph_break();
  markup::append_html_fragment(description, text_, max_html_depth_);
}

void PostingBuilder::add_list_section(std::string_view heading, const std::vector<std::string>& items) {
  if (items.empty()) return;
  text_.heading(heading, 2);
  for (const std::string& item : items) {
    text_.begin_list_item(0, "- ");
    text_.append_inline(item);
  }
}

void PostingBuilder::add_text_section(std::string_view heading, std::string_view body) {
  if (trim(body).empty()) return;
  text_.heading(heading, 2);
  markup::append_html_fragment(body, text_, max_html_depth_);
}

void PostingBuilder::add_listed_skills(const std::vector<std::string>& skills) {
  std::vector<std::string> added;
  for (const std::string& skill : skills) {
    std::string clean = single_line(skill);
    if (clean.empty()) continue;
    added.push_back(clean);
    auto& listed = document_.listed_skills;
    if (std::find(listed.begin(), listed.end(), clean) == listed.end()) listed.push_back(std::move(clean));
  }
  add_list_section("Skills", added);
}

Document PostingBuilder::finish() && {
  markup::SectionedText text = std::move(text_).finish();
  document_.text = std::move(text.text);
  document_.sections = std::move(text.sections);
  return std::move(document_);
}

std::vector<std::string> split_skill_list(std::string_view skills) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= skills.size()) {
    std::size_t end = skills.find_first_of(",;\n", start);
    if (end == std::string_view::npos) end = skills.size();
    if (const std::string_view item = trim(skills.substr(start, end - start)); !item.empty()) items.emplace_back(item);
    start = end + 1;
  }
  return items;
}

}  // namespace skillmatch::parsers::jobfeed
