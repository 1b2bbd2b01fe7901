// The bytes outside ASCII words that a match of an RE2 pattern can start with, read from the
// pattern's text: a negation fragment with no literal start (TriggerIndex) is tried off
// ASCII words only where one of these stands, and knowing them needs no compiled program.
#pragma once

#include <bitset>
#include <string_view>

namespace skillmatch::detail {

// A superset of the bytes, none an ASCII word byte, that a match of `pattern` (RE2 syntax,
// read as Latin-1; `fold_case` for "(?i)") can start with. Syntax it does not follow
// counts as any byte, so the set is never too small; ASCII word bytes are never in it.
std::bitset<256> leading_non_word_bytes(std::string_view pattern, bool fold_case);

}  // namespace skillmatch::detail
