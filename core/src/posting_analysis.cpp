#include <skillmatch/posting_analysis.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <re2/re2.h>

#include <skillmatch/resume_structure.hpp>

namespace skillmatch {
namespace {

const RE2& preferred_cue() {
  static const RE2 regex(
      R"((?i)\b(?:a plus|is a plus|are a plus|plus\b|nice[- ]to[- ]have|preferred|preferably|ideally|bonus|desirable|an advantage|advantageous|good to have|would be great|optional)\b)",
      RE2::Quiet);
  return regex;
}

// A preferred cue the sentence denies ("required, not optional", "is not a plus") asks for
// the skill as much as no cue does.
const RE2& denied_preferred_cue() {
  static const RE2 regex(
      R"((?i)\b(?:not|never|isn't|isn’t)\s+(?:an?\s+)?(?:optional|plus|bonus|nice[- ]to[- ]have|preferred|advantage)\b)",
      RE2::Quiet);
  return regex;
}

bool says_preferred(std::string_view sentence) {
  if (!RE2::PartialMatch(sentence, preferred_cue())) return false;
  if (!RE2::PartialMatch(sentence, denied_preferred_cue())) return true;
  std::string undenied(sentence);
  RE2::GlobalReplace(&undenied, denied_preferred_cue(), "");
  return RE2::PartialMatch(undenied, preferred_cue());
}

const RE2& required_cue() {
  static const RE2 regex(R"((?i)\b(?:required|requires?|must|mandatory|essential|need to have)\b)", RE2::Quiet);
  return regex;
}

// "5+ years", "at least 3 years", "3-5 years", "minimum of 4 years", "two years".
const RE2& years_regex() {
  static const RE2 regex(
      R"((?i)\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)\b)",
      RE2::Quiet);
  return regex;
}

// What may stand between two alternatives: commas, slashes, "or", "and/or".
const RE2& alternative_gap() {
  static const RE2 regex(R"((?i)\s*(?:,|/|\bor\b|\band/or\b|,\s*or\b)\s*)", RE2::Quiet);
  return regex;
}

bool gap_has_or(std::string_view gap) {
  static const RE2 regex(R"((?i)\bor\b|/)", RE2::Quiet);
  return RE2::PartialMatch(gap, regex);
}

int number_of(std::string_view word) {
  static const std::map<std::string, int, std::less<>> kWords = {{"one", 1}, {"two", 2}, {"three", 3}, {"four", 4},
                                                                {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
                                                                {"nine", 9}, {"ten", 10}};
  std::string lower(word);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (const auto it = kWords.find(lower); it != kWords.end()) return it->second;
  return std::stoi(lower);
}

// The sentence around `offset`: bounded by line breaks and sentence-ending punctuation.
std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t offset) {
  std::size_t start = offset;
  while (start > 0 && text[start - 1] != '\n' && !(text[start - 1] == '.' && start < text.size() && text[start] == ' ')) {
    --start;
  }
  std::size_t end = offset;
  while (end < text.size() && text[end] != '\n' && !(text[end] == '.' && (end + 1 == text.size() || text[end + 1] == ' '))) {
    ++end;
  }
  return {start, end};
}

// The clause around `offset`: its sentence cut at semicolons, so that in "Strong SQL and
// Python; Scala is a plus" the cue "a plus" reaches Scala alone.
std::pair<std::size_t, std::size_t> clause_around(std::string_view text, std::size_t offset) {
  auto [start, end] = sentence_around(text, offset);
  const std::size_t before = text.substr(start, offset - start).rfind(';');
  if (before != std::string_view::npos) start += before + 1;
  const std::size_t after = text.substr(offset, end - offset).find(';');
  if (after != std::string_view::npos) end = offset + after;
  return {start, end};
}

// "5+ years of experience", "3 years' professional experience": a duration of experience
// as such, whatever field follows, is the overall requirement.
bool is_experience_duration(std::string_view after) {
  static const RE2 regex(R"((?i)^'?\s*(?:of\s+)?(?:[a-z-]+\s+){0,2}experience\b)", RE2::Quiet);
  return RE2::PartialMatch(after.substr(0, std::min<std::size_t>(after.size(), 60)), regex);
}

// Skills in parentheses right after a skill ("AWS (S3, EMR, Glue)", "Spark (PySpark or
// Scala)") are examples of it: with it they form one set that any of them meets.
constexpr std::size_t kMaxExampleLead = 40;  // bytes from a skill to the parenthesis of its examples

std::vector<std::vector<std::size_t>> example_groups(std::string_view text,
                                                     const std::vector<std::tuple<std::size_t, std::size_t, std::size_t>>& spans) {
  std::vector<std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const auto& [offset, end, head] = spans[i];
    // The parenthesis may follow the skill at once, or a few words on ("Airflow or a
    // similar orchestrator (Prefect, Dagster)"), with no other skill or clause between.
    const std::size_t open = text.find_first_of("(,;.\n", end);
    if (open == std::string_view::npos || text[open] != '(' || open - end > kMaxExampleLead) continue;
    if (i + 1 < spans.size() && std::get<0>(spans[i + 1]) < open) continue;
    const std::size_t close = text.find_first_of(")\n", open);
    if (close == std::string_view::npos || text[close] != ')') continue;
    std::vector<std::size_t> members;
    for (std::size_t k = i + 1; k < spans.size() && std::get<0>(spans[k]) < close; ++k) members.push_back(std::get<2>(spans[k]));
    std::erase(members, head);
    if (members.empty()) continue;
    members.push_back(head);
    groups.push_back(std::move(members));
  }
  return groups;
}

// A skill's requirement as it is collected, with where the skill is first mentioned.
struct Collected {
  SkillRequirement requirement;
  std::size_t first_offset;
};
using BySkill = std::map<std::size_t, Collected>;
// The mentions that count (not negated, not informational), sorted by offset.
struct CountedMentions {
  std::vector<std::pair<std::size_t, std::size_t>> starts;               // (offset, skill)
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> spans;  // (offset, end, skill)
};

// How much a mention in `sentence` is asked for.
RequirementLevel level_of(const Document& posting, const Mention& mention, std::string_view sentence) {
  // Duties ("what you'll do") describe the work, not who can do it: what they name is
  // wanted, and required only where a requirement or a cue says so.
  const std::string_view section = mention.section_name(posting);
  const bool soft = section == "preferred" || section == "responsibilities";
  if (says_preferred(sentence)) return RequirementLevel::kPreferred;
  if (soft && RE2::PartialMatch(sentence, required_cue())) return RequirementLevel::kRequired;
  return soft ? RequirementLevel::kPreferred : RequirementLevel::kRequired;
}

// Each mentioned skill's requirement, from the mentions that count.
CountedMentions collect_requirements(const Document& posting, const Extraction& extraction, BySkill& by_skill) {
  const std::string_view text = posting.text;
  CountedMentions counted;
  for (const auto& hit : extraction.skills) {
    for (const auto& mention : hit.mentions) {
      if (mention.negated || mention.informational) continue;
      const auto [start, end] = clause_around(text, mention.offset);
      const std::string_view sentence = text.substr(start, end - start);
      const RequirementLevel level = level_of(posting, mention, sentence);
      counted.starts.emplace_back(mention.offset, hit.skill);
      counted.spans.emplace_back(mention.offset, mention.offset + mention.length, hit.skill);
      auto [it, inserted] =
          by_skill.try_emplace(hit.skill, Collected{{hit.skill, level, 0, 0, std::string(sentence)}, mention.offset});
      SkillRequirement& requirement = it->second.requirement;
      ++requirement.mentions;
      // Required anywhere wins over preferred elsewhere.
      if (!inserted && level == RequirementLevel::kRequired && requirement.level == RequirementLevel::kPreferred) {
        requirement.level = level;
        requirement.evidence = std::string(sentence);
      }
    }
  }
  std::sort(counted.starts.begin(), counted.starts.end());
  std::sort(counted.spans.begin(), counted.spans.end());
  return counted;
}

// Alternatives: consecutive mentions of different skills in one sentence separated only
// by commas, slashes or "or", with at least one "or" (or slash) among the separators;
// then the examples of one skill. Each group gets its own any_of number.
void group_alternatives(std::string_view text, const CountedMentions& counted, BySkill& by_skill) {
  const auto& spans = counted.spans;
  int next_group = 0;
  for (std::size_t i = 0; i < spans.size();) {
    std::size_t j = i;
    bool has_or = false;
    while (j + 1 < spans.size()) {
      const auto& [offset, end, skill] = spans[j];
      const std::size_t next_offset = std::get<0>(spans[j + 1]);
      if (next_offset < end) break;
      const std::string_view gap = text.substr(end, next_offset - end);
      if (gap.find('\n') != std::string_view::npos || !RE2::FullMatch(gap, alternative_gap())) break;
      has_or = has_or || gap_has_or(gap);
      ++j;
    }
    std::set<std::size_t> members;
    for (std::size_t k = i; k <= j; ++k) members.insert(std::get<2>(spans[k]));
    if (has_or && members.size() >= 2) {
      for (const std::size_t skill : members) {
        int& group = by_skill.at(skill).requirement.any_of;
        if (group < 0) group = next_group;
      }
      ++next_group;
    }
    i = j + 1;
  }
  for (const auto& members : example_groups(text, spans)) {
    for (const std::size_t skill : members) by_skill.at(skill).requirement.any_of = next_group;
    ++next_group;
  }
}

// A duration of experience as such is the overall requirement. Any other duration
// belongs to the skill named right after it ("5+ years of Python"), else to
// the nearest one before it in the sentence; with none, it is the overall requirement.
void assign_years(std::string_view text, const CountedMentions& counted, BySkill& by_skill, int& overall_min_years) {
  const auto& starts = counted.starts;
  re2::StringPiece match[2];
  for (std::size_t from = 0; from < text.size() && years_regex().Match(text, from, text.size(), RE2::UNANCHORED, match, 2);) {
    const auto offset = static_cast<std::size_t>(match[0].data() - text.data());
    const std::size_t match_end = offset + match[0].size();
    from = match_end;
    const int years = number_of(match[1]);
    if (is_experience_duration(text.substr(match_end))) {
      overall_min_years = std::max(overall_min_years, years);
      continue;
    }
    const auto [start, end] = sentence_around(text, offset);
    const auto after = std::lower_bound(starts.begin(), starts.end(), std::make_pair(match_end, std::size_t{0}));
    std::optional<std::size_t> skill;
    if (after != starts.end() && after->first < end) {
      skill = after->second;
    } else if (after != starts.begin() && std::prev(after)->first >= start) {
      skill = std::prev(after)->second;
    }
    if (skill) {
      int& min_years = by_skill.at(*skill).requirement.min_years;
      min_years = std::max(min_years, years);
    } else {
      overall_min_years = std::max(overall_min_years, years);
    }
  }
}

}  // namespace

PostingRequirements analyze_posting(const Document& posting, const Extraction& extraction) {
  PostingRequirements out;
  out.title = posting.title;
  out.degree = static_cast<int>(degree_asked(posting.text));
  BySkill by_skill;
  const CountedMentions counted = collect_requirements(posting, extraction, by_skill);
  group_alternatives(posting.text, counted, by_skill);
  assign_years(posting.text, counted, by_skill, out.overall_min_years);
  std::vector<Collected> collected;
  for (auto& [skill, item] : by_skill) collected.push_back(std::move(item));
  std::sort(collected.begin(), collected.end(), [](const Collected& a, const Collected& b) {
    if (a.requirement.level != b.requirement.level) return a.requirement.level == RequirementLevel::kRequired;
    return a.first_offset < b.first_offset;
  });
  for (auto& item : collected) out.skills.push_back(std::move(item.requirement));
  return out;
}

}  // namespace skillmatch
