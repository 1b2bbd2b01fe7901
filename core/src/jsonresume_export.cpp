#include <skillmatch/resume_json.hpp>

#include <array>
#include <map>

#include <nlohmann/json.hpp>

namespace skillmatch {
namespace {

using nlohmann::json;

// The version of the schema the output follows (jsonresume/resume-schema).
constexpr std::string_view kSchema = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

// Hosts that are a social network's: a link to one is a profile, not the candidate's site.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kNetworks = {{{"linkedin.com", "LinkedIn"},
                                                                                     {"github.com", "GitHub"},
                                                                                     {"gitlab.com", "GitLab"},
                                                                                     {"twitter.com", "Twitter"},
                                                                                     {"x.com", "X"},
                                                                                     {"kaggle.com", "Kaggle"},
                                                                                     {"stackoverflow.com", "Stack Overflow"}}};

// A link as an absolute URI (the schema's "uri" format): "priya-r.example.com" gets https://.
std::string absolute(const std::string& link) {
  return link.starts_with("http://") || link.starts_with("https://") ? link : "https://" + link;
}

std::string host_of(const std::string& url) {
  std::string host = url.substr(url.find("://") + 3);
  host = host.substr(0, host.find('/'));
  return host.starts_with("www.") ? host.substr(4) : host;
}

json basics_json(const ContactFields& contact) {
  json basics = json::object();
  json profiles = json::array();
  if (!contact.name.empty()) basics["name"] = contact.name;
  if (!contact.label.empty()) basics["label"] = contact.label;
  if (!contact.email.empty()) basics["email"] = contact.email;
  if (!contact.phone.empty()) basics["phone"] = contact.phone;
  for (const auto& link : contact.links) {
    const std::string url = absolute(link);
    const std::string host = host_of(url);
    const auto network = std::find_if(kNetworks.begin(), kNetworks.end(), [&](const auto& n) { return host == n.first; });
    if (network == kNetworks.end()) {
      if (!basics.contains("url")) basics["url"] = url;
      continue;
    }
    std::string path = url.substr(url.find(host) + host.size());
    while (!path.empty() && path.back() == '/') path.pop_back();
    json profile = {{"network", network->second}, {"url", url}};
    if (const std::size_t slash = path.rfind('/'); slash != std::string::npos && slash + 1 < path.size()) {
      profile["username"] = path.substr(slash + 1);
    }
    profiles.push_back(std::move(profile));
  }
  basics["profiles"] = std::move(profiles);
  return basics;
}

// A job or project's dates; an ongoing one has no end date, as the schema means it.
void put_dates(json& out, const ResumePosition& position) {
  out["startDate"] = position.start.to_string();
  if (!position.ongoing) out["endDate"] = position.end.to_string();
}

json skills_json(const Extraction& extraction, const Taxonomy& taxonomy) {
  std::map<std::string, json> by_category;
  for (const auto& hit : extraction.skills) {
    const bool shown = std::any_of(hit.mentions.begin(), hit.mentions.end(), [](const Mention& m) { return !m.negated; });
    if (!shown) continue;
    const Skill& skill = taxonomy.skills[hit.skill];
    auto& keywords = by_category.try_emplace(skill.category, json::array()).first->second;
    keywords.push_back(skill.name);
  }
  json out = json::array();
  for (auto& [category, keywords] : by_category) out.push_back({{"name", category}, {"keywords", std::move(keywords)}});
  return out;
}

}  // namespace

std::string json_resume_text(const ResumeStructure& resume, const Document& document, const Extraction& extraction,
                             const Taxonomy& taxonomy) {
  json work = json::array(), projects = json::array(), education = json::array();
  for (const auto& position : resume.positions) {
    json item = json::object();
    if (position.project) {
      item["name"] = position.title;
    } else {
      item["position"] = position.title;
      if (!position.employer.empty()) item["name"] = position.employer;
    }
    put_dates(item, position);
    (position.project ? projects : work).push_back(std::move(item));
  }
  for (const auto& entry : resume.education) {
    json item = json::object();
    if (!entry.institution.empty()) item["institution"] = entry.institution;
    if (!entry.degree.empty()) item["studyType"] = entry.degree;
    if (entry.year > 0) item["endDate"] = std::to_string(entry.year);
    education.push_back(std::move(item));
  }
  const json out = {{"$schema", kSchema},
                    {"basics", basics_json(resume.contact)},
                    {"work", std::move(work)},
                    {"projects", std::move(projects)},
                    {"education", std::move(education)},
                    {"skills", skills_json(extraction, taxonomy)},
                    {"meta", {{"source", document.source}, {"id", document.id}}}};
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace skillmatch
