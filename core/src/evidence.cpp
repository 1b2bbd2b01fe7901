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
bool is_sentence(std::string_view line) {
  int words = 0, commas = 0;
  bool in_word = false;
  for (char c : line) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
    if (c == ',' || c == '|' || c == ';') ++commas;
  }
  return words >= 6 && commas * 3 < words;
}

bool is_work_section(std::string_view section) {
  return section.empty() || section == "experience" || section == "projects" || section == "publications";
}

// Whether a mention's line is a sentence, worked out once per line: mentions of different
// skills share lines, and a profile judges every mention.
class SentenceLines {
 public:
  SentenceLines(std::string_view text, const LineStarts& lines) : text_(text), lines_(lines) {}

  bool at(const Mention& mention) {
    const std::string_view line = lines_.around(mention.offset);
    const auto start = static_cast<std::size_t>(line.data() - text_.data());
    // Keyed by the line number, checked against the line's start: a wrong number costs
    // a recount, never a wrong answer.
    if (mention.line >= known_.size()) known_.resize(mention.line + 1, {std::string_view::npos, false});
    Known& known = known_[mention.line];
    if (known.start != start) known = {start, is_sentence(line)};
    return known.sentence;
  }

 private:
  struct Known {
    std::size_t start;
    bool sentence;
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
  if ((is_work_section(s) || in_work_entry) && lines.at(mention)) return Strength::kDemonstrated;
  return Strength::kListed;
}

// Dated work entries: the parser's structured ones, else ranges found in work sections,
// each running from its line to the next range's line or the end of its section.
std::vector<WorkEntry> work_entries(const Document& document, const LineStarts& lines, YearMonth today) {
  std::vector<WorkEntry> entries;
  for (const auto& dated : document.dated_entries) {
    const auto start = YearMonth::parse(dated.start);
    auto finish = dated.end == "present" || dated.end.empty() ? std::optional(today) : YearMonth::parse(dated.end);
    if (!start || !finish || *finish < *start) continue;
    entries.push_back({dated.offset, dated.offset + dated.length, *start, std::min(*finish, today)});
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
    entries.push_back({line_start, section_end, range.start, range.end});
  }
  return entries;
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

ProfileBuilder::ProfileBuilder(YearMonth today, EvidenceDetail detail) : today_(today), detail_(detail) {}

void ProfileBuilder::add(const ExtractedDocument& item) {
  const Document& document = item.document;
  const std::size_t d = profile_.sources.size();
  profile_.sources.push_back(document.source);
  if (profile_.title.empty()) profile_.title = document.title;
  const LineStarts line_starts(document.text);
  const std::vector<WorkEntry> entries = work_entries(document, line_starts, today_);
  const bool entries_disjoint = std::adjacent_find(entries.begin(), entries.end(), [](const WorkEntry& a, const WorkEntry& b) {
                                  return b.begin < a.end;
                                }) == entries.end();
  SentenceLines lines(document.text, line_starts);
  for (const auto& entry : entries) all_periods_.emplace_back(entry.start, entry.finish);
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
      const auto entry = entry_at(entries, entries_disjoint, mention.offset);
      const std::string_view section = mention.section_name(document);
      if (detail_ == EvidenceDetail::kMentions) {
        const Strength strength = strength_of(mention, section, lines, entry != entries.end());
        evidence.strength = std::max(evidence.strength, strength);
        // Only what a report shows is kept: a snippet per mention was most of a large
        // resume's profile.
        const std::size_t position = shown_position(evidence.mentions, strength);
        if (position < kEvidenceShown) {
          place(evidence.mentions, position,
                {d, mention.offset, mention.length, mention.line, std::string(section),
                 snippet_of(line_starts.around(mention.offset)), strength});
        }
      } else if (evidence.strength != Strength::kDemonstrated) {
        // Without mentions to record, a skill already at the strongest needs no more looks.
        evidence.strength = std::max(evidence.strength, strength_of(mention, section, lines, entry != entries.end()));
      }
      if (entry != entries.end()) {
        // Consecutive mentions in one entry add its period once: the union is the same.
        auto& skill_periods = periods_[hit.skill];
        if (skill_periods.empty() || skill_periods.back() != std::pair(entry->start, entry->finish)) {
          skill_periods.emplace_back(entry->start, entry->finish);
        }
        if (!evidence.last_used || *evidence.last_used < entry->finish) evidence.last_used = entry->finish;
      }
    }
  }
}

void ProfileBuilder::merge(ProfileBuilder&& later) {
  const std::size_t first = profile_.sources.size();
  for (auto& source : later.profile_.sources) profile_.sources.push_back(std::move(source));
  if (profile_.title.empty()) profile_.title = std::move(later.profile_.title);
  all_periods_.insert(all_periods_.end(), later.all_periods_.begin(), later.all_periods_.end());
  for (auto& [skill, theirs] : later.by_skill_) {
    SkillEvidence& evidence = by_skill_[skill];
    evidence.skill = skill;
    evidence.strength = std::max(evidence.strength, theirs.strength);
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
  for (auto& [skill, evidence] : by_skill_) {
    if (evidence.strength == Strength::kNone) continue;  // only negated mentions
    if (const auto it = periods_.find(skill); it != periods_.end()) evidence.months = union_months(it->second);
    std::sort(evidence.implied_by.begin(), evidence.implied_by.end());
    evidence.implied_by.erase(std::unique(evidence.implied_by.begin(), evidence.implied_by.end()), evidence.implied_by.end());
    profile_.skills.push_back(std::move(evidence));
  }
  return std::move(profile_);
}

CandidateProfile build_profile(const std::vector<ExtractedDocument>& documents, YearMonth today, EvidenceDetail detail) {
  ProfileBuilder builder(today, detail);
  for (const auto& item : documents) builder.add(item);
  return std::move(builder).finish();
}

}  // namespace skillmatch
