#include <skillmatch/scoring.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace skillmatch {
namespace {

// Required evidence weighs three times preferred in a posting; a required group twice a
// preferred one in a role (times the group's own weight).
constexpr double kRequiredPostingWeight = 3.0;
constexpr double kPreferredPostingWeight = 1.0;
constexpr double kRequiredGroupFactor = 2.0;
constexpr double kPreferredGroupFactor = 1.0;
// When years are asked: no dated months behind a demonstrated skill, or a listed-only one.
constexpr double kYearsUnknownDemonstrated = 0.75;
constexpr double kYearsUnknownOtherwise = 0.6;
constexpr double kYearsShortFloor = 0.5;
constexpr double kOverallYearsFloor = 0.7;
constexpr std::size_t kMaxSuggestions = 8;

double round1(double value) { return std::round(value * 10.0) / 10.0; }

std::string years_text(int months) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", months / 12.0);
  return buffer;
}

SkillVerdict judge(const CandidateProfile& candidate, std::size_t skill, RequirementLevel level, int required_years) {
  SkillVerdict verdict;
  verdict.skill = skill;
  verdict.level = level;
  verdict.required_years = required_years;
  verdict.evidence = candidate.find(skill);
  if (verdict.evidence == nullptr) return verdict;
  verdict.strength = verdict.evidence->strength;
  verdict.months = verdict.evidence->months;
  verdict.credit = requirement_credit(verdict.strength, verdict.months, required_years);
  verdict.years_short = required_years > 0 && verdict.months < required_years * 12;
  return verdict;
}

std::string name_of(const Taxonomy& taxonomy, std::size_t skill) { return taxonomy.skills[skill].name; }

std::vector<std::string> suggestions_for(const std::vector<SkillVerdict>& verdicts, const Taxonomy& taxonomy) {
  std::vector<std::string> out;
  const auto years_clause = [](const SkillVerdict& v) {
    return v.required_years > 0 ? " (" + std::to_string(v.required_years) + "+ years)" : std::string();
  };
  for (const auto& v : verdicts) {
    const std::string name = name_of(taxonomy, v.skill);
    const std::string asks = v.level == RequirementLevel::kRequired ? "requires " : "would like ";
    if (v.evidence == nullptr) {
      if (v.level == RequirementLevel::kRequired) {
        out.push_back("The posting requires " + name + years_clause(v) +
                      "; your resume does not mention it. If you have used it, show where and how.");
      }
      continue;
    }
    switch (v.strength) {
      case Strength::kListed:
        out.push_back("The posting " + asks + name + years_clause(v) +
                      "; your resume mentions it only in a list: show it in a role or project.");
        break;
      case Strength::kSummary:
        out.push_back("The posting " + asks + name + years_clause(v) +
                      "; your resume names it only in the summary: back it with a concrete example.");
        break;
      case Strength::kImplied: {
        std::string sources;
        for (const auto source : v.evidence->implied_by) sources += (sources.empty() ? "" : ", ") + name_of(taxonomy, source);
        out.push_back(name + " is only implied by " + sources + "; name it explicitly if you have used it.");
        break;
      }
      case Strength::kDemonstrated:
        if (v.years_short && v.months > 0) {
          out.push_back("The posting asks for " + std::to_string(v.required_years) + "+ years of " + name +
                        "; your dated roles show " + years_text(v.months) + " years.");
        } else if (v.years_short) {
          out.push_back("The posting asks for " + std::to_string(v.required_years) + "+ years of " + name +
                        "; add dates to the roles where you used it.");
        }
        break;
      case Strength::kNone: break;
    }
  }
  // Required gaps first: they are what keeps a resume off a shortlist.
  std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) {
    return a.rfind("The posting requires", 0) == 0 && b.rfind("The posting requires", 0) != 0;
  });
  if (out.size() > kMaxSuggestions) out.resize(kMaxSuggestions);
  return out;
}

