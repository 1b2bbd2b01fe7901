#include <skillmatch/scoring.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>

namespace skillmatch {
namespace {

// Required evidence weighs twice preferred in a role (times the group's own weight).
constexpr double kRequiredGroupFactor = 2.0;
constexpr double kPreferredGroupFactor = 1.0;
// A posting's score: kBase x the mean required credit + kPreferred x the mean preferred
// credit + kTitle x the title fit (then the years factor): every required skill shown in
// recent dated work gives kBase, preferred skills and the title the rest.
constexpr double kBaseShare = 0.88;
constexpr double kPreferredShare = 0.07;
constexpr double kTitleShare = 0.05;
constexpr double kSkillShares = kBaseShare + kPreferredShare;
// A role's score is its groups' weighted mean times (kRoleBase + kRoleTitle x the title fit).
constexpr double kRoleBaseShare = 0.92;
constexpr double kRoleTitleShare = 0.08;
// Evidence: a job is worth 1, a project less; a list, a summary or an implication less
// again, and little at all when nothing asked is shown in work or projects.
constexpr double kProjectCredit = 0.7;
constexpr double kListedCredit = 0.75;
constexpr double kSummaryCredit = 0.7;
constexpr double kImpliedCredit = 0.5;
constexpr double kUncorroborated = 0.27;  // of a list's credit left when nothing is corroborated
constexpr double kImpliedFromShown = 0.8;  // of the implying skill's credit
// A job: full credit from two years of use, 0.9 when undated; recent for two years after,
// then losing a tenth every two years, never below 0.75.
constexpr int kFullDurationMonths = 24;
constexpr double kUndatedJob = 0.9;
constexpr int kRecentMonths = 24;
constexpr double kRecencyLossPerMonth = 0.1 / 24;
constexpr double kRecencyFloor = 0.75;
// When years are asked: no dated months behind a demonstrated skill, or a listed-only one.
constexpr double kYearsUnknownDemonstrated = 0.75;
constexpr double kYearsUnknownOtherwise = 0.6;
constexpr double kYearsShortFloor = 0.5;
constexpr double kOverallYearsFloor = 0.7;
constexpr double kStrongBand = 75;
constexpr double kPossibleBand = 50;
constexpr std::size_t kMaxSuggestions = 8;
constexpr double kSoftSkillWeight = 0.5;

double round1(double value) { return std::round(value * 10.0) / 10.0; }


std::string years_text(int months) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", months / 12.0);
  return buffer;
}

// A verdict's evidence, before its credit: that needs the corroboration of every ask.
SkillVerdict judge(const CandidateProfile& candidate, std::size_t skill, RequirementLevel level, int required_years) {
  SkillVerdict verdict;
  verdict.skill = skill;
  verdict.level = level;
  verdict.required_years = required_years;
  verdict.evidence = candidate.find(skill);
  if (verdict.evidence == nullptr) return verdict;
  verdict.strength = verdict.evidence->strength;
  verdict.at_work = verdict.evidence->at_work;
  verdict.months = verdict.evidence->months;
  verdict.years_short = required_years > 0 && verdict.months < required_years * 12;
  return verdict;
}

// Per skill, the candidate's skill implying it (through the taxonomy, transitively) that
// earns the most; the first such in index order on a tie, as the screening scorer keeps it.
using Impliers = std::unordered_map<std::size_t, const SkillEvidence*>;

Impliers impliers_of(const CandidateProfile& candidate, const Taxonomy& taxonomy) {
  Impliers best;
  std::unordered_map<std::size_t, double> worth;
  for (const auto& evidence : candidate.skills) {
    if (evidence.strength == Strength::kNone || evidence.skill >= taxonomy.skills.size()) continue;
    const double most = evidence_credit(shown_of(evidence, candidate.as_of), 1.0);
    for (const std::size_t implied : taxonomy.implied_closure(evidence.skill)) {
      if (most > worth[implied]) worth[implied] = most, best[implied] = &evidence;
    }
  }
  return best;
}

void credit(SkillVerdict& verdict, const CandidateProfile& candidate, double corroboration, const Impliers& impliers) {
  if (verdict.evidence != nullptr) {
    verdict.credit = requirement_credit(shown_of(*verdict.evidence, candidate.as_of), verdict.required_years, corroboration);
  }
  if (const auto found = impliers.find(verdict.skill); found != impliers.end()) {
    const SkillEvidence* implier = found->second;
    const double implied = implied_requirement_credit(shown_of(*implier, candidate.as_of), verdict.required_years, corroboration);
    if (implied > verdict.credit) {
      verdict.credit = implied;
      verdict.via = implier;
      if (verdict.strength < Strength::kImplied) verdict.strength = Strength::kImplied;
    }
  }
}

bool shown_in_use(const SkillVerdict& verdict) { return verdict.strength == Strength::kDemonstrated; }

std::string name_of(const Taxonomy& taxonomy, std::size_t skill) { return taxonomy.skills[skill].name; }

std::vector<std::string> suggestions_for(const std::vector<SkillVerdict>& verdicts, const Taxonomy& taxonomy) {
  std::vector<std::string> out;
  const auto years_clause = [](const SkillVerdict& v) {
    return v.required_years > 0 ? " (" + std::to_string(v.required_years) + "+ years)" : std::string();
  };
  for (const auto& v : verdicts) {
    const std::string name = name_of(taxonomy, v.skill);
    const std::string asks = v.level == RequirementLevel::kRequired ? "requires " : "would like ";
    // Shown only through a skill that implies it: say so, unless it is shown in its own
    // right (then what follows says what it still lacks).
    if (v.via != nullptr && (v.evidence == nullptr || v.evidence->strength != Strength::kDemonstrated)) {
      // Implied only (no mention of its own) is not named: mentioned says which.
      const bool named = v.evidence != nullptr && v.evidence->mentioned > 0;
      out.push_back("The posting " + asks + name + years_clause(v) + "; your resume " +
                    (named ? "names it, but shows it in use only through " : "shows it only through ") +
                    name_of(taxonomy, v.via->skill) + ": name " + name + " where you used it.");
      continue;
    }
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

// The explanation's note on years and on the dates it could not read.
void explain_years(MatchResult& result, const CandidateProfile& candidate, int overall_min_years) {
  if (overall_min_years > 0 && result.relevant_months < overall_min_years * 12) {
    result.suggestions.insert(result.suggestions.begin(),
                              "The posting asks for " + std::to_string(overall_min_years) +
                                  "+ years of experience; your dated roles relevant to it add up to " +
                                  years_text(result.relevant_months) + " years.");
  }
  if (candidate.undated_work) {
    result.suggestions.insert(result.suggestions.begin(),
                              "Your work section has entries but no date could be read in it: years are unknown, "
                              "not zero. Write dates as \"Mar 2019 - Present\" or \"2019-03 - 2021-06\".");
  }
}

}  // namespace

ShownSkill shown_of(const SkillEvidence& evidence, YearMonth as_of) {
  ShownSkill shown{evidence.strength, evidence.at_work, evidence.months, -1};
  if (evidence.last_used) shown.idle_months = std::max(0, as_of.index() - evidence.last_used->index());
  return shown;
}

std::string_view score_band(double score) {
  if (score >= kStrongBand) return "strong";
  return score >= kPossibleBand ? "possible" : "weak";
}

double evidence_credit(const ShownSkill& shown, double corroboration) {
  const double backed = kUncorroborated + (1 - kUncorroborated) * std::clamp(corroboration, 0.0, 1.0);
  switch (shown.strength) {
    case Strength::kDemonstrated: {
      if (!shown.at_work) return kProjectCredit;
      const double duration = shown.months > 0
                                  ? std::min(1.0, kUndatedJob + (1 - kUndatedJob) * shown.months / kFullDurationMonths)
                                  : kUndatedJob;
      const int idle = std::max(0, shown.idle_months - kRecentMonths);
      return duration * std::max(kRecencyFloor, 1.0 - idle * kRecencyLossPerMonth);
    }
    case Strength::kListed: return kListedCredit * backed;
    case Strength::kSummary: return kSummaryCredit * backed;
    case Strength::kImplied: return kImpliedCredit * backed;
    case Strength::kNone: break;
  }
  return 0.0;
}

double requirement_credit(const ShownSkill& shown, int required_years, double corroboration) {
  const double credit = evidence_credit(shown, corroboration);
  if (required_years <= 0) return credit;
  const int needed = required_years * 12;
  if (shown.months >= needed) return credit;
  if (shown.months > 0) return credit * std::max(kYearsShortFloor, static_cast<double>(shown.months) / needed);
  return credit * (shown.strength == Strength::kDemonstrated ? kYearsUnknownDemonstrated : kYearsUnknownOtherwise);
}

std::vector<std::vector<std::size_t>> implied_skills(const Taxonomy& taxonomy) {
  std::vector<std::vector<std::size_t>> out(taxonomy.skills.size());
  for (std::size_t s = 0; s < taxonomy.skills.size(); ++s) out[s] = taxonomy.implied_closure(s);
  return out;
}

double implied_requirement_credit(const ShownSkill& implier, int required_years, double corroboration) {
  return kImpliedFromShown * requirement_credit(implier, required_years, corroboration);
}

double coverage(double mean) {
  // 1 - (1 - c)^2. A posting is a wish list that no one hire shows whole (the sample
  // strong fits show 60-70% of what their postings name): the first gaps cost little, each
  // further one more, so a candidate showing most of it reads as strong (c = 0.6 gives 0.84)
  // and one showing little stays low (c = 0.2 gives 0.36). Concave and rising, so no order
  // between two means changes.
  const double gap = 1.0 - std::clamp(mean, 0.0, 1.0);
  return 1.0 - gap * gap;
}

double unit_weight(const Taxonomy& taxonomy, const std::vector<std::size_t>& skills) {
  const bool soft = !skills.empty() && std::all_of(skills.begin(), skills.end(), [&](std::size_t s) {
    return s < taxonomy.skills.size() && taxonomy.skills[s].kind == "soft-skill";
  });
  return soft ? kSoftSkillWeight : 1.0;
}

double corroboration_of(int required_shown, int required_total, int preferred_shown, int preferred_total) {
  if (required_total > 0) return static_cast<double>(required_shown) / required_total;
  return preferred_total > 0 ? static_cast<double>(preferred_shown) / preferred_total : 0.0;
}

std::vector<std::size_t> relevant_positions(const CandidateProfile& candidate, const std::vector<std::size_t>& titled,
                                            const std::function<bool(std::size_t)>& shows_asked) {
  std::vector<bool> relevant(candidate.positions.size(), false);
  for (std::size_t p = 0; p < candidate.positions.size(); ++p) {
    relevant[p] = !candidate.positions[p].project && shows_asked(p);
  }
  for (const std::size_t p : titled) relevant[p] = true;
  std::vector<std::size_t> out;
  for (std::size_t p = 0; p < relevant.size(); ++p) {
    if (relevant[p]) out.push_back(p);
  }
  return out;
}

int months_of(const CandidateProfile& candidate, const std::vector<std::size_t>& positions) {
  std::vector<std::pair<YearMonth, YearMonth>> periods;
  for (const std::size_t p : positions) periods.emplace_back(candidate.positions[p].start, candidate.positions[p].finish);
  return union_months(std::move(periods));
}

double PostingTally::score(const PostingFactors& factors) const { return round1(100.0 * fraction(factors)); }

double PostingTally::fraction(const PostingFactors& factors) const {
  // A posting that asks only preferred skills is scored on them; one with no preferred
  // skills gives their share to the required ones.
  const double preferred_mean = preferred_total > 0 ? preferred_sum / preferred_weight : 0;
  const double required = required_total > 0 ? required_sum / required_weight : preferred_mean;
  const double preferred = preferred_total > 0 ? preferred_mean : required;
  double score = kBaseShare * coverage(required) + kPreferredShare * coverage(preferred) + kTitleShare * factors.title;
  const int asked = factors.overall_min_years * 12;
  if (asked > 0 && factors.relevant_months < asked) {
    score *= std::max(kOverallYearsFloor, static_cast<double>(factors.relevant_months) / asked);
  }
  return score;
}

double PostingTally::unit_bound(RequirementLevel level, double weight, double required_weight, double preferred_weight) {
  // What a unit adds through the required mean and through the preferred one, at full
  // credit; the title adds title_bound() besides, and the years factor never exceeds 1.
  const bool required = level == RequirementLevel::kRequired;
  double share = 0;
  if (required || required_weight == 0) share += kBaseShare;
  if (!required || preferred_weight == 0) share += kPreferredShare;
  const double total = required ? required_weight : preferred_weight;
  return total > 0 ? 100.0 * share * weight / total : 0.0;
}

double PostingTally::title_bound() { return 100.0 * kTitleShare; }

double PostingTally::curved_bound(double linear) {
  // The skills' part of `linear` is at least the shares' weighted mean credit; coverage is
  // concave, so the weighted mean of the two coverages is at most the coverage of it.
  const double skills = std::max(0.0, linear - title_bound()) / (100.0 * kSkillShares);
  return title_bound() + 100.0 * kSkillShares * coverage(skills);
}

namespace {

// The asked skills met through one set of alternatives: its best member counts.
struct Unit {
  RequirementLevel level;
  std::vector<std::size_t> members;  // into the verdicts of the posting, in posting order
};

// Every asked-for skill judged, and the units they form: single skills in posting order,
// then the sets of alternatives by id, a set required when any member is.
std::vector<Unit> posting_units(const CandidateProfile& candidate, const PostingRequirements& posting,
                                std::vector<SkillVerdict>& verdicts) {
  std::vector<Unit> units;
  std::map<int, std::vector<std::size_t>> alternatives;
  for (const auto& requirement : posting.skills) {
    verdicts.push_back(judge(candidate, requirement.skill, requirement.level, requirement.min_years));
    verdicts.back().posting_mentions = requirement.mentions;
    if (requirement.any_of >= 0) {
      alternatives[requirement.any_of].push_back(verdicts.size() - 1);
    } else {
      units.push_back({requirement.level, {verdicts.size() - 1}});
    }
  }
  for (auto& [group, members] : alternatives) {
    const bool required = std::any_of(members.begin(), members.end(),
                                      [&](std::size_t m) { return verdicts[m].level == RequirementLevel::kRequired; });
    units.push_back({required ? RequirementLevel::kRequired : RequirementLevel::kPreferred, std::move(members)});
  }
  return units;
}

double corroboration_of_units(const std::vector<Unit>& units, const std::vector<SkillVerdict>& verdicts) {
  int shown[2] = {0, 0}, total[2] = {0, 0};
  for (const auto& unit : units) {
    const int level = unit.level == RequirementLevel::kRequired ? 0 : 1;
    ++total[level];
    shown[level] += std::any_of(unit.members.begin(), unit.members.end(), [&](std::size_t m) { return shown_in_use(verdicts[m]); });
  }
  return corroboration_of(shown[0], total[0], shown[1], total[1]);
}

}  // namespace

MatchResult score_against_posting(const CandidateProfile& candidate, const PostingRequirements& posting,
                                  const Taxonomy& taxonomy, Explain explain) {
  MatchResult result;
  result.experience_months = candidate.experience_months;
  result.overall_years_required = posting.overall_min_years;
  result.degree_asked = posting.degree;
  result.degree_shown = candidate.degree;
  std::vector<SkillVerdict> verdicts;
  verdicts.reserve(posting.skills.size());
  const std::vector<Unit> units = posting_units(candidate, posting, verdicts);
  result.corroboration = corroboration_of_units(units, verdicts);
  const Impliers impliers = impliers_of(candidate, taxonomy);
  for (auto& verdict : verdicts) credit(verdict, candidate, result.corroboration, impliers);
  PostingTally tally;
  for (const auto& unit : units) {
    double best = 0;
    std::vector<std::size_t> skills;
    for (const std::size_t m : unit.members) best = std::max(best, verdicts[m].credit), skills.push_back(verdicts[m].skill);
    tally.add(unit.level, best, unit_weight(taxonomy, skills));
    // A met set is listed by the member that meets it (one matched item per unit met, as
    // the counts say); an unmet one by all its members, any of which would do.
    bool listed = false;
    for (const std::size_t m : unit.members) {
      SkillVerdict member = verdicts[m];
      member.level = unit.level;
      if (best == 0 || (!listed && member.credit == best)) result.verdicts.push_back(member), listed = best > 0;
    }
  }
  std::stable_sort(result.verdicts.begin(), result.verdicts.end(), [](const SkillVerdict& a, const SkillVerdict& b) {
    return a.level == RequirementLevel::kRequired && b.level != RequirementLevel::kRequired;
  });
  const CandidateTitles titles = candidate_titles(candidate, taxonomy.titles);
  const std::vector<std::string> wanted = wanted_title_words(posting.title, taxonomy.titles);
  result.title = title_fit(titles, wanted);
  std::vector<bool> asked(taxonomy.skills.size(), false);
  for (const auto& requirement : posting.skills) asked[requirement.skill] = true;
  // Skills count for the first 64 positions, as the screening scorer keeps them in a mask.
  result.relevant_positions = relevant_positions(candidate, titled_positions(titles, wanted), [&](std::size_t p) {
    if (p >= 64) return false;
    const auto& skills = candidate.positions[p].skills;
    return std::any_of(skills.begin(), skills.end(), [&](std::size_t s) { return s < asked.size() && asked[s]; });
  });
  result.relevant_months = months_of(candidate, result.relevant_positions);
  result.required_met = tally.required_met;
  result.required_total = tally.required_total;
  result.preferred_met = tally.preferred_met;
  result.preferred_total = tally.preferred_total;
  result.score = tally.score({posting.overall_min_years, result.relevant_months, result.title.score});
  if (explain == Explain::kScoreOnly) return result;
  result.suggestions = suggestions_for(result.verdicts, taxonomy);
  explain_years(result, candidate, posting.overall_min_years);
  return result;
}

namespace {

// A role's corroboration: the share of its required groups with a member shown in work
// or projects.
double role_corroboration(const CandidateProfile& candidate, const Role& role, const Taxonomy& taxonomy) {
  int required = 0, shown = 0;
  for (const auto& group : role.groups) {
    if (group.level != RequirementLevel::kRequired) continue;
    ++required;
    shown += std::any_of(group.skills.begin(), group.skills.end(), [&](const std::string& id) {
      const auto skill = taxonomy.skill_index(id);
      const SkillEvidence* evidence = skill ? candidate.find(*skill) : nullptr;
      return evidence != nullptr && evidence->strength == Strength::kDemonstrated;
    });
  }
  return required > 0 ? static_cast<double>(shown) / required : 0.0;
}

// The candidate's titles against the role's name and each of its aliases, the best.
TitleFit role_title_fit(const CandidateProfile& candidate, const Role& role, const TitleRule& rule) {
  const CandidateTitles titles = candidate_titles(candidate, rule);
  TitleFit best = title_fit(titles, wanted_title_words(role.name, rule));
  for (const auto& alias : role.aliases) {
    const TitleFit fit = title_fit(titles, wanted_title_words(alias, rule));
    if (fit.score > best.score) best = fit;
  }
  return best;
}

// Each asked-for skill of a role's groups once, at its strongest level, for the
// matched/missing lists, required first. An any-of group that has its `min` members shown
// lists no alternatives as missing.
void list_role_verdicts(MatchResult& result) {
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
}

// A suggestion for each required group the candidate meets less than half of, naming what
// is missing, up to kMaxSuggestions.
void suggest_role_groups(MatchResult& result, const Role& role, const Taxonomy& taxonomy) {
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
}

}  // namespace

MatchResult score_against_role(const CandidateProfile& candidate, const Role& role, const Taxonomy& taxonomy,
                               Explain explain) {
  MatchResult result;
  result.experience_months = candidate.experience_months;
  result.degree_shown = candidate.degree;  // a role asks for no degree
  const double corroboration = role_corroboration(candidate, role, taxonomy);
  result.corroboration = corroboration;
  const Impliers impliers = impliers_of(candidate, taxonomy);
  double weighted = 0, weights = 0;
  for (const auto& group : role.groups) {
    GroupVerdict verdict{&group, 0, {}};
    std::vector<double> credits;
    for (const auto& id : group.skills) {
      const auto skill = taxonomy.skill_index(id);
      if (!skill) continue;
      verdict.members.push_back(judge(candidate, *skill, group.level, 0));
      credit(verdict.members.back(), candidate, corroboration, impliers);
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
  list_role_verdicts(result);
  count_levels(result);
  result.title = role_title_fit(candidate, role, taxonomy.titles);
  const double groups = weights > 0 ? weighted / weights : 0;
  result.score = round1(100.0 * groups * (kRoleBaseShare + kRoleTitleShare * result.title.score));
  if (explain == Explain::kScoreOnly) return result;
  suggest_role_groups(result, role, taxonomy);
  return result;
}

}  // namespace skillmatch
