#include <skillmatch/resume_structure.hpp>

#include <algorithm>
#include <array>
#include <cctype>

#include <re2/re2.h>

#include <skillmatch/text_cut.hpp>

namespace skillmatch {
namespace {

// The head nouns of job titles: the part of a heading holding one names the role, the
// other part the employer. Words, not titles, so that any "... Engineer" or "... Lead" is
// read without a list of every title.
constexpr std::array<std::string_view, 39> kRoleWords = {
    "engineer",   "developer",  "scientist", "analyst",    "manager",    "architect",   "consultant", "researcher",
    "intern",     "specialist", "administrator", "designer", "director", "lead",       "officer",    "supervisor",
    "associate",  "assistant",  "technician", "coordinator", "instructor", "teacher",   "programmer", "owner",
    "head",       "founder",    "cofounder", "president",  "vp",         "cto",         "ceo",        "fellow",
    "student",    "tutor",      "advisor",   "strategist", "executive",  "representative", "clerk"};

// Words that name a school, and the words of degrees (with their level; a diploma or a
// certificate has none): what makes a line of an Education section an entry rather than
// its thesis or coursework. Degree words as plain_words spells them ("B.S." is "bs").
constexpr std::array<std::string_view, 14> kSchoolWords = {
    "university", "college", "institute", "school", "academy", "polytechnic", "universidad",
    "universität", "université", "università", "universidade", "hochschule", "bootcamp", "conservatory"};
constexpr std::array<std::pair<std::string_view, DegreeLevel>, 34> kDegreeLevels = {{
    {"bs", DegreeLevel::kBachelor},      {"ba", DegreeLevel::kBachelor},        {"bsc", DegreeLevel::kBachelor},
    {"be", DegreeLevel::kBachelor},      {"btech", DegreeLevel::kBachelor},     {"beng", DegreeLevel::kBachelor},
    {"bachelor", DegreeLevel::kBachelor}, {"bachelors", DegreeLevel::kBachelor}, {"llb", DegreeLevel::kBachelor},
    {"undergraduate", DegreeLevel::kBachelor}, {"ms", DegreeLevel::kMaster},    {"ma", DegreeLevel::kMaster},
    {"msc", DegreeLevel::kMaster},       {"mba", DegreeLevel::kMaster},         {"meng", DegreeLevel::kMaster},
    {"mtech", DegreeLevel::kMaster},     {"mphil", DegreeLevel::kMaster},       {"mres", DegreeLevel::kMaster},
    {"master", DegreeLevel::kMaster},    {"masters", DegreeLevel::kMaster},     {"llm", DegreeLevel::kMaster},
    {"mfa", DegreeLevel::kMaster},       {"phd", DegreeLevel::kDoctorate},      {"phds", DegreeLevel::kDoctorate},
    {"dphil", DegreeLevel::kDoctorate},  {"doctorate", DegreeLevel::kDoctorate}, {"doctoral", DegreeLevel::kDoctorate},
    {"doctor", DegreeLevel::kDoctorate}, {"md", DegreeLevel::kDoctorate},       {"jd", DegreeLevel::kDoctorate},
    {"edd", DegreeLevel::kDoctorate},    {"diploma", DegreeLevel::kNone},       {"certificate", DegreeLevel::kNone},
    {"associate", DegreeLevel::kNone}}};

constexpr std::size_t kHeadBytes = 600;  // without sections, how much of the top is the head
constexpr std::size_t kDegreeLineBytes = 400;

// Calls `visit` with each lowercase word of letters and digits ("B.S." is "bs"),
// parenthesised asides included, until it returns true; whether one did. One buffer,
// not a string per word: headings are read for their words once per position.
template <class Visit>
bool any_plain_word(std::string_view text, Visit visit) {
  std::string word;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word += static_cast<char>(std::tolower(u));
    } else if (c != '.' && !word.empty()) {
      if (visit(std::string_view(word))) return true;
      word.clear();
    }
  }
  return !word.empty() && visit(std::string_view(word));
}

