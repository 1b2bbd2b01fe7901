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
    : members_by_skill_(skill_count) {
  const auto add_unit = [this](const std::vector<SkillRequirement>& members, RequirementLevel level) {
    const auto posting = static_cast<std::uint32_t>(postings_.size());
    const auto unit = static_cast<std::uint32_t>(units_.size());
    units_.push_back({static_cast<std::uint32_t>(members_.size()), static_cast<std::uint32_t>(members.size()), level});
    for (const auto& member : members) {
      members_by_skill_[member.skill].push_back(static_cast<std::uint32_t>(members_.size()));
      members_.push_back({static_cast<std::uint32_t>(member.skill), member.min_years, unit, posting});
    }
  };
  for (const PostingRequirements* posting : postings) {
    Posting compiled{static_cast<std::uint32_t>(units_.size()), 0, posting->overall_min_years, 0, 0};
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
    compiled.unit_count = static_cast<std::uint32_t>(units_.size()) - compiled.first_unit;
    for (std::uint32_t u = compiled.first_unit; u < units_.size(); ++u) {
      ++(units_[u].level == RequirementLevel::kRequired ? compiled.required_total : compiled.preferred_total);
    }
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
    if (evidence.skill >= compiled.members_by_skill_.size()) continue;
    // A skill is asked for with a few durations over and over: each credit computed once.
    std::array<double, kCachedYears> credit_by_years;
    credit_by_years.fill(-1);
    for (const std::uint32_t m : compiled.members_by_skill_[evidence.skill]) {
      const CompiledPostings::Member& member = compiled.members_[m];
      const bool cached = member.min_years >= 0 && member.min_years < kCachedYears;
      double credit = cached ? credit_by_years[member.min_years] : -1;
      if (credit < 0) credit = requirement_credit(evidence.strength, evidence.months, member.min_years);
      if (cached) credit_by_years[member.min_years] = credit;
      double& kept = unit_credit_[member.unit];
      if (credit <= kept) continue;
      if (kept == 0) credited_units_.push_back(member.unit);
      kept = credit;
      std::uint64_t& met = met_units_[member.posting];
      if (met == 0) met_postings_.push_back(member.posting);
      const std::uint32_t k = member.unit - compiled.postings_[member.posting].first_unit;
      met |= k < 64 ? std::uint64_t{1} << k : ~std::uint64_t{0};
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

MainGap PostingCredits::main_gap(std::size_t posting) const {
  // A required single skill is missing when it earns nothing; a required set is missing
  // (every member listed) only when none of its members earns anything.
  const CompiledPostings::Posting& compiled = postings_->postings_[posting];
  MainGap gap;
  for (std::uint32_t u = compiled.first_unit; u < compiled.first_unit + compiled.unit_count && !gap.more; ++u) {
    const CompiledPostings::Unit& unit = postings_->units_[u];
    if (unit.level != RequirementLevel::kRequired || unit_credit_[u] > 0) continue;
    for (std::uint32_t m = unit.first; m < unit.first + unit.count && !gap.more; ++m) {
      gap.add(postings_->members_[m].skill);
    }
  }
  return gap;
}

}  // namespace skillmatch
