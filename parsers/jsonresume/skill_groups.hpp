// JSON Resume's skills shape, shared by resumes and the JSON Resume job schema:
// [{"name": "Web Development", "level": "Master", "keywords": ["HTML", "CSS"]}].
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include "markup_common/sectioned_text.hpp"

namespace skillmatch::parsers::jsonresume {

// Writes a "Skills" section, one line per group ("Web Development (Master): HTML, CSS"),
// and adds each group name and keyword to `listed_skills` once.
void append_skill_groups(const nlohmann::json& skills, markup::SectionedTextBuilder& text,
                         std::vector<std::string>& listed_skills);

// One group's line of that section (a resume read entry by entry writes the heading itself).
void append_skill_group(const nlohmann::json& group, markup::SectionedTextBuilder& text,
                        std::vector<std::string>& listed_skills);

}  // namespace skillmatch::parsers::jsonresume
