#include <skillmatch/posting_analysis.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <re2/re2.h>

namespace skillmatch {
namespace {

const RE2& preferred_cue() {
  static const RE2 regex(
      R"((?i)\b(?:a plus|is a plus|are a plus|plus\b|nice[- ]to[- ]have|preferred|preferably|ideally|bonus|desirable|an advantage|advantageous|good to have|would be great|optional)\b)",
      RE2::Quiet);
  return regex;
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

}  // namespace

PostingRequirements analyze_posting(const Document& posting, const Extraction& extraction) {
  PostingRequirements out;
  const std::string_view text = posting.text;
  struct Collected {
    SkillRequirement requirement;
    std::size_t first_offset;
  };
  std::map<std::size_t, Collected> by_skill;
  std::vector<std::pair<std::size_t, std::size_t>> counted;  // (offset, skill) of mentions that count
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> spans;  // (offset, end, skill), the same mentions

  for (const auto& hit : extraction.skills) {
    for (const auto& mention : hit.mentions) {
      if (mention.negated || mention.informational) continue;
      const auto [start, end] = sentence_around(text, mention.offset);
      const std::string_view sentence = text.substr(start, end - start);
      const bool in_preferred = mention.section_name(posting) == "preferred";
      RequirementLevel level = in_preferred ? RequirementLevel::kPreferred : RequirementLevel::kRequired;
      if (RE2::PartialMatch(sentence, preferred_cue())) {
        level = RequirementLevel::kPreferred;
      } else if (in_preferred && RE2::PartialMatch(sentence, required_cue())) {
        level = RequirementLevel::kRequired;
      }
      counted.emplace_back(mention.offset, hit.skill);
      spans.emplace_back(mention.offset, mention.offset + mention.length, hit.skill);
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
  std::sort(counted.begin(), counted.end());
  std::sort(spans.begin(), spans.end());

  // Alternatives: consecutive mentions of different skills in one sentence separated only
  // by commas, slashes or "or", with at least one "or" (or slash) among the separators.
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

  // A duration belongs to the skill named right after it ("5+ years of Python"), else to
  // the nearest one before it in the sentence; with none, it is the overall requirement.
  re2::StringPiece match[2];
  for (std::size_t from = 0; from < text.size() && years_regex().Match(text, from, text.size(), RE2::UNANCHORED, match, 2);) {
    const auto offset = static_cast<std::size_t>(match[0].data() - text.data());
    const std::size_t match_end = offset + match[0].size();
    from = match_end;
    const int years = number_of(match[1]);
    const auto [start, end] = sentence_around(text, offset);
    const auto after = std::lower_bound(counted.begin(), counted.end(), std::make_pair(match_end, std::size_t{0}));
    std::optional<std::size_t> skill;
    if (after != counted.end() && after->first < end) {
      skill = after->second;
    } else if (after != counted.begin() && std::prev(after)->first >= start) {
      skill = std::prev(after)->second;
    }
    if (skill) {
      int& min_years = by_skill.at(*skill).requirement.min_years;
      min_years = std::max(min_years, years);
    } else {
      out.overall_min_years = std::max(out.overall_min_years, years);
    }
  }

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
