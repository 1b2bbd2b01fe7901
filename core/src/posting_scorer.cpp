#include <skillmatch/posting_scorer.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <map>

#include <skillmatch/scoring.hpp>

namespace skillmatch {
namespace {

// Durations asked for below this many years have their credit cached per skill.
constexpr int kCachedYears = 16;

}  // namespace

void MainGap::add(std::size_t skill) {
  if (count == skills.size()) {
    more = true;
  } else {
    skills[count++] = static_cast<std::uint32_t>(skill);
  }
}

CompiledPostings::CompiledPostings(const std::vector<const PostingRequirements*>& postings, std::size_t skill_count)
    : asks_by_skill_(skill_count) {
  for (const PostingRequirements* posting : postings) {
    const auto index = static_cast<std::uint32_t>(postings_.size());
    const auto first_unit = static_cast<std::uint32_t>(units_.size());
    const auto add_unit = [&](const std::vector<SkillRequirement>& members, RequirementLevel level) {
      const auto unit = static_cast<std::uint32_t>(units_.size());
      units_.push_back({static_cast<std::uint32_t>(member_skills_.size()), static_cast<std::uint32_t>(members.size()), level});
      for (const auto& member : members) {
        asks_by_skill_[member.skill].push_back({unit, index, member.min_years, unit - first_unit});
        member_skills_.push_back(static_cast<std::uint32_t>(member.skill));
      }
    };
    std::map<int, std::vector<SkillRequirement>> alternatives;
    for (const auto& requirement : posting->skills) {
      if (requirement.any_of < 0) {
        add_unit({requirement}, requirement.level);
      } else {
        alternatives[requirement.any_of].push_back(requirement);
      }
    }
    for (const auto& [group, members] : alternatives) {
      // A set is required when any of its members is.
      const bool required = std::any_of(members.begin(), members.end(),
                                        [](const SkillRequirement& m) { return m.level == RequirementLevel::kRequired; });
      add_unit(members, required ? RequirementLevel::kRequired : RequirementLevel::kPreferred);
    }
    Posting compiled{first_unit, static_cast<std::uint32_t>(units_.size()) - first_unit, posting->overall_min_years, 0, 0, 0,
                     0, 0};
    for (std::uint32_t u = first_unit; u < units_.size(); ++u) {
      const bool required = units_[u].level == RequirementLevel::kRequired;
      ++(required ? compiled.required_total : compiled.preferred_total);
      if (required && u - first_unit < 64) compiled.required_units |= std::uint64_t{1} << (u - first_unit);
    }
    // What one met unit adds at most to the score (on 0-100, before rounding): full credit,
    // and the years factor and every credit are at most 1.
    PostingTally one;
    one.required_total = compiled.required_total;
    one.preferred_total = compiled.preferred_total;
    one.required_sum = compiled.required_total > 0 ? 1.0 : 0.0;
    compiled.required_unit_bound = 100.0 * one.fraction(0, 0);
    one.required_sum = 0;
    one.preferred_sum = compiled.preferred_total > 0 ? 1.0 : 0.0;
    compiled.preferred_unit_bound = 100.0 * one.fraction(0, 0);
    postings_.push_back(compiled);
  }
}

PostingCredits::PostingCredits(const CompiledPostings& postings)
    : postings_(&postings), unit_credit_(postings.units_.size(), 0.0), met_units_(postings.postings_.size(), 0) {}

void PostingCredits::load(const CandidateProfile& candidate) {
  for (const std::uint32_t unit : credited_units_) unit_credit_[unit] = 0;
  for (const std::uint32_t posting : met_postings_) met_units_[posting] = 0;
  credited_units_.clear();
  met_postings_.clear();
  experience_months_ = candidate.experience_months;
  // Only the units the candidate's skills meet are visited; a set of alternatives keeps
  // its best member's credit.
  const CompiledPostings& compiled = *postings_;
  for (const SkillEvidence& evidence : candidate.skills) {
    if (evidence.skill >= compiled.asks_by_skill_.size()) continue;
    // A skill is asked for with a few durations over and over: each credit computed once.
    std::array<double, kCachedYears> credit_by_years;
    credit_by_years.fill(-1);
    for (const CompiledPostings::Ask& ask : compiled.asks_by_skill_[evidence.skill]) {
      const bool cached = ask.min_years >= 0 && ask.min_years < kCachedYears;
      double credit = cached ? credit_by_years[ask.min_years] : -1;
      if (credit < 0) credit = requirement_credit(evidence.strength, evidence.months, ask.min_years);
      if (cached) credit_by_years[ask.min_years] = credit;
      double& kept = unit_credit_[ask.unit];
      if (credit <= kept) continue;
      if (kept == 0) credited_units_.push_back(ask.unit);
      kept = credit;
      std::uint64_t& met = met_units_[ask.posting];
      if (met == 0) met_postings_.push_back(ask.posting);
      met |= ask.place < 64 ? std::uint64_t{1} << ask.place : ~std::uint64_t{0};
    }
  }
}

PostingScore PostingCredits::score(std::size_t posting) const {
  const CompiledPostings::Posting& compiled = postings_->postings_[posting];
  PostingTally tally;
  tally.required_total = compiled.required_total;
  tally.preferred_total = compiled.preferred_total;
  // Only met units are added, in the posting's order, which gives the explained path's
  // sums exactly (adding zero changes no sum).
  const std::uint64_t met = met_units_[posting];
  if (met == ~std::uint64_t{0}) {
    for (std::uint32_t u = compiled.first_unit; u < compiled.first_unit + compiled.unit_count; ++u) {
      if (unit_credit_[u] > 0) tally.add_met(postings_->units_[u].level, unit_credit_[u]);
    }
  } else {
    for (std::uint64_t bits = met; bits != 0; bits &= bits - 1) {
      const std::uint32_t u = compiled.first_unit + static_cast<std::uint32_t>(std::countr_zero(bits));
      tally.add_met(postings_->units_[u].level, unit_credit_[u]);
    }
  }
  return {tally.score(compiled.overall_min_years, experience_months_), tally.required_met, tally.required_total};
}

bool PostingCredits::may_reach(std::size_t posting, double score) const {
  const CompiledPostings::Posting& compiled = postings_->postings_[posting];
  const std::uint64_t met = met_units_[posting];
  if (met == ~std::uint64_t{0}) return true;  // summed unit by unit: no bound kept
  const int required = std::popcount(met & compiled.required_units);
  const int preferred = std::popcount(met & ~compiled.required_units);
  // The score is rounded to a tenth, up by at most 0.05; the rest is floating point slack.
  const double bound = required * compiled.required_unit_bound + preferred * compiled.preferred_unit_bound + 0.0501;
  return bound >= score;
}

MainGap PostingCredits::main_gap(std::size_t posting) const {
  // A required single skill is missing when it earns nothing; a required set is missing
  // (every member listed) only when none of its members earns anything.
  const CompiledPostings::Posting& compiled = postings_->postings_[posting];
  MainGap gap;
  for (std::uint32_t u = compiled.first_unit; u < compiled.first_unit + compiled.unit_count && !gap.more; ++u) {
    const CompiledPostings::Unit& unit = postings_->units_[u];
    if (unit.level != RequirementLevel::kRequired || unit_credit_[u] > 0) continue;
    for (std::uint32_t m = unit.first; m < unit.first + unit.count && !gap.more; ++m) {
      gap.add(postings_->member_skills_[m]);
    }
  }
  return gap;
}

}  // namespace skillmatch
