#include <skillmatch/resume_json.hpp>

#include <nlohmann/json.hpp>

namespace skillmatch {
namespace {

using nlohmann::json;

// Sets `key` only when the resume gives a value: absent, never empty.
void put(json& out, const char* key, const std::string& value) {
  if (!value.empty()) out[key] = value;
}

json position_json(const ResumePosition& position, const Taxonomy& taxonomy) {
  json skills = json::array();
  for (const std::size_t skill : position.skills) skills.push_back(taxonomy.skills[skill].id);
  json out = {{"title", position.title},
              {"start", position.start.to_string()},
              {"end", position.end.to_string()},
              {"ongoing", position.ongoing},
              {"months", position.months},
              {"project", position.project},
              {"skills", std::move(skills)}};
  put(out, "employer", position.employer);
  return out;
}

}  // namespace

std::string profile_json_text(const ResumeStructure& resume, const Taxonomy& taxonomy) {
  json contact = {{"links", resume.contact.links}};
  put(contact, "name", resume.contact.name);
  put(contact, "label", resume.contact.label);
  put(contact, "email", resume.contact.email);
  put(contact, "phone", resume.contact.phone);
  json positions = json::array();
  for (const auto& position : resume.positions) positions.push_back(position_json(position, taxonomy));
  json education = json::array();
  for (const auto& entry : resume.education) {
    json item = json::object();
    put(item, "degree", entry.degree);
    put(item, "institution", entry.institution);
    if (entry.year > 0) item["year"] = entry.year;
    education.push_back(std::move(item));
  }
  const json out = {{"contact", std::move(contact)}, {"positions", std::move(positions)}, {"education", std::move(education)}};
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace skillmatch