void count_levels(MatchResult& result) {
  for (const auto& v : result.verdicts) {
    const bool met = v.credit > 0;
    if (v.level == RequirementLevel::kRequired) {
      ++result.required_total;
      result.required_met += met;
    } else {
      ++result.preferred_total;
      result.preferred_met += met;
    }
  }
}

}  // namespace

double strength_credit(Strength strength) {
  switch (strength) {
    case Strength::kDemonstrated: return 1.0;
    case Strength::kListed: return 0.6;
    case Strength::kSummary: return 0.5;
    case Strength::kImplied: return 0.35;
    case Strength::kNone: break;
  }
  return 0.0;
}

double requirement_credit(Strength strength, int months, int required_years) {
  const double credit = strength_credit(strength);
  if (required_years <= 0) return credit;
  const int needed = required_years * 12;
  if (months >= needed) return credit;
  if (months > 0) return credit * std::max(kYearsShortFloor, static_cast<double>(months) / needed);
  return credit * (strength == Strength::kDemonstrated ? kYearsUnknownDemonstrated : kYearsUnknownOtherwise);
}

double PostingTally::score(int overall_min_years, int experience_months) const {
  return round1(100.0 * fraction(overall_min_years, experience_months));
}

double PostingTally::fraction(int overall_min_years, int experience_months) const {
  double weighted = 0, weights = 0;
  if (required_total > 0) {
    weighted += kRequiredPostingWeight * required_sum / required_total;
    weights += kRequiredPostingWeight;
  }
  if (preferred_total > 0) {
    weighted += kPreferredPostingWeight * preferred_sum / preferred_total;
    weights += kPreferredPostingWeight;
  }
  double score = weights > 0 ? weighted / weights : 0;
  if (overall_min_years > 0 && experience_months < overall_min_years * 12) {
    score *= std::max(kOverallYearsFloor, experience_months / (overall_min_years * 12.0));
  }
  return score;
}

MatchResult score_against_posting(const CandidateProfile& candidate, const PostingRequirements& posting,
                                  const Taxonomy& taxonomy, Explain explain) {
  MatchResult result;
  result.experience_months = candidate.experience_months;
  result.overall_years_required = posting.overall_min_years;
  // A unit is one asked-for skill, or one set of alternatives counted once at its best member.
  struct Unit {
    RequirementLevel level;
    double credit;
  };
  std::vector<Unit> units;
  std::map<int, std::vector<SkillVerdict>> alternatives;
  result.verdicts.reserve(posting.skills.size());
  for (const auto& requirement : posting.skills) {
    SkillVerdict verdict = judge(candidate, requirement.skill, requirement.level, requirement.min_years);
    if (requirement.any_of >= 0) {
      alternatives[requirement.any_of].push_back(verdict);
      continue;
    }
    units.push_back({verdict.level, verdict.credit});
    result.verdicts.push_back(verdict);
  }
  for (auto& [group, members] : alternatives) {
    const auto best = std::max_element(members.begin(), members.end(),
                                       [](const SkillVerdict& a, const SkillVerdict& b) { return a.credit < b.credit; });
    const bool required = std::any_of(members.begin(), members.end(),
                                      [](const SkillVerdict& m) { return m.level == RequirementLevel::kRequired; });
    units.push_back({required ? RequirementLevel::kRequired : RequirementLevel::kPreferred, best->credit});
    // Shown alternatives are listed; unshown ones only when none is shown.
    for (auto& member : members) {
      member.level = units.back().level;
      if (member.credit > 0 || best->credit == 0) result.verdicts.push_back(member);
    }
  }
  std::stable_sort(result.verdicts.begin(), result.verdicts.end(), [](const SkillVerdict& a, const SkillVerdict& b) {
    return a.level == RequirementLevel::kRequired && b.level != RequirementLevel::kRequired;
  });
  PostingTally tally;
  for (const auto& unit : units) tally.add(unit.level, unit.credit);
  result.required_met = tally.required_met;
  result.required_total = tally.required_total;
  result.preferred_met = tally.preferred_met;
  result.preferred_total = tally.preferred_total;
  result.score = tally.score(posting.overall_min_years, candidate.experience_months);
  if (explain == Explain::kScoreOnly) return result;
  result.suggestions = suggestions_for(result.verdicts, taxonomy);
  if (posting.overall_min_years > 0 && candidate.experience_months < posting.overall_min_years * 12) {
    result.suggestions.insert(result.suggestions.begin(),
                              "The posting asks for " + std::to_string(posting.overall_min_years) +
                                  "+ years of experience; your dated roles add up to " +
                                  years_text(candidate.experience_months) + " years.");
  }
  return result;
}

