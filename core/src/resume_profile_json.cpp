#include <skillmatch/resume_json.hpp>

#include <skillmatch/json_writer.hpp>

namespace skillmatch {
namespace {

// Writes `key` only when the resume gives a value: absent, never empty.
template <std::size_t N>
void put(JsonWriter& out, const char (&key)[N], const std::string& value) {
  if (!value.empty()) out.key(key).value(value);
}

// Members in sorted order, the order nlohmann::json's std::map gave when this was a tree.
void write_position(JsonWriter& out, const ResumePosition& position, const Taxonomy& taxonomy) {
  out.begin_object();
  put(out, "employer", position.employer);
  out.key("end").value(position.end.to_string());
  out.key("months").value(static_cast<std::uint64_t>(position.months));
  out.key("ongoing").value(position.ongoing).key("project").value(position.project);
  out.key("skills").begin_array();
  for (const std::size_t skill : position.skills) out.value(taxonomy.skills[skill].id);
  out.end_array();
  out.key("start").value(position.start.to_string()).key("title").value(position.title).end_object();
}

void write_contact(JsonWriter& out, const ContactFields& contact) {
  out.begin_object();
  put(out, "email", contact.email);
  put(out, "label", contact.label);
  out.key("links").begin_array();
  for (const auto& link : contact.links) out.value(link);
  out.end_array();
  put(out, "name", contact.name);
  put(out, "phone", contact.phone);
  out.end_object();
}

}  // namespace

void write_profile_json(JsonWriter& out, const ResumeStructure& resume, const Taxonomy& taxonomy) {
  out.begin_object().key("contact");
  write_contact(out, resume.contact);
  out.key("education").begin_array();
  for (const auto& entry : resume.education) {
    out.begin_object();
    put(out, "degree", entry.degree);
    put(out, "institution", entry.institution);
    if (entry.year > 0) out.key("year").value(static_cast<std::uint64_t>(entry.year));
    out.end_object();
  }
  out.end_array().key("positions").begin_array();
  for (const auto& position : resume.positions) write_position(out, position, taxonomy);
  out.end_array().end_object();
}

std::string profile_json_text(const ResumeStructure& resume, const Taxonomy& taxonomy) {
  std::string text;
  JsonWriter writer(text);
  write_profile_json(writer, resume, taxonomy);
  return text;
}

}  // namespace skillmatch
