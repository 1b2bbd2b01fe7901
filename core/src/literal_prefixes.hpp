// The literal text every match of an RE2 pattern starts with, read from the pattern's text:
// a scan that knows these strings runs the pattern only where one of them stands, and one
// whose matches are all plain strings ("instead of") needs no compiled pattern at all.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace skillmatch::detail {

// A byte as RE2 folds it in Latin-1 with "(?i)": ASCII and Latin-1 capitals to small letters.
constexpr unsigned char fold_latin1(unsigned char c) {
  const bool capital = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
  return capital ? static_cast<unsigned char>(c + 0x20) : c;
}

// fold_latin1 of every byte, for the loops that fold text a byte at a time.
inline constexpr std::array<unsigned char, 256> kFoldLatin1 = [] {
  std::array<unsigned char, 256> folded{};
  for (int c = 0; c < 256; ++c) folded[c] = fold_latin1(static_cast<unsigned char>(c));
  return folded;
}();

struct LiteralPrefix {
  std::string text;       // folded
  bool word_end = false;  // a match has no ASCII word byte right after it (a "\\b" follows)
  auto operator<=>(const LiteralPrefix&) const = default;
};

struct LiteralPrefixes {
  // One of these begins every match; none when a match may begin anywhere (syntax this
  // reader does not follow, or a pattern that can match the empty string).
  std::vector<LiteralPrefix> strings;
  // Whether the matches are exactly `strings`: a plain word, or words in groups and
  // alternations, with nothing else.
  bool whole = false;
};

// `pattern` in RE2 syntax, read as Latin-1 with "(?i)", and known to parse.
LiteralPrefixes literal_prefixes(std::string_view pattern);

}  // namespace skillmatch::detail
