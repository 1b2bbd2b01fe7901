// The normal form headings, section cue phrases and posting zone cues are compared in.
#pragma once

#include <string>
#include <string_view>

namespace skillmatch::detail {

// Lowercase ASCII, '&' as "and", a typographic apostrophe as a plain one, and every run of
// spaces and punctuation (other than ' and -) as one space, trimmed.
std::string normalize_words(std::string_view text);

}  // namespace skillmatch::detail
