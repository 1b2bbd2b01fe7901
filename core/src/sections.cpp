#include <skillmatch/sections.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>
#include <re2/set.h>

#include "char_classes.hpp"

namespace skillmatch {
namespace {

constexpr std::size_t kMaxHeadingLength = 64;

std::string_view trim(std::string_view s, std::string_view characters = " \t") {
  const std::size_t start = s.find_first_not_of(characters);
  if (start == std::string_view::npos) return {};
  return s.substr(start, s.find_last_not_of(characters) - start + 1);
}

// A line such as "-----", "=====" or "_____" that underlines the heading above it.
bool is_underline(std::string_view line) {
  line = trim(line);
  return line.size() >= 3 && line.find_first_not_of(line[0]) == std::string_view::npos &&
         (line[0] == '-' || line[0] == '=' || line[0] == '_' || line[0] == '~');
}

// Drops what decorates a heading: "## ", "1. ", "IV) ", "**", bullets and trailing ':'.
std::string_view strip_decoration(std::string_view line) {
  line = trim(line, " \t*_#=>|");
  std::size_t digits = 0;
  while (digits < line.size() && (std::isdigit(static_cast<unsigned char>(line[digits])) ||
                                  std::string_view("IVXivx").find(line[digits]) != std::string_view::npos)) {
    ++digits;
  }
  if (digits > 0 && digits <= 4 && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) {
    line = trim(line.substr(digits + 1), " \t*_#");
  }
  while (!line.empty() && (line.back() == ':' || line.back() == '*' || line.back() == '_' || line.back() == ' ')) {
    line.remove_suffix(1);
  }
  return line;
}

// Lowercase (ASCII: the C library's tolower is a call per byte), '&' as "and", runs of
// space and punctuation as one space.
std::string normalize_heading(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '&') {
      out += out.empty() || out.back() == ' ' ? "and " : " and ";
    } else if ((detail::is_ascii_word(u) && c != '_') || u >= 0x80 || c == '\'' || c == '-') {
      out.push_back(detail::ascii_lower(c));
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Line {
  std::size_t offset;
  std::string_view text;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back({start, text.substr(start, end - start)});
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

// Phrases that tell a posting from a resume in the first 8 KB: one small RE2::Set, built
// once, so a document is scanned once. Posting phrases are whole words; resume cues may
// sit inside a token ("linkedin.com/in", "@").
struct KindCues {
  RE2::Set set{[] {
                 RE2::Options options;
                 options.set_encoding(RE2::Options::EncodingLatin1);
                 options.set_case_sensitive(false);
                 options.set_log_errors(false);
                 return options;
               }(),
               RE2::UNANCHORED};
  std::size_t posting_cues = 0;
};

const KindCues& kind_cues() {
  static const KindCues cues = [] {
    KindCues built;
    constexpr std::array kPostingWords = {"we are looking", "we're looking", "you will", "you'll", "our team",
                                          "apply", "candidate", "the role", "join us", "we offer", "years of experience"};
    constexpr std::array kResumeCues = {"curriculum vitae", "resume", "linkedin.com/in", "@", "present", "gpa",
                                        "bachelor", "master of", "b.sc", "m.sc"};
    for (const char* word : kPostingWords) built.set.Add("(?:^|[^a-z])" + RE2::QuoteMeta(word) + "(?:[^a-z]|$)", nullptr);
    built.posting_cues = kPostingWords.size();
    for (const char* cue : kResumeCues) built.set.Add(RE2::QuoteMeta(cue), nullptr);
    if (!built.set.Compile()) throw std::logic_error("the document-kind cues did not compile");
    return built;
  }();
  return cues;
}

}  // namespace

void SectionVocabulary::add(std::string_view canonical, std::string_view heading) {
  by_heading_.emplace(normalize_heading(heading), std::string(canonical));
}

std::string_view SectionVocabulary::canonical(std::string_view heading) const {
  const auto it = by_heading_.find(normalize_heading(heading));
  return it == by_heading_.end() ? std::string_view{} : std::string_view(it->second);
}

std::vector<Section> detect_sections(std::string_view text, const SectionVocabulary& vocabulary) {
  std::vector<Section> sections;
  const std::vector<Line> lines = split_lines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i].text);
    if (line.empty() || is_underline(line)) continue;
    std::string_view name;
    if (line.size() <= kMaxHeadingLength) name = vocabulary.canonical(strip_decoration(line));
    // "Technical Skills: Python, SQL" opens a section on the line it names, when it starts
    // a paragraph; inside a section such a line is a label ("Languages: Python, SQL").
    const bool starts_paragraph = i == 0 || trim(lines[i - 1].text).empty();
    if (name.empty() && starts_paragraph) {
      const std::size_t colon = line.find(':');
      if (colon != std::string_view::npos && colon > 0 && colon <= 40) {
        name = vocabulary.canonical(strip_decoration(line.substr(0, colon)));
      }
    }
    if (name.empty()) continue;
    if (!sections.empty()) sections.back().length = lines[i].offset - sections.back().offset;
    sections.push_back({std::string(name), lines[i].offset, text.size() - lines[i].offset});
  }
  return sections;
}

const Section* section_at(const std::vector<Section>& sections, std::size_t offset) {
  auto it = std::upper_bound(sections.begin(), sections.end(), offset,
                             [](std::size_t value, const Section& s) { return value < s.offset; });
  if (it == sections.begin()) return nullptr;
  --it;
  return offset < it->offset + it->length ? &*it : nullptr;
}

DocumentKind guess_kind(const Document& document) {
  int posting = 0;
  int resume = 0;
  for (const auto& section : document.sections) {
    if (section.name == "responsibilities" || section.name == "requirements" || section.name == "preferred" ||
        section.name == "benefits" || section.name == "company") {
      posting += 2;
    } else if (section.name == "experience" || section.name == "education" || section.name == "projects" ||
               section.name == "certifications" || section.name == "summary") {
      resume += 2;
    }
  }
  const KindCues& cues = kind_cues();
  std::vector<int> found;
  cues.set.Match(document.text.substr(0, 8192), &found);
  for (const int cue : found) (static_cast<std::size_t>(cue) < cues.posting_cues ? posting : resume) += 1;
  if (posting == resume) return DocumentKind::kUnknown;
  return posting > resume ? DocumentKind::kPosting : DocumentKind::kResume;
}

}  // namespace skillmatch
