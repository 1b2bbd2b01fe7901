#include <skillmatch/document_json.hpp>

#include <map>
#include <ostream>

#include <skillmatch/json_writer.hpp>
#include <skillmatch/resume_json.hpp>

namespace skillmatch {

using nlohmann::json;

std::string json_text(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

namespace {

// Members in sorted order, the order nlohmann::json's std::map gives the tree form.
void write_document(JsonWriter& out, const Document& document, const Extraction* extraction, const Taxonomy* taxonomy,
                    bool with_text = false, YearMonth today = {}) {
  out.begin_object().key("id").value(document.id).key("kind").value(to_string(document.kind));
  // Sorted by key; a key given twice keeps its last value, as assigning into a json object does.
  std::map<std::string_view, std::string_view> metadata;
  for (const auto& field : document.metadata) metadata[field.key] = field.value;
  out.key("metadata").begin_object();
  for (const auto& [key, value] : metadata) out.key(key).value(value);
  out.end_object();
  out.key("parser").value(document.parser);
  // A resume's structured profile: positions, education, contacts (resume_structure.hpp).
  if (extraction != nullptr && document.kind == DocumentKind::kResume) {
    write_profile_json(out.key("profile"), read_resume_structure(document, *extraction, today), *taxonomy);
  }
  out.key("sections").begin_array();
  for (const auto& section : document.sections) {
    out.begin_object().key("length").value(section.length).key("name").value(section.name);
    out.key("offset").value(section.offset).end_object();
  }
  out.end_array();
  if (extraction != nullptr) {
    out.key("skills").begin_array();
    for (const auto& hit : extraction->skills) {
      const Skill& skill = taxonomy->skills[hit.skill];
      out.begin_object().key("category").value(skill.category);
      if (!skill.esco.empty()) out.key("esco").value(skill.esco);
      out.key("id").value(skill.id);
      out.key("implied_by").begin_array();
      for (const auto source : hit.implied_by) out.value(taxonomy->skills[source].id);
      out.end_array().key("kind").value(skill.kind).key("mentions").begin_array();
      for (const auto& mention : hit.mentions) {
        out.begin_object().key("column").value(mention.column).key("length").value(mention.length);
        out.key("line").value(mention.line).key("negated").value(mention.negated);
        out.key("offset").value(mention.offset).key("section").value(mention.section_name(document));
        out.key("text").value(mention.text(document)).end_object();
      }
      out.end_array().key("name").value(skill.name);
      if (!skill.onet.empty()) out.key("onet").value(skill.onet);
      out.end_object();
    }
    out.end_array();
  }
  out.key("source").value(document.source);
  if (with_text) out.key("text").value(document.text);
  out.key("title").value(document.title).end_object();
}

// Runs `write` on a writer that hands its text to `out` a piece at a time.
template <class Write>
void write_streamed(std::ostream& out, Write write) {
  std::string buffer;
  JsonWriter writer(buffer, out);
  write(writer);
  writer.flush();
}

}  // namespace

void write_document_json(std::string& out, const Document& document) {
  JsonWriter writer(out);
  write_document(writer, document, nullptr, nullptr);
}

void write_extraction_json(std::string& out, const Document& document, const Extraction& extraction,
                           const Taxonomy& taxonomy, bool with_text, YearMonth today) {
  JsonWriter writer(out);
  write_document(writer, document, &extraction, &taxonomy, with_text, today);
}

void write_extraction_json(std::ostream& out, const Document& document, const Extraction& extraction,
                           const Taxonomy& taxonomy, bool with_text, YearMonth today) {
  write_streamed(out, [&](JsonWriter& writer) { write_document(writer, document, &extraction, &taxonomy, with_text, today); });
}

void write_document_text_json(std::ostream& out, const Document& document) {
  write_streamed(out, [&](JsonWriter& writer) { write_document(writer, document, nullptr, nullptr, true); });
}

json document_json(const Document& document) {
  std::string text;
  write_document_json(text, document);
  return json::parse(text);
}

json extraction_json(const Document& document, const Extraction& extraction, const Taxonomy& taxonomy, YearMonth today) {
  std::string text;
  write_extraction_json(text, document, extraction, taxonomy, false, today);
  return json::parse(text);
}

json error_json(const Error& error) { return {{"source", error.subject}, {"message", error.message}}; }

json skill_json(const Skill& skill) {
  json aliases = json::array();
  for (const auto& alias : skill.aliases) aliases.push_back(alias.text);
  json out = {{"id", skill.id},         {"name", skill.name},           {"category", skill.category},
              {"kind", skill.kind},     {"aliases", std::move(aliases)}, {"implies", skill.implies}};
  if (!skill.esco.empty()) out["esco"] = skill.esco;
  if (!skill.onet.empty()) out["onet"] = skill.onet;
  return out;
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
  json out = {{"id", role.id}, {"name", role.name}, {"aliases", role.aliases}, {"summary", role.summary}, {"seed", role.seed},
              {"source", role.source}};
  if (with_groups) {
    out["groups"] = json::array();
    for (const auto& group : role.groups) out["groups"].push_back(group_json(group));
  }
  return out;
}

}  // namespace skillmatch
