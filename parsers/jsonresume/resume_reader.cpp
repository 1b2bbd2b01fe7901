#include "jsonresume/resume_reader.hpp"

#include <algorithm>
#include <array>

#include "markup_common/json_reader.hpp"
#include "markup_common/json_values.hpp"
#include "markup_common/sectioned_text.hpp"
#include <skillmatch/text_encoding.hpp>

#include "jsonresume/skill_groups.hpp"

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

// What one section collects while its entries are read; laid out in resume order at the end.
struct Part {
  SectionedTextBuilder text;
  std::vector<DateRange> dated_entries;  // offsets into this part's text
  std::vector<std::string> listed_skills;
};

void write_job(const json& job, Part& part) {
  SectionedTextBuilder& text = part.text;
  text.paragraph_break();
  const std::size_t start = text.size();
  write_entry({join({text_field(job, "position"), first_field(job, {"name", "company"})}, ", "),
               join({date_span(job, "startDate", "endDate"), text_field(job, "location")}, " | "),
               text_field(job, "summary"), text_list(member(job, "highlights"))},
              text);
  const std::string start_date = text_field(job, "startDate");
  if (start_date.empty()) return;
  const std::string end_date = text_field(job, "endDate");
  part.dated_entries.push_back({start_date, end_date.empty() ? "present" : end_date, start, text.size() - start});
}

// A section of the resume: the top-level array it comes from, its heading, and how one
// entry is written. In the order the resume shows them ("references" are left out: other
// people's words about the candidate, not skills).
struct SectionKind {
  std::string_view key;
  std::string_view heading;
  void (*write)(const json& entry, Part& part);
};

const std::array<SectionKind, 10> kSections{{
    {"work", "Experience", write_job},
    {"volunteer", "Volunteer",
     [](const json& entry, Part& part) {
       write_entry({join({text_field(entry, "position"), text_field(entry, "organization")}, ", "),
                    date_span(entry, "startDate", "endDate"), text_field(entry, "summary"),
                    text_list(member(entry, "highlights"))},
                   part.text);
     }},
    {"education", "Education",
     [](const json& entry, Part& part) {
       const std::string score = text_field(entry, "score");
       write_entry({join({text_field(entry, "studyType"), text_field(entry, "area"), text_field(entry, "institution")}, ", "),
                    join({date_span(entry, "startDate", "endDate"), score.empty() ? "" : "Score: " + score}, " | "), "",
                    text_list(member(entry, "courses"))},
                   part.text);
     }},
    {"awards", "Awards",
     [](const json& entry, Part& part) {
       write_entry({join({text_field(entry, "title"), text_field(entry, "awarder")}, ", "), text_field(entry, "date"),
                    text_field(entry, "summary"), {}},
                   part.text);
     }},
    {"certificates", "Certifications",
     [](const json& entry, Part& part) {
       write_entry({join({text_field(entry, "name"), text_field(entry, "issuer")}, ", "), text_field(entry, "date"), "", {}},
                   part.text);
     }},
    {"publications", "Publications",
     [](const json& entry, Part& part) {
       write_entry({join({text_field(entry, "name"), text_field(entry, "publisher")}, ", "),
                    text_field(entry, "releaseDate"), text_field(entry, "summary"), {}},
                   part.text);
     }},
    {"skills", "Skills", [](const json& group, Part& part) { append_skill_group(group, part.text, part.listed_skills); }},
    {"languages", "Languages",
     [](const json& entry, Part& part) {
       part.text.line_break();
       part.text.append_inline(join({text_field(entry, "language"), text_field(entry, "fluency")}, ": "));
     }},
    {"interests", "Interests",
     [](const json& entry, Part& part) {
       part.text.line_break();
       part.text.append_inline(join({text_field(entry, "name"), join(text_list(member(entry, "keywords")), ", ")}, ": "));
     }},
    {"projects", "Projects",
     [](const json& entry, Part& part) {
       std::vector<std::string> highlights = text_list(member(entry, "highlights"));
       if (const std::string keywords = join(text_list(member(entry, "keywords")), ", "); !keywords.empty()) {
         highlights.push_back("Keywords: " + keywords);
       }
       write_entry({text_field(entry, "name"),
                    join({date_span(entry, "startDate", "endDate"), join(text_list(member(entry, "roles")), ", ")}, " | "),
                    text_field(entry, "description"), highlights},
                   part.text);
     }},
}};

// Reading from the top-level arrays of kSections streams their entries.
const markup::StreamedArrays kSectionArrays = [] {
  markup::StreamedArrays arrays;
  for (const SectionKind& section : kSections) arrays.member_paths.push_back({std::string(section.key)});
  return arrays;
}();

// The sections' entries, written as the parser hands them over.
class ResumeBuilder {
 public:
  void add_entry(std::string_view key, const json& entry) {
    const auto section = std::find_if(kSections.begin(), kSections.end(), [&](const SectionKind& s) { return s.key == key; });
    Part& part = parts_[static_cast<std::size_t>(section - kSections.begin())];
    if (part.text.empty()) part.text.heading(section->heading, kSectionLevel);
    section->write(entry, part);
  }

  // The basics (from `root`), then each section with entries, as one builder would have
  // written them: a blank line between, the previous section running up to the next.
  Document finish(const json& root) && {
    Document document;
    document.kind = DocumentKind::kResume;
    document.id = "resume";
    SectionedTextBuilder basics;
    write_basics(member(root, "basics"), document, basics);
    markup::SectionedText whole = std::move(basics).finish();
    for (Part& part : parts_) {
      if (part.text.empty()) continue;
      const std::size_t offset = append(whole, std::move(part.text).finish());
      for (DateRange& entry : part.dated_entries) entry.offset += offset;
      document.dated_entries.insert(document.dated_entries.end(), part.dated_entries.begin(), part.dated_entries.end());
      for (std::string& skill : part.listed_skills) document.listed_skills.push_back(std::move(skill));
    }
    document.text = std::move(whole.text);
    document.sections = std::move(whole.sections);
    return document;
  }

 private:
  // Appends `part` after a blank line; returns where it starts.
  static std::size_t append(markup::SectionedText& whole, markup::SectionedText part) {
    if (!whole.text.empty()) whole.text += '\n';
    if (!whole.sections.empty()) whole.sections.back().length = whole.text.size() - whole.sections.back().offset;
    const std::size_t offset = whole.text.size();
    whole.text += part.text;
    for (Section& section : part.sections) {
      section.offset += offset;
      whole.sections.push_back(std::move(section));
    }
    return offset;
  }

  std::array<Part, kSections.size()> parts_;
};

bool is_jsonresume_resume(const json& root) {
  return root.is_object() &&
         (root.contains("basics") || (root.contains("work") && (root.contains("education") || root.contains("skills"))));
}

}  // namespace

plugin::ParseStatus read_resume(std::string_view json_text, std::uint32_t max_depth, Document& resume) {
  ResumeBuilder builder;
  markup::JsonReadResult result =
      markup::read_json(json_text, max_depth, kSectionArrays, [&](std::string_view key, std::uint64_t, json&& entry) {
        builder.add_entry(key, entry);
        return true;
      });
  if (result.outcome != markup::JsonReadResult::Outcome::kComplete) {
    return plugin::ParseStatus::failure("invalid JSON: " + result.error);
  }
  if (!is_jsonresume_resume(result.root)) {
    return plugin::ParseStatus::failure(markup::unknown_json_shape_message(result.root));
  }
  resume = std::move(builder).finish(result.root);
  return plugin::ParseStatus::success();
}

}  // namespace skillmatch::parsers::jsonresume
