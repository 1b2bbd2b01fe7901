// Renders list markers the same way for every office format: bullets as "- ", numbers
// in the list level's own style ("1.", "b)", "iv.").
#pragma once

#include <string>

namespace skillmatch::parsers::office {

enum class NumberStyle { kBullet, kNone, kDecimal, kLowerLetter, kUpperLetter, kLowerRoman, kUpperRoman };

// The counter value as the style writes it: 3 -> "3", "c", "C", "iii", "III"; "" for
// bullets and unnumbered levels.
std::string format_list_number(int value, NumberStyle style);

}  // namespace skillmatch::parsers::office
