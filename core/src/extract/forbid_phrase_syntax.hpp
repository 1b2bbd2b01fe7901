// How a forbid phrase is written ("puppet theat*", "r & d", "ray_tracing", "c/o"): items (words,
// stems, marks) and the gaps between them. tools/forbid_phrases.py writes phrases so from the
// patterns they replace; rules/README.md describes them for people.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace skillmatch::detail {

// One item of a phrase and the whitespace allowed before it (none before the first).
struct PhraseItem {
  enum class Kind : std::uint8_t {
    kWord,  // a whole word of ASCII letters and digits, any case: \bword\b
    kStem,  // a word starting with these letters: stem\w*
    kMark,  // one ASCII punctuation byte, as written
  };
  Kind kind = Kind::kWord;
  std::string text;  // lower case; the stem without its '*'
  // How many whitespace bytes ([\t\n\f\r ], RE2's \s) may lie before the item: a space in the
  // phrase is 1 or more (\s+), n '_' exactly n, nothing next to a mark none.
  std::uint32_t gap_min = 0, gap_max = 0;
};

// The most whitespace bytes a gap allows: a space's "any run".
inline constexpr std::uint32_t kAnyGap = UINT32_MAX;

// Reads `phrase` into `items`: an empty string, or what is wrong with it for a rules error
// ("'Puppet' holds a capital", "'ab*c': a stem ends its word").
std::string parse_phrase(std::string_view phrase, std::vector<PhraseItem>& items);

}  // namespace skillmatch::detail
