// How the extractor sees characters: word characters form tokens, gaps separate the words
// of a multi-word alias, anything else is punctuation. Non-ASCII letters are word
// characters; Unicode spaces, dashes, quotes and symbols are not.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace skillmatch::detail {

struct CharInfo {
  bool word;
  std::uint8_t length;  // bytes of the UTF-8 sequence (1 for malformed bytes)
};

constexpr bool is_ascii_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

constexpr char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// ascii_lower of every byte, for the loops that hash words in lower case a byte at a time.
inline constexpr std::array<unsigned char, 256> kAsciiLower = [] {
  std::array<unsigned char, 256> lowered{};
  for (int c = 0; c < 256; ++c) lowered[c] = static_cast<unsigned char>(ascii_lower(static_cast<char>(c)));
  return lowered;
}();

// Classifies the character at text[i] (which must be a sequence start).
CharInfo classify(std::string_view text, std::size_t i);

// True when the character ending just before `i` is a word character.
bool word_before(std::string_view text, std::size_t i);

// Length of the gap (spaces, tabs, hyphens, NBSP, at most one line break) at text[i].
std::size_t gap_length(std::string_view text, std::size_t i);

}  // namespace skillmatch::detail
