// Scores a candidate against a role profile or a posting, and explains the score.
#pragma once

#include <string>
#include <vector>

#include <functional>

#include <skillmatch/evidence.hpp>
#include <skillmatch/posting_analysis.hpp>
#include <skillmatch/title_match.hpp>

namespace skillmatch {

// What a candidate shows of one skill, as a score reads it.
struct ShownSkill {
  Strength strength = Strength::kNone;
  bool at_work = false;  // demonstrated in a job (else in a project, a list, a summary)
  int months = 0;        // dated months of the jobs showing it
  int idle_months = -1;  // months from its last dated use to the profile's date; -1 unknown
};

// The ShownSkill of a skill's evidence, against the date the profile was built for.
ShownSkill shown_of(const SkillEvidence& evidence, YearMonth as_of);

// Where a score sits: strong (75+), possible (50-75), weak (below 50); docs/scoring.md.
std::string_view score_band(double score);

// How one asked-for skill fares against the candidate's evidence.
struct SkillVerdict {
  std::size_t skill = 0;
  RequirementLevel level = RequirementLevel::kRequired;
  Strength strength = Strength::kNone;
  bool at_work = false;    // demonstrated in a job
  double credit = 0;       // 0-1: the evidence's worth, reduced when years fall short
  int required_years = 0;  // 0: no duration asked
  int posting_mentions = 0;  // how often the posting names it; 0 for a role
  int months = 0;          // the candidate's dated months with it
  bool years_short = false;
  const SkillEvidence* evidence = nullptr;  // null when missing
  const SkillEvidence* via = nullptr;       // a shown skill implying it, when that earns more
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
  // Postings: the dated jobs relevant to the posting (they show a skill it asks for, or
  // hold its title), which alone count toward the years it asks.
  int relevant_months = 0;
  std::vector<std::size_t> relevant_positions;  // into CandidateProfile::positions
  TitleFit title;                  // the candidate's titles against the posting's title or the role
  double corroboration = 0;        // share of required asks shown in work or projects (0-1)
  // Postings: the degree asked and the candidate's highest (DegreeLevel values); shown, not scored.
  int degree_asked = 0;
  int degree_shown = 0;
  std::vector<std::string> suggestions;  // for the candidate, most useful first
};

// kScoreOnly leaves out the suggestions: screening ranks thousands of pairs and prints none.
enum class Explain { kFull, kScoreOnly };

// A candidate against a role profile (its name and aliases are the title to match).
MatchResult score_against_role(const CandidateProfile& candidate, const Role& role, const Taxonomy& taxonomy,
                               Explain explain = Explain::kFull);
// A candidate against a posting's requirements (its title is the title to match).
MatchResult score_against_posting(const CandidateProfile& candidate, const PostingRequirements& posting,
                                  const Taxonomy& taxonomy, Explain explain = Explain::kFull);

// The credit evidence earns before years are considered (docs/scoring.md): shown in a job,
// by its recency and duration; in a project; a listing, a summary or an implication by how
// much of what is asked the candidate `corroboration` shows in work or projects (0-1).
double evidence_credit(const ShownSkill& shown, double corroboration);

// The credit of one asked-for skill: evidence_credit, shrunk when `required_years` are
// asked and the dated months fall short (docs/scoring.md).
double requirement_credit(const ShownSkill& shown, int required_years, double corroboration);

// Taxonomy::implied_closure of every skill, by index (the screening scorer keeps a copy).
std::vector<std::vector<std::size_t>> implied_skills(const Taxonomy& taxonomy);

// A skill asked for and shown only weakly or not at all, while the candidate shows a skill
// that implies it ("Kafka" for stream processing, "MLflow" for experiment tracking): the
// implying skill's requirement credit, a little less. `implier` is the best of them.
double implied_requirement_credit(const ShownSkill& implier, int required_years, double corroboration);

// The positions whose dated months count toward a posting's years: jobs that show a skill
// it asks for (`shows_asked(p)`) or that hold its title (`titled`, from titled_positions).
std::vector<std::size_t> relevant_positions(const CandidateProfile& candidate, const std::vector<std::size_t>& titled,
                                            const std::function<bool(std::size_t)>& shows_asked);

// Union of the dated months of `positions`.
int months_of(const CandidateProfile& candidate, const std::vector<std::size_t>& positions);

// The share of asked units a candidate shows in work or projects: of the required ones,
// or of the preferred ones when nothing is required.
double corroboration_of(int required_shown, int required_total, int preferred_shown, int preferred_total);

// How a mean credit (0-1) of what is asked reads on the scale, 0-1 (docs/scoring.md):
// concave and rising, full at 1.
double coverage(double mean);

// How much an asked-for unit weighs in its level's mean: 1, or less when every skill it
// names is a soft skill (kind "soft-skill": "written communication"), which a resume shows
// in how it is written more than by naming it (docs/scoring.md).
double unit_weight(const Taxonomy& taxonomy, const std::vector<std::size_t>& skills);

// What scales a posting's skill tally into a score.
struct PostingFactors {
  int overall_min_years = 0;
  int relevant_months = 0;
  double title = 0;  // 0-1
};

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
  double required_weight = 0;  // the units' weights (unit_weight), what each mean divides by
  double preferred_weight = 0;

  // Counts a unit and adds its credit. Adding a zero credit leaves a sum exactly as it
  // was, so a caller that knows the totals and weights may add only the units met (add_met).
  void add(RequirementLevel level, double credit, double weight = 1.0) {
    const bool required = level == RequirementLevel::kRequired;
    ++(required ? required_total : preferred_total);
    (required ? required_weight : preferred_weight) += weight;
    if (credit > 0) add_met(level, credit, weight);
  }
  void add_met(RequirementLevel level, double credit, double weight = 1.0) {
    if (level == RequirementLevel::kRequired) {
      required_sum += credit * weight;
      ++required_met;
    } else {
      preferred_sum += credit * weight;
      ++preferred_met;
    }
  }
  // 0-100, rounded to one decimal: the mean required credit and the mean preferred credit
  // on the scale's curve, and the title fit, weighed, scaled down when the overall years asked exceed the
  // relevant dated experience (docs/scoring.md).
  double score(const PostingFactors& factors) const;
  // The same as a 0-1 fraction, before rounding.
  double fraction(const PostingFactors& factors) const;
  // At most what one unit of `weight` met at full credit adds to the linear tally (0-100),
  // given its posting's weights: a bound for screening (see curved_bound).
  static double unit_bound(RequirementLevel level, double weight, double required_weight, double preferred_weight);
  // At most what the title adds to the score (0-100).
  static double title_bound();
  // A bound on the score from a sum of unit_bound()s and title_bound(), which bound the
  // linear tally: the scale's curve applied to it (docs/scoring.md).
  static double curved_bound(double linear);
};

}  // namespace skillmatch
