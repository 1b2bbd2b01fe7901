#include "resume_reader.hpp"

#include <json_values.hpp>
#include <sectioned_text.hpp>
#include <skillmatch/text_encoding.hpp>

#include "skill_groups.hpp"

namespace skillmatch::parsers::jsonresume {
namespace {

using nlohmann::json;
using markup::join;
using markup::member;
using markup::SectionedTextBuilder;
using markup::text_field;
using markup::text_list;

constexpr int kSectionLevel = 2;

// "2013-12-01 – 2014-12-01", "2013-12 – present", "2014-11-01" or "".
std::string date_span(const json& entry, const char* start_key, const char* end_key) {
  const std::string start = text_field(entry, start_key);
  const std::string end = text_field(entry, end_key);
  if (start.empty()) return end;
  return start + " \u2013 " + (end.empty() ? "present" : end);
}

// The first present field among `keys` (v0.x and v1 name some fields differently).
std::string first_field(const json& entry, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    if (std::string value = text_field(entry, key); !value.empty()) return value;
  }
  return {};
}

// One entry of a section: a bold-ish first line, a detail line, a paragraph, bullets.
struct EntryText {
  std::string headline;
  std::string details;
  std::string summary;
  std::vector<std::string> highlights;
};

void write_entry(const EntryText& entry, SectionedTextBuilder& text) {
  text.paragraph_break();
  text.append_inline(entry.headline);
  if (!entry.details.empty()) {
    text.line_break();
    text.append_inline(entry.details);
  }
  if (!entry.summary.empty()) {
    text.line_break();
    text.append_preformatted(entry.summary);
  }
  for (const std::string& highlight : entry.highlights) {
    text.begin_list_item(0, "- ");
    text.append_inline(highlight);
  }
}

// Writes a section of entries if `entries` has any; `describe` turns one into EntryText.
template <class Describe>
void write_section(const json& entries, std::string_view heading, SectionedTextBuilder& text, Describe describe) {
  if (!entries.is_array() || entries.empty()) return;
  text.heading(heading, kSectionLevel);
  for (const json& entry : entries) describe(entry);
}

std::string describe_location(const json& location) {
  if (location.is_string()) return location.get<std::string>();
  return join({text_field(location, "city"), text_field(location, "region"), text_field(location, "countryCode")}, ", ");
}

void write_basics(const json& basics, Document& document, SectionedTextBuilder& text) {
  const std::string name = text_field(basics, "name");
  document.title = text::title_line(text::normalize_text(name));
  const std::string label = text_field(basics, "label");
  const std::string location = describe_location(member(basics, "location"));
  text.append_inline(name);
  text.line_break();
  text.append_inline(label);
  text.line_break();
  text.append_inline(join({text_field(basics, "email"), text_field(basics, "phone"),
                           first_field(basics, {"url", "website"}), location},
                          " | "));
  std::vector<std::string> profiles;
  for (const json& profile : member(basics, "profiles")) {
    profiles.push_back(join({text_field(profile, "network"), text_field(profile, "username")}, ": "));
  }
  text.line_break();
  text.append_inline(join(profiles, " | "));
  for (const auto& [key, value] : {std::pair<const char*, std::string>{"label", label},
                                   {"email", text_field(basics, "email")},
                                   {"phone", text_field(basics, "phone")},
                                   {"url", first_field(basics, {"url", "website"})},
                                   {"location", location}}) {
    if (!value.empty()) document.metadata.push_back({key, text::normalize_text(value)});
  }
  if (const std::string summary = text_field(basics, "summary"); !summary.empty()) {
    text.heading("Summary", kSectionLevel);
    text.append_preformatted(summary);
  }
}

void write_work(const json& work, Document& document, SectionedTextBuilder& text) {
  write_section(work, "Experience", text, [&](const json& job) {
    const std::string company = first_field(job, {"name", "company"});
    text.paragraph_break();
    const std::size_t start = text.size();
    write_entry({join({text_field(job, "position"), company}, ", "),
                 join({date_span(job, "startDate", "endDate"), text_field(job, "location")}, " | "),
                 text_field(job, "summary"), text_list(member(job, "highlights"))},
                text);
    const std::string start_date = text_field(job, "startDate");
    if (start_date.empty()) return;
    const std::string end_date = text_field(job, "endDate");
    document.dated_entries.push_back({start_date, end_date.empty() ? "present" : end_date, start, text.size() - start});
  });
}

void write_other_sections(const json& resume, SectionedTextBuilder& text) {
  write_section(member(resume, "volunteer"), "Volunteer", text, [&](const json& entry) {
    write_entry({join({text_field(entry, "position"), text_field(entry, "organization")}, ", "),
                 date_span(entry, "startDate", "endDate"), text_field(entry, "summary"),
                 text_list(member(entry, "highlights"))},
                text);
  });
  write_section(member(resume, "education"), "Education", text, [&](const json& entry) {
    const std::string score = text_field(entry, "score");
    write_entry({join({text_field(entry, "studyType"), text_field(entry, "area"), text_field(entry, "institution")}, ", "),
                 join({date_span(entry, "startDate", "endDate"), score.empty() ? "" : "Score: " + score}, " | "), "",
                 text_list(member(entry, "courses"))},
                text);
  });
  write_section(member(resume, "awards"), "Awards", text, [&](const json& entry) {
    write_entry({join({text_field(entry, "title"), text_field(entry, "awarder")}, ", "), text_field(entry, "date"),
                 text_field(entry, "summary"), {}},
                text);
  });
  write_section(member(resume, "certificates"), "Certifications", text, [&](const json& entry) {
    write_entry({join({text_field(entry, "name"), text_field(entry, "issuer")}, ", "), text_field(entry, "date"), "", {}},
                text);
  });
  write_section(member(resume, "publications"), "Publications", text, [&](const json& entry) {
    write_entry({join({text_field(entry, "name"), text_field(entry, "publisher")}, ", "),
                 text_field(entry, "releaseDate"), text_field(entry, "summary"), {}},
                text);
  });
}

void write_trailing_sections(const json& resume, SectionedTextBuilder& text) {
  write_section(member(resume, "languages"), "Languages", text, [&](const json& entry) {
    text.line_break();
    text.append_inline(join({text_field(entry, "language"), text_field(entry, "fluency")}, ": "));
  });
  write_section(member(resume, "interests"), "Interests", text, [&](const json& entry) {
    text.line_break();
    text.append_inline(join({text_field(entry, "name"), join(text_list(member(entry, "keywords")), ", ")}, ": "));
  });
  write_section(member(resume, "projects"), "Projects", text, [&](const json& entry) {
    std::vector<std::string> highlights = text_list(member(entry, "highlights"));
    if (const std::string keywords = join(text_list(member(entry, "keywords")), ", "); !keywords.empty()) {
      highlights.push_back("Keywords: " + keywords);
    }
    write_entry({text_field(entry, "name"),
                 join({date_span(entry, "startDate", "endDate"), join(text_list(member(entry, "roles")), ", ")}, " | "),
                 text_field(entry, "description"), highlights},
                text);
  });
  // "references" are left out: other people's words about the candidate, not skills.
}

}  // namespace

bool is_jsonresume_resume(const json& root) {
  return root.is_object() &&
         (root.contains("basics") || (root.contains("work") && (root.contains("education") || root.contains("skills"))));
}

Document read_resume(const json& resume) {
  Document document;
  document.kind = DocumentKind::kResume;
  document.id = "resume";
  SectionedTextBuilder text;
  write_basics(member(resume, "basics"), document, text);
  write_work(member(resume, "work"), document, text);
  write_other_sections(resume, text);
  append_skill_groups(member(resume, "skills"), text, document.listed_skills);
  write_trailing_sections(resume, text);
  markup::SectionedText built = std::move(text).finish();
  document.text = std::move(built.text);
  document.sections = std::move(built.sections);
  return document;
}

}  // namespace skillmatch::parsers::jsonresume
