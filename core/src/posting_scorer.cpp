#include <skillmatch/posting_scorer.hpp>

#include <algorithm>
#include <bit>
#include <map>

#include <skillmatch/scoring.hpp>

namespace skillmatch {
namespace {

using Units = std::vector<std::pair<std::vector<SkillRequirement>, RequirementLevel>>;

// A posting's units in the order score_against_posting sums them: single skills, then the
// sets of alternatives by id, a set required when any of its members is.
Units units_of(const PostingRequirements& posting) {
  Units units;
  std::map<int, std::vector<SkillRequirement>> alternatives;
  for (const auto& requirement : posting.skills) {
    if (requirement.any_of < 0) {
      units.push_back({{requirement}, requirement.level});
    } else {
      alternatives[requirement.any_of].push_back(requirement);
    }
  }
  for (auto& [group, members] : alternatives) {
    const bool required = std::any_of(members.begin(), members.end(),
                                      [](const SkillRequirement& m) { return m.level == RequirementLevel::kRequired; });
    units.push_back({std::move(members), required ? RequirementLevel::kRequired : RequirementLevel::kPreferred});
  }
  return units;
}

}  // namespace

void MainGap::add(std::size_t skill) {
  if (count == skills.size()) {
    more = true;
  } else {
    skills[count++] = static_cast<std::uint32_t>(skill);
  }
}

CompiledPostings::CompiledPostings(const std::vector<const PostingRequirements*>& postings, std::size_t skill_count,
                                   const Taxonomy* taxonomy)
    : asks_by_skill_(skill_count) {
  if (taxonomy != nullptr) {
    titles_ = taxonomy->titles;
    implies_ = implied_skills(*taxonomy);
  }
  implies_.resize(skill_count);
  std::map<std::vector<std::string>, std::uint32_t> title_index;
  for (const PostingRequirements* posting : postings) {
    const Units units = units_of(*posting);
    Posting compiled{static_cast<std::uint32_t>(units_.size()), static_cast<std::uint32_t>(units.size()),
                     posting->overall_min_years, 0, 0, 0, 0};
    // Without a taxonomy (tests) no skill is known to be soft: every unit weighs 1.
    std::vector<double> weights;
    for (const auto& [members, level] : units) {
      std::vector<std::size_t> skills;
      for (const auto& member : members) skills.push_back(member.skill);
      weights.push_back(taxonomy != nullptr ? unit_weight(*taxonomy, skills) : 1.0);
      const bool required = level == RequirementLevel::kRequired;
      ++(required ? compiled.required_total : compiled.preferred_total);
      (required ? compiled.required_weight : compiled.preferred_weight) += weights.back();
    }
    // What one unit adds to the score (0-100, before rounding) at most: no credit and no
    // factor exceeds 1, so a sum of these bounds the score.
    const auto full_credit = [&](RequirementLevel level, double weight) {
      return PostingTally::unit_bound(level, weight, compiled.required_weight, compiled.preferred_weight);
    };
    const auto index = static_cast<std::uint32_t>(postings_.size());
    for (std::uint32_t place = 0; place < units.size(); ++place) {
      const auto& [members, level] = units[place];
      units_.push_back({static_cast<std::uint32_t>(members_.size()), static_cast<std::uint32_t>(members.size()), level, weights[place]});
      for (const auto& member : members) {
        // Past 64 units, every bit: the posting is then summed unit by unit.
        const std::uint64_t bit = place < 64 ? std::uint64_t{1} << place : ~std::uint64_t{0};
        asks_by_skill_[member.skill].push_back({bit, full_credit(level, weights[place]), index});
        members_.push_back({static_cast<std::uint32_t>(member.skill), member.min_years});
      }
    }
    postings_.push_back(compiled);
    std::vector<std::string> wanted = wanted_title_words(posting->title, titles_);
    const auto [it, added] = title_index.try_emplace(std::move(wanted), static_cast<std::uint32_t>(wanted_titles_.size()));
    if (added) wanted_titles_.push_back(it->first);
    wanted_title_of_.push_back(it->second);
  }
}

PostingCredits::PostingCredits(const CompiledPostings& postings)
    : postings_(&postings),
      shown_(postings.asks_by_skill_.size()),
      implier_(postings.asks_by_skill_.size()),
      reach_(postings.postings_.size()),
      title_memo_(postings.wanted_titles_.size()) {}

void PostingCredits::load(const CandidateProfile& candidate) {
  for (const std::size_t skill : shown_skills_) shown_[skill] = ShownSkill{};
  for (const std::size_t skill : implied_skills_) implier_[skill] = Implier{};
  implied_skills_.clear();
  // Every posting starts at what a title alone could add.
  std::fill(reach_.begin(), reach_.end(), Reach{0, 0, PostingTally::title_bound()});
  shown_skills_.clear();
  candidate_ = &candidate;
  titles_ = candidate_titles(candidate, postings_->titles_);
  for (auto& memo : title_memo_) memo.ready = false;
  const CompiledPostings& compiled = *postings_;
  for (const SkillEvidence& evidence : candidate.skills) {
    if (evidence.skill >= shown_.size() || evidence.strength == Strength::kNone) continue;
    shown_[evidence.skill] = shown_of(evidence, candidate.as_of);
    shown_skills_.push_back(evidence.skill);
    // Every shown skill earns some credit (no factor brings it to zero): its units are met.
    // Its credit with everything corroborated is the most it can earn.
    const double most = evidence_credit(shown_[evidence.skill], 1.0);
    mark_met(evidence.skill, most);
    // What it implies is met too, at most at its credit (the first best implier is kept,
    // as the explanation keeps it: skills come in index order).
    for (const std::size_t implied : compiled.implies_[evidence.skill]) {
      Implier& implier = implier_[implied];
      if (implier.worth == 0) implied_skills_.push_back(implied);
      if (most > implier.worth) implier = {shown_[evidence.skill], most};
      mark_met(implied, most);
    }
  }
  // The jobs showing an asked skill, per posting: they count toward its years.
  for (std::size_t p = 0; p < candidate.positions.size() && p < 64; ++p) {
    if (candidate.positions[p].project) continue;
    for (const std::size_t skill : candidate.positions[p].skills) {
      if (skill >= shown_.size()) continue;
      for (const CompiledPostings::Ask& ask : compiled.asks_by_skill_[skill]) {
        reach_[ask.posting].asked_positions |= std::uint64_t{1} << p;
      }
    }
  }
}

void PostingCredits::mark_met(std::size_t skill, double most) {
  for (const CompiledPostings::Ask& ask : postings_->asks_by_skill_[skill]) {
    Reach& reach = reach_[ask.posting];
    reach.met_units |= ask.unit_bit;
    // Alternatives each add their bound: more than their best member earns, still a bound.
    reach.bound += most * ask.full_credit;
  }
}

double PostingCredits::credit(const CompiledPostings::Unit& unit, double corroboration) const {
  double best = 0;  // a set of alternatives earns its best member's credit
  for (std::uint32_t m = unit.first; m < unit.first + unit.count; ++m) {
    const CompiledPostings::Member& member = postings_->members_[m];
    const ShownSkill& shown = shown_[member.skill];
    double credit = shown.strength != Strength::kNone ? requirement_credit(shown, member.min_years, corroboration) : 0.0;
    const Implier& implier = implier_[member.skill];
    if (implier.worth > 0) credit = std::max(credit, implied_requirement_credit(implier.shown, member.min_years, corroboration));
    best = std::max(best, credit);
  }
  return best;
}

// Calls `each(unit)` for every unit of the posting the candidate meets, in order.
template <typename Each>
void PostingCredits::each_unit(const CompiledPostings::Posting& compiled, std::uint64_t met, Each&& each) const {
  if (met == ~std::uint64_t{0}) {
    for (std::uint32_t u = compiled.first_unit; u < compiled.first_unit + compiled.unit_count; ++u) each(postings_->units_[u]);
    return;
  }
  for (std::uint64_t bits = met; bits != 0; bits &= bits - 1) {
    each(postings_->units_[compiled.first_unit + static_cast<std::uint32_t>(std::countr_zero(bits))]);
  }
}

double PostingCredits::corroboration(const CompiledPostings::Posting& compiled, std::uint64_t met) const {
  int shown[2] = {0, 0};
  each_unit(compiled, met, [&](const CompiledPostings::Unit& unit) {
    for (std::uint32_t m = unit.first; m < unit.first + unit.count; ++m) {
      if (shown_[postings_->members_[m].skill].strength == Strength::kDemonstrated) {
        ++shown[unit.level == RequirementLevel::kRequired ? 0 : 1];
        return;
      }
    }
  });
  return corroboration_of(shown[0], compiled.required_total, shown[1], compiled.preferred_total);
}

PostingScore PostingCredits::score(std::size_t posting) const {
  const CompiledPostings::Posting& compiled = postings_->postings_[posting];
  PostingTally tally;
  tally.required_total = compiled.required_total;
  tally.preferred_total = compiled.preferred_total;
  tally.required_weight = compiled.required_weight;
  tally.preferred_weight = compiled.preferred_weight;
  // Only met units are added, in the posting's order, which gives the explained path's
  // sums exactly (adding zero changes no sum).
  const std::uint64_t met = reach_[posting].met_units;
  const double corroborated = corroboration(compiled, met);
  each_unit(compiled, met, [&](const CompiledPostings::Unit& unit) {
    const double credit = this->credit(unit, corroborated);
    if (credit > 0) tally.add_met(unit.level, credit, unit.weight);
  });
  const TitleMemo& title = title_memo(postings_->wanted_title_of_[posting]);
  PostingFactors factors{compiled.overall_min_years, 0, title.score};
  // Relevant months matter only when the posting asks for overall years: the jobs that show
  // an asked skill or hold the posting's title.
  if (compiled.overall_min_years > 0) {
    const std::uint64_t asked = reach_[posting].asked_positions;
    factors.relevant_months = months_of(*candidate_, relevant_positions(*candidate_, title.titled_positions, [&](std::size_t p) {
                                          return p < 64 && ((asked >> p) & 1) != 0;
                                        }));
  }
  return {tally.score(factors), tally.required_met, tally.required_total};
}

const PostingCredits::TitleMemo& PostingCredits::title_memo(std::uint32_t wanted) const {
  TitleMemo& memo = title_memo_[wanted];
  if (memo.ready) return memo;
  const std::vector<std::string>& words = postings_->wanted_titles_[wanted];
  memo.score = title_score(titles_, words);
  memo.titled_positions = titled_positions(titles_, words);
  memo.ready = true;
  return memo;
}

void PostingCredits::reachable(const std::vector<double>& bars, std::vector<std::uint32_t>& out) const {
  out.clear();
  for (std::uint32_t p = 0; p < reach_.size(); ++p) {
    if (may_reach(p, bars[p])) out.push_back(p);
  }
}

MainGap PostingCredits::main_gap(std::size_t posting) const {
  // A required single skill is missing when it earns nothing; a required set is missing
  // (every member listed) only when none of its members earns anything.
  const CompiledPostings::Posting& compiled = postings_->postings_[posting];
  MainGap gap;
  for (std::uint32_t u = compiled.first_unit; u < compiled.first_unit + compiled.unit_count && !gap.more; ++u) {
    const CompiledPostings::Unit& unit = postings_->units_[u];
    if (unit.level != RequirementLevel::kRequired || credit(unit, 1.0) > 0) continue;
    for (std::uint32_t m = unit.first; m < unit.first + unit.count && !gap.more; ++m) {
      gap.add(postings_->members_[m].skill);
    }
  }
  return gap;
}

}  // namespace skillmatch
