// Shortening UTF-8 text for people: never inside a character, nor inside what a reader
// sees as one (an accent on its letter, an emoji with its skin tone or ZWJ sequence),
// as ICU's grapheme cluster rules (UAX #29) decide.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace skillmatch {

// Bytes of the longest prefix of `text` of at most `max_bytes` that ends between two
// grapheme clusters (all of `text` when it fits).
std::size_t grapheme_prefix(std::string_view text, std::size_t max_bytes);

// `text` cut to at most `max_bytes` at a grapheme boundary, with `mark` appended when it
// was cut (the mark is not counted in `max_bytes`).
std::string shorten(std::string_view text, std::size_t max_bytes, std::string_view mark = "\xE2\x80\xA6");

// Terminal columns `text` takes: two for a wide character (CJK, emoji), none for a mark
// that joins the character before it.
std::size_t display_width(std::string_view text);

// `text` padded with spaces to `columns`, or cut at a grapheme boundary with an ellipsis
// and a space so that it takes exactly `columns` (a table cell).
std::string fit_columns(std::string_view text, std::size_t columns);

// `line` without what starts it as a list item: white space, dashes, bullets and other
// symbols ("- ", "• ", "◦ ", "▪ ", "➢ "), removed as whole characters.
std::string_view strip_bullet(std::string_view line);

}  // namespace skillmatch