MatchResult score_against_role(const CandidateProfile& candidate, const Role& role, const Taxonomy& taxonomy,
                               Explain explain) {
  MatchResult result;
  result.experience_months = candidate.experience_months;
  double weighted = 0, weights = 0;
  for (const auto& group : role.groups) {
    GroupVerdict verdict{&group, 0, {}};
    std::vector<double> credits;
    for (const auto& id : group.skills) {
      const auto skill = taxonomy.skill_index(id);
      if (!skill) continue;
      verdict.members.push_back(judge(candidate, *skill, group.level, 0));
      credits.push_back(verdict.members.back().credit);
    }
    if (credits.empty()) continue;
    if (group.mode == GroupMode::kAllOf) {
      verdict.score = std::accumulate(credits.begin(), credits.end(), 0.0) / credits.size();
    } else {
      // any-of: the best `min` members, each as good as the candidate shows it.
      std::sort(credits.rbegin(), credits.rend());
      const auto k = static_cast<std::size_t>(std::clamp<int>(group.min, 1, static_cast<int>(credits.size())));
      verdict.score = std::accumulate(credits.begin(), credits.begin() + static_cast<long>(k), 0.0) / k;
    }
    const double weight =
        group.weight * (group.level == RequirementLevel::kRequired ? kRequiredGroupFactor : kPreferredGroupFactor);
    weighted += weight * verdict.score;
    weights += weight;
    result.groups.push_back(std::move(verdict));
  }
  // Each asked-for skill once, at its strongest level, for the matched/missing lists. An
  // any-of group that has its `min` members shown lists no alternatives as missing.
  for (const auto& group : result.groups) {
    const auto shown = std::count_if(group.members.begin(), group.members.end(), [](const SkillVerdict& m) { return m.credit > 0; });
    const bool alternatives_needed = group.group->mode == GroupMode::kAllOf || shown < group.group->min;
    for (const auto& member : group.members) {
      if (member.credit == 0 && !alternatives_needed) continue;
      const auto same = std::find_if(result.verdicts.begin(), result.verdicts.end(),
                                     [&](const SkillVerdict& v) { return v.skill == member.skill; });
      if (same == result.verdicts.end()) {
        result.verdicts.push_back(member);
      } else if (member.level == RequirementLevel::kRequired) {
        same->level = RequirementLevel::kRequired;
      }
    }
  }
  std::stable_sort(result.verdicts.begin(), result.verdicts.end(), [](const SkillVerdict& a, const SkillVerdict& b) {
    return a.level == RequirementLevel::kRequired && b.level != RequirementLevel::kRequired;
  });
  count_levels(result);
  result.score = round1(weights > 0 ? 100.0 * weighted / weights : 0);
  if (explain == Explain::kScoreOnly) return result;
  for (const auto& group : result.groups) {
    if (group.group->level != RequirementLevel::kRequired || group.score >= 0.5) continue;
    std::string missing;
    for (const auto& member : group.members) {
      if (member.credit == 0) missing += (missing.empty() ? "" : ", ") + name_of(taxonomy, member.skill);
    }
    if (missing.empty()) continue;
    result.suggestions.push_back(role.name + " requires " + group.group->name + ": " +
                                 (group.group->mode == GroupMode::kAnyOf ? "any of " : "") + missing + ".");
    if (result.suggestions.size() >= kMaxSuggestions) break;
  }
  return result;
}

}  // namespace skillmatch
