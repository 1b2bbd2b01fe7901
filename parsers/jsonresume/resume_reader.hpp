// A JSON Resume (jsonresume.org/schema, v1.0.0; v0.x "company"/"website" names too) as
// the resume a reader sees: name and label, contact line, then the sections.
#pragma once

#include <cstdint>
#include <string_view>

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers::jsonresume {

// Reads a JSON Resume ("basics", or "work" with "education" or "skills") from its text
// into `resume`. Each section's array is written entry by entry while it is parsed, so
// a large resume is never held as a whole DOM; sections come out in resume order
// whatever the order of the keys.
plugin::ParseStatus read_resume(std::string_view json_text, std::uint32_t max_depth, Document& resume);

}  // namespace skillmatch::parsers::jsonresume
