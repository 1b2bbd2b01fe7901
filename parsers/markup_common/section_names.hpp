// Maps a heading as people write it ("Work History:", "What you'll bring") to the
// canonical section name core scores against ("experience", "requirements").
#pragma once

#include <string>
#include <string_view>

namespace skillmatch::markup {

// The canonical name when the heading is a known variant, otherwise the heading
// lowercased with whitespace collapsed and trailing punctuation (":", "-") dropped.
std::string canonical_section_name(std::string_view heading);

// True when canonical_section_name(heading) is one of the canonical names.
bool is_canonical_section_name(std::string_view name);

}  // namespace skillmatch::markup
