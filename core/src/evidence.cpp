#include <skillmatch/evidence.hpp>

#include <algorithm>
#include <map>

#include <skillmatch/resume_structure.hpp>
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
  bool ongoing = false;
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

constexpr std::size_t kHeadingBytes = 160;  // a title and an employer; more of a line is not its heading

// `text` from `from` to `to`, both moved off the middle of a UTF-8 sequence.
std::string_view whole_characters(std::string_view text, std::size_t from, std::size_t to) {
  const auto continuation = [&](std::size_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
  while (from < to && continuation(from)) ++from;
  while (to > from && continuation(to)) --to;
  return text.substr(from, to - from);
}

// What names an entry: its date line without the dates, or, when the dates stand alone
// on their line, the line above (the title or employer written over them). Only
// kHeadingBytes either side of the dates are read: a one-line resume of thousands of
// entries is one line, and reading it whole for each entry was quadratic.
std::string entry_heading(std::string_view text, std::size_t line_start, std::size_t date_offset, std::size_t date_length) {
  const std::size_t after = date_offset + date_length;
  const std::string_view rest = text.substr(after, kHeadingBytes);
  const std::size_t line_end = after + std::min(rest.find('\n'), rest.size());
  const std::size_t from = std::max(line_start, date_offset > kHeadingBytes ? date_offset - kHeadingBytes : 0);
  std::string heading(whole_characters(text, from, date_offset));
  if (after < line_end) heading += " " + std::string(whole_characters(text, after, line_end));
  // The line above, past blank lines: Markdown and HTML put a blank line between a
  // heading and its dates.
  std::size_t above_end = line_start;
  while (above_end > 1 && text[above_end - 1] == '\n' && text[above_end - 2] == '\n') --above_end;
  if (!has_letter(heading) && above_end > 1) {
    const std::size_t window = above_end - 1 > kHeadingBytes ? above_end - 1 - kHeadingBytes : 0;
    const std::string_view above = text.substr(window, above_end - 1 - window);
    const std::size_t newline = above.rfind('\n');
    heading = std::string(whole_characters(text, newline == std::string_view::npos ? window : window + newline + 1, above_end - 1));
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

Strength strength_of(const Mention& mention, std::string_view s, SentenceLines& lines, bool in_work_entry) {
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
std::vector<WorkEntry> work_entries(const Document& document, const LineStarts& lines, YearMonth today) {
  std::vector<WorkEntry> entries;
  for (const auto& dated : document.dated_entries) {
    const auto start = YearMonth::parse(dated.start);
    const bool ongoing = dated.end == "present" || dated.end.empty();
    auto finish = ongoing ? std::optional(today) : YearMonth::parse(dated.end);
    if (!start || !finish || *finish < *start) continue;
    const Section* section = section_at(document.sections, dated.offset);
    const std::string_view text = document.text;
    const std::size_t line_end = std::min(text.find('\n', dated.offset), text.size());
    entries.push_back({dated.offset, dated.offset + dated.length, *start, std::min(*finish, today),
                       section != nullptr && is_project_section(section->name),
                       std::string(trim_heading(text.substr(dated.offset, line_end - dated.offset))), ongoing});
  }
  if (!entries.empty()) return entries;
  const std::string_view text = document.text;
  for (const auto& range : find_date_ranges(text, today)) {
    const Section* section = section_at(document.sections, range.offset);
    if (!is_work_section(section == nullptr ? "" : section->name)) continue;
    // Not searched back from the range: a one-line document was read once per range.
    const auto line_start = static_cast<std::size_t>(lines.around(range.offset).data() - text.data());
    const std::size_t section_end = section == nullptr ? text.size() : section->offset + section->length;
    if (!entries.empty() && entries.back().end > line_start) entries.back().end = line_start;
    entries.push_back({line_start, section_end, range.start, range.end, section != nullptr && is_project_section(section->name),
                       entry_heading(text, line_start, range.offset, range.length), range.ongoing});
  }
  return entries;
}

// Whether `entries` are sorted and apart, as the ranges work_entries finds are.
bool entries_disjoint(const std::vector<WorkEntry>& entries) {
  return std::adjacent_find(entries.begin(), entries.end(), [](const WorkEntry& a, const WorkEntry& b) {
           return b.begin < a.end;
         }) == entries.end();
}

// The first of `entries` holding byte `offset`, or end(). Found by binary search when they
// are sorted and apart (the ranges work_entries finds are): a one-line resume has thousands
// of entries and every mention was tested against each.
std::vector<WorkEntry>::const_iterator entry_at(const std::vector<WorkEntry>& entries, bool disjoint, std::size_t offset) {
  const auto holds = [offset](const WorkEntry& e) { return offset >= e.begin && offset < e.end; };
  if (!disjoint) return std::find_if(entries.begin(), entries.end(), holds);
  const auto after = std::upper_bound(entries.begin(), entries.end(), offset,
                                      [](std::size_t at, const WorkEntry& e) { return at < e.begin; });
  return after != entries.begin() && holds(*std::prev(after)) ? std::prev(after) : entries.end();
}

// Where a mention of `strength` goes among a skill's shown ones (strongest first, earlier
// first among equals: what a stable sort by strength would put first), or kEvidenceShown
// when it does not make the cut.
std::size_t shown_position(const std::vector<EvidenceRef>& shown, Strength strength) {
  std::size_t position = 0;
  while (position < shown.size() && shown[position].strength >= strength) ++position;
  return position;
}

// Puts `ref` at `position` (from shown_position) and drops what falls past kEvidenceShown.
void place(std::vector<EvidenceRef>& shown, std::size_t position, EvidenceRef ref) {
  shown.insert(shown.begin() + static_cast<long>(position), std::move(ref));
  if (shown.size() > kEvidenceShown) shown.pop_back();
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
// A longer line is prose, not a name or a headline: a document on one line is one such line,
// and its words were read (and held) as a title.
constexpr std::size_t kMaxHeadlineBytes = 200;
constexpr std::size_t kUndatedSectionBytes = 80;  // shorter: a heading and a line, not entries

// The lines above the first section: a name, a headline ("Senior Data Engineer"), contacts.
std::vector<std::string> headlines_of(const Document& document) {
  const std::size_t end = document.sections.empty() ? document.text.size() : document.sections.front().offset;
  std::vector<std::string> out;
  std::string_view head = std::string_view(document.text).substr(0, end);
  while (!head.empty() && out.size() < kMaxHeadlines) {
    const std::size_t eol = std::min(head.find('\n'), head.size());
    const std::string_view line = trim_heading(head.substr(0, eol));
    if (line.size() <= kMaxHeadlineBytes && has_letter(line)) out.emplace_back(line);
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

// Whether a mention in `section` is in a job: inside a dated entry that is not a project, or
// in the Experience section.
bool is_job(std::string_view section, const WorkEntry* entry) {
  return entry != nullptr ? !entry->project : section == "experience";
}

// Appends each of a document's entries to `out` as a Position of document `d`, with the
// skills whose mentions (not negated) fall in it, sorted, once each. Appended in place: a
// vector of them moved over afterwards held a JSON Resume's thousands of positions twice.
void add_positions(std::vector<Position>& out, const std::vector<WorkEntry>& entries, const Extraction& extraction,
                   std::size_t d) {
  const std::size_t first = out.size();
  for (const auto& entry : entries) out.push_back({d, entry.heading, entry.start, entry.finish, entry.project, {}, entry.ongoing});
  const bool disjoint = entries_disjoint(entries);
  for (const auto& hit : extraction.skills) {
    for (const auto& mention : hit.mentions) {
      if (mention.negated) continue;
      const auto entry = entry_at(entries, disjoint, mention.offset);
      if (entry != entries.end()) out[first + static_cast<std::size_t>(entry - entries.begin())].skills.push_back(hit.skill);
    }
  }
  for (auto position = out.begin() + static_cast<long>(first); position != out.end(); ++position) {
    std::sort(position->skills.begin(), position->skills.end());
    position->skills.erase(std::unique(position->skills.begin(), position->skills.end()), position->skills.end());
  }
}

// Folds one mention into its skill's evidence: strength, whether it shows the skill in a job, and
// (with kMentions) the strongest few mentions, the snippet made only for those.
void judge(SkillEvidence& evidence, const Mention& mention, std::string_view section, const WorkEntry* entry,
           SentenceLines& lines, const LineStarts& line_starts, std::size_t d, EvidenceDetail detail) {
  // Without mentions to record, a skill already shown at work needs no more looks.
  if (detail == EvidenceDetail::kScoreOnly && evidence.at_work) return;
  const Strength strength = strength_of(mention, section, lines, entry != nullptr);
  evidence.strength = std::max(evidence.strength, strength);
  evidence.at_work = evidence.at_work || (strength == Strength::kDemonstrated && is_job(section, entry));
  if (detail != EvidenceDetail::kMentions) return;
  // Only what a report shows is kept: a snippet per mention was most of a large resume's profile.
  const std::size_t position = shown_position(evidence.mentions, strength);
  if (position < kEvidenceShown) {
    place(evidence.mentions, position,
          {d, mention.offset, mention.length, mention.line, std::string(section), snippet_of(line_starts.around(mention.offset)),
           strength});
  }
}

}  // namespace

ProfileBuilder::ProfileBuilder(YearMonth today, EvidenceDetail detail) : today_(today), detail_(detail) {}

void ProfileBuilder::add(const Document& document, const Extraction& extraction) {
  const std::size_t d = profile_.sources.size();
  profile_.sources.push_back(document.source);
  if (profile_.title.empty()) profile_.title = document.title;
  if (d == 0) profile_.headlines = headlines_of(document);
  const LineStarts line_starts(document.text);
  const std::vector<WorkEntry> entries = work_entries(document, line_starts, today_);
  profile_.undated_work = profile_.undated_work || has_undated_work(document, entries);
  profile_.degree = std::max(profile_.degree, static_cast<int>(degree_shown(document)));
  const bool disjoint = entries_disjoint(entries);
  for (const auto& entry : entries) {
    if (!entry.project) all_periods_.emplace_back(entry.start, entry.finish);  // a project is no job
  }
  SentenceLines lines(document.text, line_starts);
  for (const auto& hit : extraction.skills) {
    SkillEvidence& evidence = by_skill_[hit.skill];
    evidence.skill = hit.skill;
    if (hit.mentions.empty()) {
      evidence.strength = std::max(evidence.strength, Strength::kImplied);
      evidence.implied_by.insert(evidence.implied_by.end(), hit.implied_by.begin(), hit.implied_by.end());
      continue;
    }
    for (const auto& mention : hit.mentions) {
      if (mention.negated) continue;
      ++evidence.mentioned;
      const auto entry = entry_at(entries, disjoint, mention.offset);
      const WorkEntry* in_entry = entry == entries.end() ? nullptr : &*entry;
      judge(evidence, mention, mention.section_name(document), in_entry, lines, line_starts, d, detail_);
      if (in_entry == nullptr) continue;
      if (!in_entry->project) {
        // Consecutive mentions in one entry add its period once: the union is the same.
        auto& skill_periods = periods_[hit.skill];
        if (skill_periods.empty() || skill_periods.back() != std::pair(in_entry->start, in_entry->finish)) {
          skill_periods.emplace_back(in_entry->start, in_entry->finish);
        }
      }
      if (!evidence.last_used || *evidence.last_used < in_entry->finish) evidence.last_used = in_entry->finish;
    }
  }
  // Positions last: added before the evidence above, a 50 MB JSON Resume's `match` peaked
  // 15 MB higher (/usr/bin/time, 200 MB before); why was not pinned down.
  add_positions(profile_.positions, entries, extraction, d);
}

void ProfileBuilder::merge(ProfileBuilder&& later) {
  const std::size_t first = profile_.sources.size();
  for (auto& source : later.profile_.sources) profile_.sources.push_back(std::move(source));
  if (profile_.title.empty()) profile_.title = std::move(later.profile_.title);
  if (first == 0) profile_.headlines = std::move(later.profile_.headlines);
  profile_.undated_work = profile_.undated_work || later.profile_.undated_work;
  profile_.degree = std::max(profile_.degree, later.profile_.degree);
  for (auto& position : later.profile_.positions) {
    position.document += first;
    profile_.positions.push_back(std::move(position));
  }
  all_periods_.insert(all_periods_.end(), later.all_periods_.begin(), later.all_periods_.end());
  for (auto& [skill, theirs] : later.by_skill_) {
    SkillEvidence& evidence = by_skill_[skill];
    evidence.skill = skill;
    evidence.strength = std::max(evidence.strength, theirs.strength);
    evidence.at_work = evidence.at_work || theirs.at_work;
    evidence.mentioned += theirs.mentioned;
    if (theirs.last_used && (!evidence.last_used || *evidence.last_used < *theirs.last_used)) evidence.last_used = theirs.last_used;
    evidence.implied_by.insert(evidence.implied_by.end(), theirs.implied_by.begin(), theirs.implied_by.end());
    // Theirs come after ours in document order: placed as if added one by one.
    for (auto& ref : theirs.mentions) {
      const std::size_t position = shown_position(evidence.mentions, ref.strength);
      if (position >= kEvidenceShown) continue;
      ref.document += first;
      place(evidence.mentions, position, std::move(ref));
    }
  }
  for (auto& [skill, theirs] : later.periods_) {
    auto& ours = periods_[skill];
    ours.insert(ours.end(), theirs.begin(), theirs.end());
  }
}

CandidateProfile ProfileBuilder::finish() && {
  profile_.experience_months = union_months(all_periods_);
  profile_.as_of = today_;
  for (auto& [skill, evidence] : by_skill_) {
    if (evidence.strength == Strength::kNone) continue;  // only negated mentions
    if (const auto it = periods_.find(skill); it != periods_.end()) evidence.months = union_months(it->second);
    std::sort(evidence.implied_by.begin(), evidence.implied_by.end());
    evidence.implied_by.erase(std::unique(evidence.implied_by.begin(), evidence.implied_by.end()), evidence.implied_by.end());
    profile_.skills.push_back(std::move(evidence));
  }
  return std::move(profile_);
}

std::vector<Position> read_positions(const Document& document, const Extraction& extraction, YearMonth today) {
  std::vector<Position> positions;
  add_positions(positions, work_entries(document, LineStarts(document.text), today), extraction, 0);
  return positions;
}

CandidateProfile build_profile(const std::vector<ExtractedDocument>& documents, YearMonth today, EvidenceDetail detail) {
  ProfileBuilder builder(today, detail);
  for (const auto& item : documents) builder.add(item);
  return std::move(builder).finish();
}

}  // namespace skillmatch
