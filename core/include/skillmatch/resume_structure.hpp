// A resume read as a structured profile: who (name, contacts), its dated positions (title,
// employer, dates, skills shown), and its education, on top of the evidence profile.
#pragma once

#include <string>
#include <vector>

#include <skillmatch/evidence.hpp>

namespace skillmatch {

// The contact fields a resume's head (or the format's metadata) gives; empty when absent.
struct ContactFields {
  std::string name;
  std::string label;  // the headline under the name ("Data Engineer")
  std::string email;
  std::string phone;
  std::vector<std::string> links;  // web addresses, as written ("priya-r.example.com")
};

// One dated entry of the resume, split into what a reader asks of it.
struct ResumePosition {
  std::string title;     // "Senior Data Engineer"; the whole heading when it cannot be split
  std::string employer;  // "Larkspur Payments"; empty when the heading names none
  YearMonth start;
  YearMonth end;         // the profile's date for an ongoing entry
  bool ongoing = false;  // "- Present", "since 2020"
  int months = 0;        // inclusive, start to end
  bool project = false;  // under Projects or Publications: shown use, not a job
  std::vector<std::size_t> skills;  // taxonomy indices its lines show, sorted
};

// One line of an Education section that names a degree or a school.
struct EducationEntry {
  std::string degree;       // "B.S. Computer Science"; may be empty
  std::string institution;  // "Great Lakes Polytechnic University"; may be empty
  int year = 0;             // the last year the entry gives; 0 when none
};

struct ResumeStructure {
  ContactFields contact;
  std::vector<ResumePosition> positions;  // in document order
  std::vector<EducationEntry> education;  // in document order
};

// Degrees by level: what a posting asks and a resume shows are compared on this.
enum class DegreeLevel { kNone = 0, kBachelor, kMaster, kDoctorate };
// "none", "bachelor", "master" or "doctorate".
std::string_view to_string(DegreeLevel level);
// The highest degree `text` names ("B.S.", "Master's", "PhD"), or kNone.
DegreeLevel highest_degree(std::string_view text);
// The lowest degree a posting's lines ask for ("BS/MS in Computer Science": a bachelor's),
// or kNone when none names a degree.
DegreeLevel degree_asked(std::string_view posting_text);
// The highest degree of a resume's Education sections, or kNone.
DegreeLevel degree_shown(const Document& resume);

// Reads the structure of one resume: `today` is what "Present" means.
ResumeStructure read_resume_structure(const Document& document, const Extraction& extraction, YearMonth today);

// A dated entry's heading split into job title and employer: the part naming a role
// ("engineer", "analyst"...) is the title, the part after it (else before it) the employer.
std::pair<std::string, std::string> split_position_heading(std::string_view heading);

// An education line split into degree, institution and year (see EducationEntry); nullopt
// when the line names neither a degree nor a school (a thesis title, coursework).
std::optional<EducationEntry> read_education_line(std::string_view line);

}  // namespace skillmatch
