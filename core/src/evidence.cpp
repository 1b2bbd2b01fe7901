#include <skillmatch/evidence.hpp>

#include <algorithm>
#include <map>

#include <skillmatch/text_cut.hpp>

namespace skillmatch {
namespace {

constexpr std::size_t kSnippetBytes = 200;

struct WorkEntry {
  std::size_t begin;
  std::size_t end;
  YearMonth start;
  YearMonth finish;
  bool project = false;
  std::string heading;
};

// The lines of a document, found once: searching from each mention back and forward to
// its line's ends read a one-line document once per mention (a 10 MB one never finished).
class LineStarts {
 public:
  explicit LineStarts(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) starts_.push_back(i + 1);
  }
  // The line holding byte `offset`, without its line break.
  std::string_view around(std::size_t offset) const {
    const auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const std::size_t start = *(next - 1);
    const std::size_t end = next == starts_.end() ? text_.size() : *next - 1;
    return text_.substr(start, end - start);
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// The line without its bullet (as whole characters: a byte set once stripped the first
// byte of "◦" and left two broken ones), cut at a grapheme boundary.
std::string snippet_of(std::string_view line) { return shorten(strip_bullet(line), kSnippetBytes); }

// A line that says something ("Served PyTorch models on Kubernetes for 3 teams") rather
// than listing names ("Python, SQL, Docker").
// A fragment is prose too short to be a sentence on its own: in a dated job it is the
// wrapped end of a bullet ("PySpark jobs on Databricks."), not a list.
enum class LineKind { kList, kFragment, kSentence };

LineKind line_kind(std::string_view line) {
  int words = 0, commas = 0;
  bool in_word = false;
  for (char c : line) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
    if (c == ',' || c == '|' || c == ';') ++commas;
  }
  if (commas * 3 >= words || words == 0) return LineKind::kList;
  return words >= 6 ? LineKind::kSentence : LineKind::kFragment;
}

bool is_work_section(std::string_view section) {
  return section.empty() || section == "experience" || section == "projects" || section == "publications";
}

bool is_project_section(std::string_view section) { return section == "projects" || section == "publications"; }

// A heading without the separators its dates leave behind ("Data Engineer, Acme | ", "(",
// an en or em dash), removed as whole characters.
std::string_view trim_heading(std::string_view text) {
  constexpr std::string_view kLoose = " \t|,;:()[]-";
  constexpr std::string_view kDashes[] = {"\xE2\x80\x93", "\xE2\x80\x94"};
  for (bool changed = true; changed && !text.empty();) {
    changed = false;
    if (kLoose.find(text.front()) != std::string_view::npos) text.remove_prefix(1), changed = true;
    if (!text.empty() && kLoose.find(text.back()) != std::string_view::npos) text.remove_suffix(1), changed = true;
    for (const std::string_view dash : kDashes) {
      if (text.starts_with(dash)) text.remove_prefix(dash.size()), changed = true;
      if (text.ends_with(dash)) text.remove_suffix(dash.size()), changed = true;
    }
  }
  return text;
}

bool has_letter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalpha(c) != 0; });
}

// What names an entry: its date line without the dates, or, when the dates stand alone
// on their line, the line above (the title or employer written over them).
std::string entry_heading(std::string_view text, std::size_t line_start, std::size_t date_offset, std::size_t date_length) {
  const std::size_t line_end = std::min(text.find('\n', line_start), text.size());
  std::string heading(text.substr(line_start, date_offset - line_start));
  if (date_offset + date_length < line_end) heading += " " + std::string(text.substr(date_offset + date_length, line_end - date_offset - date_length));
  if (!has_letter(heading) && line_start > 1) {
    const std::size_t above = text.rfind('\n', line_start - 2);
    const std::size_t from = above == std::string_view::npos ? 0 : above + 1;
    heading = std::string(text.substr(from, line_start - 1 - from));
  }
  return std::string(trim_heading(strip_bullet(heading)));
}

// Whether a mention's line is a sentence, worked out once per line: mentions of different
// skills share lines, and a profile judges every mention.
class SentenceLines {
 public:
  SentenceLines(std::string_view text, const LineStarts& lines) : text_(text), lines_(lines) {}

  LineKind at(const Mention& mention) {
    const std::string_view line = lines_.around(mention.offset);
    const auto start = static_cast<std::size_t>(line.data() - text_.data());
    // Keyed by the line number, checked against the line's start: a wrong number costs
    // a recount, never a wrong answer.
    if (mention.line >= known_.size()) known_.resize(mention.line + 1, {std::string_view::npos, LineKind::kList});
    Known& known = known_[mention.line];
    if (known.start != start) known = {start, line_kind(line)};
    return known.kind;
  }

 private:
  struct Known {
    std::size_t start;
    LineKind kind;
  };
  std::string_view text_;
  const LineStarts& lines_;
  std::vector<Known> known_;
};