template <std::size_t N>
bool names_any(std::string_view text, const std::array<std::string_view, N>& vocabulary) {
  return any_plain_word(text, [&](std::string_view w) { return std::find(vocabulary.begin(), vocabulary.end(), w) != vocabulary.end(); });
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

// A line without Markdown's heading marks and emphasis ("### Staff Engineer", "**Name**").
std::string strip_markup(std::string_view line) {
  while (!line.empty() && (line.front() == '#' || line.front() == '*' || line.front() == ' ')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == '*' || line.back() == ' ')) line.remove_suffix(1);
  return std::string(line);
}

// `text` without parenthesised asides ("Boreal Bank (Digital Channels)" is "Boreal Bank").
std::string without_asides(std::string_view text) {
  std::string out;
  int depth = 0;
  for (const char c : text) {
    if (c == '(' || c == '[') ++depth;
    if (depth == 0) out += c;
    if ((c == ')' || c == ']') && depth > 0) --depth;
  }
  return std::string(trim(out));
}

// The parts of a heading or an education line: split at separators people put between
// a title, an employer, a place and a year (" - ", " – ", " | ", " · ", " at ", ", "), never
// inside parentheses.
std::vector<std::string> parts_of(std::string_view text) {
  static constexpr std::array<std::string_view, 9> kSeparators = {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " | ", " \xC2\xB7 ",
                                                                  " * ", " at ", " @ ", ", "};
  std::vector<std::string> parts;
  std::size_t from = 0;
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(' || text[i] == '[') ++depth;
    if ((text[i] == ')' || text[i] == ']') && depth > 0) --depth;
    // Every separator starts with a space or a comma: most bytes need no comparison.
    if (depth > 0 || (text[i] != ' ' && text[i] != ',')) continue;
    for (const std::string_view separator : kSeparators) {
      if (text.substr(i, separator.size()) != separator) continue;
      parts.emplace_back(trim(text.substr(from, i - from)));
      from = i + separator.size();
      i = from - 1;
      break;
    }
  }
  parts.emplace_back(trim(text.substr(from)));
  std::erase_if(parts, [](const std::string& p) { return p.empty(); });
  return parts;
}

// The levels of the degree words in `text`, in order.
std::vector<DegreeLevel> degree_words(std::string_view text) {
  std::vector<DegreeLevel> out;
  any_plain_word(text, [&](std::string_view word) {
    const auto found = std::find_if(kDegreeLevels.begin(), kDegreeLevels.end(), [&](const auto& d) { return d.first == word; });
    if (found != kDegreeLevels.end()) out.push_back(found->second);
    return false;
  });
  return out;
}

bool is_year(std::string_view text) {
  text = trim(text);
  return text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The last year (1900-2099) written in `line`, or 0.
int last_year(std::string_view line) {
  static const RE2 regex(R"(\b((?:19|20)\d\d)\b)");
  re2::StringPiece input(line.data(), line.size());
  std::string year;
  int last = 0;
  while (RE2::FindAndConsume(&input, regex, &year)) last = std::stoi(year);
  return last;
}

}  // namespace

std::pair<std::string, std::string> split_position_heading(std::string_view heading) {
  const std::string text = strip_markup(heading);
  const std::vector<std::string> parts = parts_of(text);
  if (parts.size() < 2) return {without_asides(text), ""};
  std::size_t title = 0;
  const auto named = std::find_if(parts.begin(), parts.end(), [](const std::string& p) { return names_any(p, kRoleWords); });
  if (named != parts.end()) title = static_cast<std::size_t>(named - parts.begin());
  const std::size_t employer = title + 1 < parts.size() ? title + 1 : title - 1;
  return {without_asides(parts[title]), without_asides(parts[employer])};
}

std::optional<EducationEntry> read_education_line(std::string_view line) {
  const std::string text(strip_bullet(trim(line)));
  if (!names_any(text, kSchoolWords) && degree_words(text).empty()) return std::nullopt;
  EducationEntry entry;
  entry.year = last_year(text);
  std::vector<std::string> parts = parts_of(text);
  std::erase_if(parts, [](const std::string& p) { return is_year(without_asides(p)) || without_asides(p).empty(); });
  const auto school = std::find_if(parts.begin(), parts.end(), [](const std::string& p) { return names_any(p, kSchoolWords); });
  if (school != parts.end()) entry.institution = without_asides(*school);
  // The degree: the parts before the school ("B.S. Computer Science, minor in Mathematics"),
  // or after it when the school comes first.
  const bool school_first = school == parts.begin() && school != parts.end();
  const auto from = school_first ? std::next(school) : parts.begin();
  const auto to = school_first ? parts.end() : school;
  for (auto it = from; it != to; ++it) {
    const std::string part = without_asides(*it);
    if (!part.empty()) entry.degree += (entry.degree.empty() ? "" : ", ") + part;
  }
  return entry;
}

std::string_view to_string(DegreeLevel level) {
  switch (level) {
    case DegreeLevel::kBachelor: return "bachelor";
    case DegreeLevel::kMaster: return "master";
    case DegreeLevel::kDoctorate: return "doctorate";
    case DegreeLevel::kNone: break;
  }
  return "none";
}

DegreeLevel highest_degree(std::string_view text) {
  const auto levels = degree_words(text);
  return levels.empty() ? DegreeLevel::kNone : *std::max_element(levels.begin(), levels.end());
}

DegreeLevel degree_asked(std::string_view posting_text) {
  // Short degree words are also English words and abbreviations ("be", "MS Office", "Boston,
  // MA"): a posting's line counts only when it says "degree" or names an unambiguous one
  // (a bare "BS/MS in CS" is missed rather than "you will be" read as a degree). "MS or PhD
  // preferred" after "BS degree required" still leaves a bachelor's enough: the lowest counts.
  static constexpr std::array<std::string_view, 14> kAnchors = {"degree", "degrees", "bachelor", "bachelors", "master", "masters",
                                                                "phd", "doctorate", "bsc", "msc", "btech", "mba", "beng", "meng"};
  DegreeLevel lowest = DegreeLevel::kNone;
  while (!posting_text.empty()) {
    const std::size_t eol = std::min(posting_text.find('\n'), posting_text.size());
    const std::string_view line = posting_text.substr(0, eol);
    // A degree is asked in a line of a few words: a longer one is prose (or a one-line
    // document), whose words are not worth splitting out.
    if (line.size() <= kDegreeLineBytes && names_any(line, kAnchors)) {
      for (const DegreeLevel level : degree_words(line)) {
        if (level != DegreeLevel::kNone && (lowest == DegreeLevel::kNone || level < lowest)) lowest = level;
      }
    }
    posting_text.remove_prefix(std::min(eol + 1, posting_text.size()));
  }
  return lowest;
}

namespace {

// The lines of the Education sections that are entries; a line of dates alone gives its
// year to the entry above it ("MSc, Artificial Intelligence, Edinburgh" over "2017 – 2018").
std::vector<EducationEntry> education_of(const Document& document) {
  std::vector<EducationEntry> out;
  for (const auto& section : document.sections) {
    if (section.name != "education") continue;
    std::string_view body = std::string_view(document.text).substr(section.offset, section.length);
    for (bool first = true; !body.empty(); first = false) {
      const std::size_t eol = std::min(body.find('\n'), body.size());
      const std::string_view line = body.substr(0, eol);
      body.remove_prefix(std::min(eol + 1, body.size()));
      if (first) continue;  // the heading
      const bool has_letters = std::any_of(line.begin(), line.end(), [](unsigned char c) { return std::isalpha(c) != 0; });
      if (!has_letters && !out.empty() && out.back().year == 0) out.back().year = last_year(line);
      if (auto entry = read_education_line(line)) out.push_back(std::move(*entry));
    }
  }
  return out;
}

const std::string* metadata(const Document& document, std::string_view key) {
  for (const auto& field : document.metadata) {
    if (field.key == key && !field.value.empty()) return &field.value;
  }
  return nullptr;
}

// What is above the first section: where a resume puts its name and contacts. A document
// that opens with a heading (a Markdown or HTML title: the name) has its head under it.
std::string_view head_of(const Document& document) {
  const auto& sections = document.sections;
  const bool titled = !sections.empty() && sections.front().offset == 0;
  const std::size_t end = sections.size() > std::size_t{titled} ? sections[titled].offset : kHeadBytes;
  return std::string_view(document.text).substr(0, std::min(end, document.text.size()));
}

std::string first_match(std::string_view text, const RE2& regex) {
  std::string found;
  RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), regex, &found);
  return found;
}

