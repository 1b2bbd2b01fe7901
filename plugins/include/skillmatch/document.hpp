// The unit every stage works on: one resume or one posting as UTF-8 text with sections.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace skillmatch {

// What a document is; parsers set it when the format says, core guesses it otherwise.
enum class DocumentKind { kUnknown, kResume, kPosting };

// "resume", "posting" or "unknown".
std::string_view to_string(DocumentKind kind);

// A named byte range of Document::text; name is canonical ("experience", "skills"...).
struct Section {
  std::string name;
  std::size_t offset = 0;
  std::size_t length = 0;
};

// A key/value the parser read from the format (author, company, location, url...).
struct Field {
  std::string key;
  std::string value;
};

// A dated entry (a job, a project) the parser found as structured data: ISO dates
// ("2019-03", "2019-03-01" or "present") and the byte range of the entry in text.
struct DateRange {
  std::string start;
  std::string end;
  std::size_t offset = 0;
  std::size_t length = 0;
};

struct Document {
  std::string id;      // unique within one input; the host prefixes it with nothing
  std::string source;  // the input path as given by the user
  std::string parser;  // name of the plugin that produced it
  DocumentKind kind = DocumentKind::kUnknown;
  std::string title;
  std::string text;  // valid UTF-8, LF line ends; every offset refers to these bytes
  std::vector<Section> sections;             // sorted by offset, non-overlapping
  std::vector<Field> metadata;               // in the order the format gave them
  std::vector<std::string> listed_skills;    // a posting's or resume's explicit skill fields
  std::vector<DateRange> dated_entries;      // structured work/project dates, if the format has them
};

}  // namespace skillmatch
