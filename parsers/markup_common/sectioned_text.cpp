#include "markup_common/sectioned_text.hpp"

#include <skillmatch/text_encoding.hpp>

#include "common/section_names.hpp"

namespace skillmatch::markup {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v'; }

std::string clean_utf8(std::string_view text) {
  return text::normalize_text(text::is_valid_utf8(text) ? std::string(text) : text::repair_utf8(text));
}

}  // namespace

void SectionedTextBuilder::append_inline(std::string_view raw) {
  const std::string text = clean_utf8(raw);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_ascii_space(c)) {
      pending_space_ = true;
      continue;
    }
    if (text.compare(i, kNoBreakSpace.size(), kNoBreakSpace) == 0) {
      pending_space_ = true;
      i += kNoBreakSpace.size() - 1;
      continue;
    }
    if (pending_space_ && !at_line_start() && text_.back() != ' ') text_.push_back(' ');
    pending_space_ = false;
    text_.push_back(c);
  }
}

void SectionedTextBuilder::append_preformatted(std::string_view raw) {
  const std::string text = clean_utf8(raw);
  std::size_t start = 0;
  bool first_line = true;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    while (!line.empty() && is_ascii_space(line.back())) line.remove_suffix(1);
    if (!first_line) {
      if (line.empty()) {
        paragraph_break();
      } else {
        line_break();
      }
    }
    if (!line.empty()) {
      if (pending_space_ && !at_line_start()) text_.push_back(' ');
      text_.append(line);
      pending_space_ = false;
    }
    first_line = false;
    start = end + 1;
  }
}

void SectionedTextBuilder::line_break() {
  pending_space_ = false;
  if (!at_line_start()) text_.push_back('\n');
}

void SectionedTextBuilder::paragraph_break() {
  line_break();
  if (text_.size() >= 2 && text_[text_.size() - 2] != '\n') text_.push_back('\n');
}

void SectionedTextBuilder::begin_list_item(int nesting, std::string_view marker) {
  line_break();
  text_.append(static_cast<std::size_t>(nesting < 0 ? 0 : nesting) * 2, ' ');
  text_.append(marker);
}

void SectionedTextBuilder::begin_heading(int level) {
  paragraph_break();
  heading_start_ = text_.size();
  heading_level_ = level;
  in_heading_ = true;
}

void SectionedTextBuilder::end_heading() {
  if (!in_heading_) return;
  in_heading_ = false;
  parsers::SectionName name = parsers::section_name_for_heading(std::string_view(text_).substr(heading_start_));
  if (name.name.empty()) return;  // an empty heading (an icon, an anchor) names nothing
  const bool sub_heading = section_is_canonical_ && !name.canonical && heading_level_ > section_level_;
  if (!sub_heading) start_section(std::move(name), heading_level_);
  paragraph_break();
}

void SectionedTextBuilder::heading(std::string_view text, int level) {
  begin_heading(level);
  append_inline(text);
  end_heading();
}

void SectionedTextBuilder::start_section(parsers::SectionName name, int level) {
  if (!sections_.empty()) sections_.back().length = heading_start_ - sections_.back().offset;
  section_is_canonical_ = name.canonical;
  section_level_ = level;
  sections_.push_back({std::move(name.name), heading_start_, 0});
}

SectionedText SectionedTextBuilder::finish() && {
  while (!text_.empty() && is_ascii_space(text_.back())) text_.pop_back();
  if (!text_.empty()) text_.push_back('\n');
  if (!sections_.empty()) sections_.back().length = text_.size() - sections_.back().offset;
  return {std::move(text_), std::move(sections_)};
}

}  // namespace skillmatch::markup