Strength strength_of(const Mention& mention, SentenceLines& lines, bool in_work_entry) {
  const std::string& s = mention.section;
  if (s == "summary") return Strength::kSummary;
  if (s == "skills" || s == "languages" || s == "certifications" || s == "education" || s == "interests") {
    return Strength::kListed;
  }
  if (!is_work_section(s) && !in_work_entry) return Strength::kListed;
  const LineKind kind = lines.at(mention);
  if (kind == LineKind::kSentence || (in_work_entry && kind == LineKind::kFragment)) return Strength::kDemonstrated;
  return Strength::kListed;
}

// Dated work entries: the parser's structured ones, else ranges found in work sections,
// each running from its line to the next range's line or the end of its section.
std::vector<WorkEntry> work_entries(const Document& document, YearMonth today) {
  std::vector<WorkEntry> entries;
  for (const auto& dated : document.dated_entries) {
    const auto start = YearMonth::parse(dated.start);
    auto finish = dated.end == "present" || dated.end.empty() ? std::optional(today) : YearMonth::parse(dated.end);
    if (!start || !finish || *finish < *start) continue;
    const Section* section = section_at(document.sections, dated.offset);
    const std::string_view text = document.text;
    const std::size_t line_end = std::min(text.find('\n', dated.offset), text.size());
    entries.push_back({dated.offset, dated.offset + dated.length, *start, std::min(*finish, today),
                       section != nullptr && is_project_section(section->name),
                       std::string(trim_heading(text.substr(dated.offset, line_end - dated.offset)))});
  }
  if (!entries.empty()) return entries;
  const std::string_view text = document.text;
  for (const auto& range : find_date_ranges(text, today)) {
    const Section* section = section_at(document.sections, range.offset);
    if (!is_work_section(section == nullptr ? "" : section->name)) continue;
    const std::size_t line_start = range.offset == 0 ? 0 : text.rfind('\n', range.offset - 1) + 1;
    const std::size_t section_end = section == nullptr ? text.size() : section->offset + section->length;
    if (!entries.empty() && entries.back().end > line_start) entries.back().end = line_start;
    entries.push_back({line_start, section_end, range.start, range.end, section != nullptr && is_project_section(section->name),
                       entry_heading(text, line_start, range.offset, range.length)});
  }
  return entries;
}

}  // namespace

std::string_view to_string(Strength strength) {
  switch (strength) {
    case Strength::kDemonstrated: return "demonstrated";
    case Strength::kListed: return "listed";
    case Strength::kSummary: return "summary";
    case Strength::kImplied: return "implied";
    case Strength::kNone: break;
  }
  return "none";
}

const SkillEvidence* CandidateProfile::find(std::size_t skill) const {
  const auto it = std::lower_bound(skills.begin(), skills.end(), skill,
                                   [](const SkillEvidence& e, std::size_t s) { return e.skill < s; });
  return it != skills.end() && it->skill == skill ? &*it : nullptr;
}

namespace {

constexpr std::size_t kMaxHeadlines = 4;
constexpr std::size_t kUndatedSectionBytes = 80;  // shorter: a heading and a line, not entries

// The lines above the first section: a name, a headline ("Senior Data Engineer"), contacts.
std::vector<std::string> headlines_of(const Document& document) {
  const std::size_t end = document.sections.empty() ? document.text.size() : document.sections.front().offset;
  std::vector<std::string> out;
  std::string_view head = std::string_view(document.text).substr(0, end);
  while (!head.empty() && out.size() < kMaxHeadlines) {
    const std::size_t eol = std::min(head.find('\n'), head.size());
    const std::string_view line = trim_heading(head.substr(0, eol));
    if (has_letter(line)) out.emplace_back(line);
    head.remove_prefix(std::min(eol + 1, head.size()));
  }
  return out;
}

// An Experience section with entries in it and no date read in any: its years are unknown,
// which a reader must be told rather than shown 0.
bool has_undated_work(const Document& document, const std::vector<WorkEntry>& entries) {
  for (const auto& section : document.sections) {
    if (section.name != "experience" || section.length < kUndatedSectionBytes) continue;
    const bool dated = std::any_of(entries.begin(), entries.end(), [&](const WorkEntry& e) {
      return e.begin >= section.offset && e.begin < section.offset + section.length;
    });
    if (!dated) return true;
  }
  return false;
}

// Whether a mention is in a job: inside a dated entry that is not a project, or in the
// Experience section.
bool is_job(const Mention& mention, const WorkEntry* entry) {
  return entry != nullptr ? !entry->project : mention.section == "experience";
}

Position position_of(const WorkEntry& entry, std::size_t document) {
  return {document, entry.heading, entry.start, entry.finish, entry.project, {}};
}

}  // namespace

