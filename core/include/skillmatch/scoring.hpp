// Scores a candidate against a role profile or a posting, and explains the score.
#pragma once

#include <string>
#include <vector>

#include <skillmatch/evidence.hpp>
#include <skillmatch/posting_analysis.hpp>

namespace skillmatch {

// How one asked-for skill fares against the candidate's evidence.
struct SkillVerdict {
  std::size_t skill = 0;
  RequirementLevel level = RequirementLevel::kRequired;
  Strength strength = Strength::kNone;
  double credit = 0;       // 0-1: the strength's worth, reduced when years fall short
  int required_years = 0;  // 0: no duration asked
  int months = 0;          // the candidate's dated months with it
  bool years_short = false;
  const SkillEvidence* evidence = nullptr;  // null when missing
};

// A role's requirement group: its share satisfied and what is missing.
struct GroupVerdict {
  const RequirementGroup* group = nullptr;
  double score = 0;  // 0-1
  std::vector<SkillVerdict> members;
};

struct MatchResult {
  double score = 0;  // 0-100, rounded to one decimal
  std::vector<SkillVerdict> verdicts;  // every asked-for skill, required first
  std::vector<GroupVerdict> groups;    // role matches only
  int required_met = 0;
  int required_total = 0;
  int preferred_met = 0;
  int preferred_total = 0;
  int overall_years_required = 0;
  int experience_months = 0;
  std::vector<std::string> suggestions;  // for the candidate, most useful first
};

// kScoreOnly leaves out the suggestions: screening ranks thousands of pairs and prints none.
enum class Explain { kFull, kScoreOnly };

MatchResult score_against_role(const CandidateProfile& candidate, const Role& role, const Taxonomy& taxonomy,
                               Explain explain = Explain::kFull);
MatchResult score_against_posting(const CandidateProfile& candidate, const PostingRequirements& posting,
                                  const Taxonomy& taxonomy, Explain explain = Explain::kFull);

// The credit a strength earns before years are considered (documented in the README).
double strength_credit(Strength strength);

// The credit of one asked-for skill: its strength's worth, shrunk when `required_years`
// are asked and the dated `months` fall short (documented in the README).
double requirement_credit(Strength strength, int months, int required_years);

// A posting's units (one asked-for skill, or one set of alternatives) summed in order.
// Both the explained path and the screening scorer tally through this, so their floating
// point sums, and so their scores, are the same to the last bit.
struct PostingTally {
  double required_sum = 0;
  double preferred_sum = 0;
  int required_met = 0;
  int required_total = 0;
  int preferred_met = 0;
  int preferred_total = 0;

  // Counts a unit and adds its credit. Adding a zero credit leaves a sum exactly as it
  // was, so a caller that knows the totals may add only the units met (add_met).
  void add(RequirementLevel level, double credit) {
    ++(level == RequirementLevel::kRequired ? required_total : preferred_total);
    if (credit > 0) add_met(level, credit);
  }
  void add_met(RequirementLevel level, double credit) {
    if (level == RequirementLevel::kRequired) {
      required_sum += credit;
      ++required_met;
    } else {
      preferred_sum += credit;
      ++preferred_met;
    }
  }
  // 0-100, rounded to one decimal, scaled down when the overall years asked exceed the
  // candidate's dated experience.
  double score(int overall_min_years, int experience_months) const;
  // The same as a 0-1 fraction, before rounding.
  double fraction(int overall_min_years, int experience_months) const;
};

}  // namespace skillmatch