// A phone number: digits with the spaces, dots, dashes and brackets people write, 9 to 15
// digits (a year range has 8).
std::string phone_of(std::string_view head) {
  static const RE2 regex(R"((\+?\(?\d[\d ().\-]{7,20}\d))");
  re2::StringPiece input(head.data(), head.size());
  std::string candidate;
  while (RE2::FindAndConsume(&input, regex, &candidate)) {
    const auto digits = std::count_if(candidate.begin(), candidate.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
    if (digits >= 9 && digits <= 15) return candidate;
  }
  return {};
}

// Web addresses in the head: "https://..." or a bare host with a dot ("priya-r.example.com",
// "linkedin.com/in/x"), never an e-mail address.
std::vector<std::string> links_of(std::string_view head) {
  static const RE2 regex(R"((?i)((?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,12}(?:/[^\s|,;·]*)?))");
  std::vector<std::string> out;
  re2::StringPiece input(head.data(), head.size());
  std::string link;
  while (RE2::FindAndConsume(&input, regex, &link)) {
    const std::size_t begin = static_cast<std::size_t>(input.data() - head.data()) - link.size();
    const bool in_email = (begin > 0 && head[begin - 1] == '@') ||
                          (input.size() > 0 && input[0] == '@');
    const bool has_scheme = link.starts_with("http");
    // "B.Sc." or "Dr." are not hosts: a bare one needs letters on both sides of a dot.
    if (!in_email && (has_scheme || link.find('.') > 1) && std::find(out.begin(), out.end(), link) == out.end()) {
      out.push_back(link);
    }
  }
  return out;
}

// A line of the head that is a name or a headline: no address, digits or '@'.
bool is_plain_line(std::string_view line) {
  return std::none_of(line.begin(), line.end(), [](unsigned char c) { return std::isdigit(c) || c == '@'; }) &&
         line.find("://") == std::string_view::npos && line.find(" | ") == std::string_view::npos &&
         line.find("\xC2\xB7") == std::string_view::npos;
}

// The head's lines that are a name or a headline, in order.
std::vector<std::string> plain_lines(std::string_view head) {
  std::vector<std::string> out;
  while (!head.empty()) {
    const std::size_t eol = std::min(head.find('\n'), head.size());
    const std::string line = strip_markup(trim(head.substr(0, eol)));
    head.remove_prefix(std::min(eol + 1, head.size()));
    if (!line.empty() && is_plain_line(line)) out.push_back(without_asides(line));
  }
  return out;
}

ContactFields contact_of(const Document& document) {
  static const RE2 email(R"(([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}))");
  ContactFields contact;
  const std::string_view head = head_of(document);
  const std::vector<std::string> plain = plain_lines(head);
  const std::string* name = metadata(document, "name");
  contact.name = name != nullptr ? *name : !plain.empty() ? plain[0] : document.title;
  const std::string* label = metadata(document, "label");
  contact.label = label != nullptr ? *label : plain.size() > 1 ? plain[1] : "";
  const std::string* address = metadata(document, "email");
  // An address is an address wherever it is: some resumes end with their contacts.
  contact.email = address != nullptr ? *address : first_match(head, email);
  if (contact.email.empty()) contact.email = first_match(document.text, email);
  const std::string* phone = metadata(document, "phone");
  contact.phone = phone != nullptr ? *phone : std::string(trim(phone_of(head)));
  contact.links = links_of(head);
  if (const std::string* url = metadata(document, "url"); url != nullptr && contact.links.empty()) contact.links.push_back(*url);
  return contact;
}

}  // namespace

DegreeLevel degree_shown(const Document& resume) {
  DegreeLevel highest = DegreeLevel::kNone;
  for (const auto& entry : education_of(resume)) highest = std::max(highest, highest_degree(entry.degree));
  return highest;
}

ResumeStructure read_resume_structure(const Document& document, const Extraction& extraction, YearMonth today) {
  // Only the positions: a whole profile (every mention judged, the Education read for its
  // degree) cost more than the rest of the extraction's JSON.
  ResumeStructure out;
  out.contact = contact_of(document);
  for (auto& position : read_positions(document, extraction, today)) {
    auto [title, employer] = split_position_heading(position.heading);
    out.positions.push_back({std::move(title), std::move(employer), position.start, position.finish, position.ongoing,
                             months_inclusive(position.start, position.finish), position.project, std::move(position.skills)});
  }
  out.education = education_of(document);
  return out;
}

}  // namespace skillmatch
