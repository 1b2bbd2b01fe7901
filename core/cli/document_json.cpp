#include "document_json.hpp"

namespace skillmatch::cli {

using nlohmann::json;

json document_json(const Document& document) {
  json sections = json::array();
  for (const auto& section : document.sections) {
    sections.push_back({{"name", section.name}, {"offset", section.offset}, {"length", section.length}});
  }
  json metadata = json::object();
  for (const auto& field : document.metadata) metadata[field.key] = field.value;
  return {{"source", document.source}, {"id", document.id},       {"parser", document.parser},
          {"kind", to_string(document.kind)}, {"title", document.title}, {"sections", std::move(sections)},
          {"metadata", std::move(metadata)}};
}

json extraction_json(const Document& document, const Extraction& extraction, const Taxonomy& taxonomy) {
  json out = document_json(document);
  json skills = json::array();
  for (const auto& hit : extraction.skills) {
    const Skill& skill = taxonomy.skills[hit.skill];
    json mentions = json::array();
    for (const auto& mention : hit.mentions) {
      mentions.push_back({{"offset", mention.offset},
                          {"length", mention.length},
                          {"line", mention.line},
                          {"column", mention.column},
                          {"section", mention.section},
                          {"text", mention.text},
                          {"negated", mention.negated}});
    }
    json implied_by = json::array();
    for (const auto source : hit.implied_by) implied_by.push_back(taxonomy.skills[source].id);
    skills.push_back({{"id", skill.id},
                      {"name", skill.name},
                      {"category", skill.category},
                      {"kind", skill.kind},
                      {"implied_by", std::move(implied_by)},
                      {"mentions", std::move(mentions)}});
  }
  out["skills"] = std::move(skills);
  return out;
}

json error_json(const Error& error) { return {{"source", error.subject}, {"message", error.message}}; }

json skill_json(const Skill& skill) {
  json aliases = json::array();
  for (const auto& alias : skill.aliases) aliases.push_back(alias.text);
  return {{"id", skill.id},           {"name", skill.name},       {"category", skill.category},
          {"kind", skill.kind},       {"aliases", std::move(aliases)}, {"implies", skill.implies}};
}

namespace {

json group_json(const RequirementGroup& group) {
  return {{"name", group.name},
          {"level", group.level == RequirementLevel::kRequired ? "required" : "preferred"},
          {"mode", group.mode == GroupMode::kAllOf ? "all-of" : "any-of"},
          {"min", group.min},
          {"weight", group.weight},
          {"skills", group.skills},
          {"shared_from", group.shared_from}};
}

}  // namespace

json role_json(const Role& role, bool with_groups) {
  json out = {{"id", role.id}, {"name", role.name}, {"aliases", role.aliases}, {"summary", role.summary}, {"seed", role.seed}};
  if (with_groups) {
    out["groups"] = json::array();
    for (const auto& group : role.groups) out["groups"].push_back(group_json(group));
  }
  return out;
}

}  // namespace skillmatch::cli
