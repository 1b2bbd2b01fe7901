// Text helpers every parser needs: decode what people send into valid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace skillmatch::text {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// Byte offset of the first malformed UTF-8 sequence, or std::string_view::npos.
std::size_t find_invalid_utf8(std::string_view bytes);

// The encoding decode_to_utf8 chose.
enum class Encoding { kUtf8, kUtf8Bom, kUtf16Le, kUtf16Be, kWindows1252 };
std::string_view to_string(Encoding encoding);

// Decodes bytes into UTF-8: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8
// stays UTF-8 and anything else is read as Windows-1252. Never fails; malformed UTF-16
// becomes U+FFFD.
std::string decode_to_utf8(std::string_view bytes, Encoding* chosen = nullptr);

// Replaces every malformed UTF-8 sequence with U+FFFD.
std::string repair_utf8(std::string_view bytes);

// Makes decoded text uniform: CRLF and CR become LF, control characters other than
// tab and LF are dropped (NUL included), U+FEFF inside the text is dropped.
std::string normalize_text(std::string_view utf8);

// A document's title as reports show it: one line (runs of white space, line breaks
// included, become one space), trimmed, at most `max_characters` code points, cut
// between characters. `utf8` must be valid UTF-8.
inline constexpr std::size_t kMaxTitleCharacters = 200;
std::string title_line(std::string_view utf8, std::size_t max_characters = kMaxTitleCharacters);

}  // namespace skillmatch::text
