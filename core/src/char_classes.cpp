#include "char_classes.hpp"

namespace skillmatch::detail {
namespace {

// Code points outside ASCII that separate words: Latin-1 punctuation and symbols, the
// General Punctuation block (curly quotes, dashes, bullets, spaces) up to the symbol and
// arrow blocks, CJK punctuation, full-width ASCII punctuation and BOM/variation selectors.
bool is_separator_code_point(char32_t cp) {
  return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
         cp == 0xFEFF || cp == 0xFFFD;
}

}  // namespace

CharInfo classify(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return {is_ascii_word(lead), 1};
  const std::uint8_t length = lead >= 0xF8 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (length == 1 || i + length > text.size()) return {false, 1};  // a stray byte separates words
  char32_t cp = lead & (0x7F >> length);
  for (std::uint8_t k = 1; k < length; ++k) {
    const auto continuation = static_cast<unsigned char>(text[i + k]);
    if ((continuation & 0xC0) != 0x80) return {false, 1};
    cp = (cp << 6) | (continuation & 0x3F);
  }
  return {!is_separator_code_point(cp), length};
}

bool word_before(std::string_view text, std::size_t i) {
  if (i == 0) return false;
  std::size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return classify(text, start).word;
}

std::size_t gap_length(std::string_view text, std::size_t i) {
  std::size_t j = i;
  int line_breaks = 0;
  while (j < text.size()) {
    const char c = text[j];
    if (c == ' ' || c == '\t' || c == '-') {
      ++j;
    } else if (c == '\n' && line_breaks == 0) {
      ++line_breaks;
      ++j;
    } else if (c == '\xC2' && j + 1 < text.size() && text[j + 1] == '\xA0') {
      j += 2;
    } else {
      break;
    }
  }
  return j - i;
}

}  // namespace skillmatch::detail
