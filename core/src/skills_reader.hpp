// Reads a skills file in one pass, without building a JSON tree.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <skillmatch/taxonomy.hpp>

namespace skillmatch::detail {

// The skills of a skills file's text ({"skills": [...]}, comments allowed), read from
// simdjson's parse straight into Skills: building nlohmann's JSON tree of the rules and
// freeing it was most of start-up once the taxonomy grew to thousands of skills, and
// nlohmann's SAX lexer still cost 55 instructions a byte. Only id, name, category, kind,
// esco, onet, aliases, implies and context are filled (origin is the caller's). nullopt when
// the text is anything but well-formed JSON of that shape with every member of the expected
// type and name, category and kind present, or when a member it reads is given twice (the
// tree reader takes the last): the caller then reads the file as a tree, which names each
// problem.
std::optional<std::vector<Skill>> read_skills(std::string_view text);

}  // namespace skillmatch::detail
