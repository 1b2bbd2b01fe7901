#include "jsonresume/skill_groups.hpp"

#include <algorithm>

#include "markup_common/json_values.hpp"
#include <skillmatch/text_encoding.hpp>

namespace skillmatch::parsers::jsonresume {
namespace {

void add_once(std::vector<std::string>& listed, std::string_view raw_skill) {
  std::string skill = text::normalize_text(raw_skill);
  if (skill.empty() || std::find(listed.begin(), listed.end(), skill) != listed.end()) return;
  listed.push_back(std::move(skill));
}

}  // namespace

void append_skill_group(const nlohmann::json& group, markup::SectionedTextBuilder& text,
                        std::vector<std::string>& listed_skills) {
  // A plain string is a skill too (hand-written files do that).
  const std::string name = group.is_string() ? group.get<std::string>() : markup::text_field(group, "name");
  const std::string level = markup::text_field(group, "level");
  const std::vector<std::string> keywords = markup::text_list(markup::member(group, "keywords"));
  text.line_break();
  text.append_inline(name);
  if (!level.empty()) text.append_inline(" (" + level + ")");
  if (!keywords.empty()) text.append_inline((name.empty() ? "" : ": ") + markup::join(keywords, ", "));
  add_once(listed_skills, name);
  for (const std::string& keyword : keywords) add_once(listed_skills, keyword);
}

void append_skill_groups(const nlohmann::json& skills, markup::SectionedTextBuilder& text,
                         std::vector<std::string>& listed_skills) {
  if (!skills.is_array() || skills.empty()) return;
  text.heading("Skills", 2);
  for (const nlohmann::json& group : skills) append_skill_group(group, text, listed_skills);
}

}  // namespace skillmatch::parsers::jsonresume
