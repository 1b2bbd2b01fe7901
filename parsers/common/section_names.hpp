// Names a section after its heading: the canonical name when the heading is one the
// section detector knows (rules/sections.json, compiled in), else the heading lowercased.
#pragma once

#include <string>
#include <string_view>

namespace skillmatch::parsers {

struct SectionName {
  std::string name;
  bool canonical = false;  // true when `name` came from rules/sections.json
};

// "Professional Experience:" -> {"experience", true}; "Volunteer Work" -> {"volunteer work", false}.
SectionName section_name_for_heading(std::string_view heading_text);

}  // namespace skillmatch::parsers