namespace {

// Folds documents one at a time into a profile: per skill its strongest evidence, the
// months of the jobs showing it, and the positions.
class ProfileBuilder {
 public:
  ProfileBuilder(YearMonth today, EvidenceDetail detail) : today_(today), detail_(detail) {}

  void add(const ExtractedDocument& item, std::size_t d) {
    const Document& document = item.document;
    profile_.sources.push_back(document.source);
    if (profile_.title.empty()) profile_.title = document.title;
    if (d == 0) profile_.headlines = headlines_of(document);
    const std::vector<WorkEntry> entries = work_entries(document, today_);
    profile_.undated_work = profile_.undated_work || has_undated_work(document, entries);
    const std::size_t first_position = profile_.positions.size();
    for (const auto& entry : entries) {
      profile_.positions.push_back(position_of(entry, d));
      if (!entry.project) all_periods_.emplace_back(entry.start, entry.finish);  // a project is no job
    }
    const LineStarts line_starts(document.text);
    SentenceLines lines(document.text, line_starts);
    for (const auto& hit : item.extraction.skills) {
      SkillEvidence& evidence = by_skill_[hit.skill];
      evidence.skill = hit.skill;
      if (hit.mentions.empty()) {
        evidence.strength = std::max(evidence.strength, Strength::kImplied);
        evidence.implied_by.insert(evidence.implied_by.end(), hit.implied_by.begin(), hit.implied_by.end());
        continue;
      }
      for (const auto& mention : hit.mentions) {
        if (mention.negated) continue;
        const auto entry = std::find_if(entries.begin(), entries.end(), [&](const WorkEntry& e) {
          return mention.offset >= e.begin && mention.offset < e.end;
        });
        const WorkEntry* in_entry = entry == entries.end() ? nullptr : &*entry;
        judge(evidence, mention, in_entry, lines, [&] { return snippet_of(line_starts.around(mention.offset)); }, d);
        if (in_entry == nullptr) continue;
        profile_.positions[first_position + static_cast<std::size_t>(entry - entries.begin())].skills.push_back(hit.skill);
        if (!in_entry->project) periods_[hit.skill].emplace_back(in_entry->start, in_entry->finish);
        if (!evidence.last_used || *evidence.last_used < in_entry->finish) evidence.last_used = in_entry->finish;
      }
    }
  }

  CandidateProfile finish() && {
    profile_.experience_months = union_months(all_periods_);
    profile_.as_of = today_;
    for (auto& position : profile_.positions) {
      std::sort(position.skills.begin(), position.skills.end());
      position.skills.erase(std::unique(position.skills.begin(), position.skills.end()), position.skills.end());
    }
    for (auto& [skill, evidence] : by_skill_) {
      if (evidence.strength == Strength::kNone) continue;  // only negated mentions
      if (const auto it = periods_.find(skill); it != periods_.end()) evidence.months = union_months(it->second);
      std::sort(evidence.implied_by.begin(), evidence.implied_by.end());
      evidence.implied_by.erase(std::unique(evidence.implied_by.begin(), evidence.implied_by.end()), evidence.implied_by.end());
      profile_.skills.push_back(std::move(evidence));
    }
    return std::move(profile_);
  }

 private:
  // A mention's strength, and whether it shows the skill in a job; the snippet is made only
  // when mentions are kept.
  template <typename Snippet>
  void judge(SkillEvidence& evidence, const Mention& mention, const WorkEntry* entry, SentenceLines& lines,
             Snippet&& snippet, std::size_t d) {
    // Without mentions to record, a skill already shown at work needs no more looks.
    if (detail_ == EvidenceDetail::kScoreOnly && evidence.at_work) return;
    const Strength strength = strength_of(mention, lines, entry != nullptr);
    evidence.strength = std::max(evidence.strength, strength);
    evidence.at_work = evidence.at_work || (strength == Strength::kDemonstrated && is_job(mention, entry));
    if (detail_ == EvidenceDetail::kMentions) {
      evidence.mentions.push_back({d, mention.offset, mention.length, mention.line, mention.section, snippet(), strength});
    }
  }

  YearMonth today_;
  EvidenceDetail detail_;
  CandidateProfile profile_;
  std::map<std::size_t, SkillEvidence> by_skill_;
  std::map<std::size_t, std::vector<std::pair<YearMonth, YearMonth>>> periods_;
  std::vector<std::pair<YearMonth, YearMonth>> all_periods_;
};

}  // namespace

CandidateProfile build_profile(const std::vector<ExtractedDocument>& documents, YearMonth today, EvidenceDetail detail) {
  ProfileBuilder builder(today, detail);
  for (std::size_t d = 0; d < documents.size(); ++d) builder.add(documents[d], d);
  return std::move(builder).finish();
}

}  // namespace skillmatch
