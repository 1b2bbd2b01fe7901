#include "pdf/pdf_text_cleanup.hpp"

namespace skillmatch::parsers::pdf {
namespace {

constexpr std::string_view kSoftHyphen = "\xC2\xAD";

bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

// A letter before the hyphen: ASCII, or any byte of a multi-byte UTF-8 letter (the
// check only has to rule out digits, spaces and punctuation).
bool is_word_character(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || byte >= 0x80;
}

}  // namespace

std::string rejoin_hyphenated_lines(std::string_view text) {
  std::string joined;
  joined.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, kSoftHyphen.size()) == kSoftHyphen) {
      i += kSoftHyphen.size() - 1;
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;  // a soft hyphen at a line end joins always
      continue;
    }
    const bool hyphen_at_line_end = text[i] == '-' && i + 2 < text.size() && text[i + 1] == '\n' &&
                                    !joined.empty() && is_word_character(joined.back()) && is_ascii_lower(text[i + 2]);
    if (hyphen_at_line_end) {
      ++i;  // skip the hyphen and the line break
      continue;
    }
    joined += text[i];
  }
  return joined;
}

std::string tidy_lines(std::string_view text) {
  std::string tidy;
  tidy.reserve(text.size());
  std::size_t pending_breaks = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line.empty()) {
      ++pending_breaks;
    } else {
      if (!tidy.empty()) tidy.append(pending_breaks > 0 ? 2 : 1, '\n');
      tidy += line;
      pending_breaks = 0;
    }
    start = end + 1;
  }
  return tidy;
}

}  // namespace skillmatch::parsers::pdf
