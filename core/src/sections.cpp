#include <skillmatch/sections.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>
#include <re2/set.h>

#include "char_classes.hpp"
#include "heading_words.hpp"

namespace skillmatch {

namespace detail {

// Lowercase (ASCII: the C library's tolower is a call per byte), '&' as "and", runs of
// space and punctuation as one space.
std::string normalize_words(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    if (text.substr(i, 3) == "\u2019") {  // "What You’ll Do" as typed with a plain apostrophe
      out.push_back('\'');
      i += 2;
    } else if (c == '&') {
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

}  // namespace detail

namespace {

using detail::normalize_words;

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

bool is_bullet(std::string_view line) {
  line = trim(line);
  return !line.empty() && (line[0] == '-' || line[0] == '*' || line[0] == '+' || line.substr(0, 3) == "\u2022");
}

// Whether `next` goes on with what `line` says: a hard-wrapped sentence (`line` ends with ','
// or ':', or `next` starts in lower case) or the next item of a list. Otherwise `next` starts a
// unit of its own, as each line does in text written one sentence per line.
bool continues(std::string_view line, std::string_view next) {
  line = trim(line);
  next = trim(next);
  if (line.empty() || next.empty()) return false;
  if (line.back() == ':' || line.back() == ',') return true;
  if (is_bullet(next)) return is_bullet(line);
  return next[0] >= 'a' && next[0] <= 'z';
}

// The first sentence of the unit starting at lines[i], where cue phrases are looked for: it
// ends at sentence-final punctuation, where the unit ends, or after kMaxOpening bytes.
constexpr std::size_t kMaxOpening = 240;

std::string_view first_sentence(std::string_view text, const std::vector<Line>& lines, std::size_t i) {
  const std::size_t from = lines[i].offset;
  const std::size_t limit = std::min(text.size(), from + kMaxOpening);
  for (std::size_t end = from; end < limit; ++end) {
    const char c = text[end];
    const bool at_break = end + 1 == text.size() || text[end + 1] == ' ' || text[end + 1] == '\n';
    if ((c == '.' || c == '!' || c == '?') && at_break) return text.substr(from, end - from);
    if (c != '\n') continue;
    if (i + 1 == lines.size() || !continues(lines[i].text, lines[i + 1].text)) return text.substr(from, end - from);
    ++i;
  }
  return text.substr(from, limit - from);
}

// The sections postings have and resumes do not; they weigh towards a posting, and cue
// phrases are looked for only in them, in a summary and outside any section: a resume's
// job description ("Acme is a leading provider of...") is work, not an employer's blurb.
bool is_posting_section(std::string_view name) {
  constexpr std::array kPostingSections = {"responsibilities", "requirements", "preferred", "benefits",
                                           "company", "equal-opportunity", "how-to-apply"};
  return std::find(kPostingSections.begin(), kPostingSections.end(), name) != kPostingSections.end();
}

bool takes_cues(std::string_view section) { return section.empty() || section == "summary" || is_posting_section(section); }

// The canonical section lines[i] is a heading of, or empty.
std::string_view heading_name(const std::vector<Line>& lines, std::size_t i, const SectionVocabulary& vocabulary) {
  const std::string_view line = trim(lines[i].text);
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
  return name;
}

// Ends the last section at `offset` unless it ended before.
void end_last(std::vector<Section>& sections, std::size_t offset) {
  if (sections.empty()) return;
  Section& last = sections.back();
  last.length = std::min(last.length, offset - last.offset);
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
  by_heading_.emplace(normalize_words(heading), std::string(canonical));
}

void SectionVocabulary::add_name_prefix(std::string_view canonical, std::string_view prefix) {
  name_prefixes_.push_back({normalize_words(prefix) + ' ', std::string(canonical)});
}

void SectionVocabulary::add_cue(std::string_view canonical, std::string_view phrase) {
  std::string words = normalize_words(phrase);
  if (words.empty()) return;
  auto& starting = cues_[words.substr(0, words.find(' '))];
  // Longer phrases first, so that the most specific of those starting at a word wins.
  const auto at = std::find_if(starting.begin(), starting.end(), [&](const Phrase& p) { return p.words.size() < words.size(); });
  starting.insert(at, {std::move(words), std::string(canonical)});
}

std::string_view SectionVocabulary::canonical(std::string_view heading) const {
  const std::string normalized = normalize_words(heading);
  const auto it = by_heading_.find(normalized);
  return it == by_heading_.end() ? named(heading, normalized) : std::string_view(it->second);
}

// "About Globex", "Life at Acme": a known start, then one to three capitalised words.
std::string_view SectionVocabulary::named(std::string_view heading, const std::string& normalized) const {
  constexpr std::size_t kMaxNameWords = 3;
  for (const Phrase& prefix : name_prefixes_) {
    if (normalized.compare(0, prefix.words.size(), prefix.words) != 0) continue;
    const auto prefix_words = static_cast<std::size_t>(std::count(prefix.words.begin(), prefix.words.end(), ' '));
    std::size_t words = 0;
    bool capitalised = true;
    for (std::size_t i = 0; i < heading.size(); ++i) {
      if (heading[i] == ' ' || (i > 0 && heading[i - 1] != ' ')) continue;
      if (++words > prefix_words) capitalised = capitalised && heading[i] >= 'A' && heading[i] <= 'Z';
    }
    if (capitalised && words > prefix_words && words <= prefix_words + kMaxNameWords) return prefix.canonical;
  }
  return {};
}

std::string_view SectionVocabulary::cued(std::string_view opening) const {
  if (cues_.empty()) return {};
  const std::string words = normalize_words(opening);
  for (std::size_t at = 0; at < words.size();) {
    const std::size_t word_end = std::min(words.find(' ', at), words.size());
    if (const auto starting = cues_.find(words.substr(at, word_end - at)); starting != cues_.end()) {
      for (const Phrase& cue : starting->second) {
        const std::size_t end = at + cue.words.size();
        if (words.compare(at, cue.words.size(), cue.words) == 0 && (end == words.size() || words[end] == ' ')) {
          return cue.canonical;
        }
      }
    }
    at = word_end + 1;
  }
  return {};
}

std::vector<Section> detect_sections(std::string_view text, const SectionVocabulary& vocabulary) {
  std::vector<Section> sections;
  const auto open = [&](std::string_view name, std::size_t offset) {
    end_last(sections, offset);
    sections.push_back({std::string(name), offset, text.size() - offset});
  };
  const std::vector<Line> lines = split_lines(text);
  std::string_view headed;   // the section the last heading opened; it goes on after a cued paragraph
  bool in_cued = false;      // inside a paragraph a cue phrase made a section
  bool starts_unit = true;   // the next line starts a paragraph, or a sentence or list of its own
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i].text);
    if (line.empty()) {
      if (in_cued) end_last(sections, lines[i].offset);
      starts_unit = true;
      continue;
    }
    if (is_underline(line)) continue;
    if (const std::string_view name = heading_name(lines, i, vocabulary); !name.empty()) {
      open(name, lines[i].offset);
      headed = name;
      in_cued = false;
      starts_unit = true;
      continue;
    }
    if (starts_unit) {
      std::string_view cued = takes_cues(headed) ? vocabulary.cued(first_sentence(text, lines, i)) : "";
      if (cued == headed) cued = {};  // the heading said so already
      if (!cued.empty()) {
        open(cued, lines[i].offset);
      } else if (in_cued && !headed.empty()) {
        open(headed, lines[i].offset);
      } else if (in_cued) {
        end_last(sections, lines[i].offset);
      }
      in_cued = !cued.empty();
    }
    starts_unit = i + 1 < lines.size() && !continues(line, lines[i + 1].text);
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
    if (is_posting_section(section.name)) {
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
