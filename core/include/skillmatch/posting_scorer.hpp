// Screening's inner loop: every posting compiled once into flat requirement units with an
// index from skill to the units that ask for it, so scoring a candidate touches only the
// units its skills meet, and allocates nothing per pair. It gives exactly the score, the
// counts and the missing required skills that score_against_posting explains.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <skillmatch/evidence.hpp>
#include <skillmatch/posting_analysis.hpp>

namespace skillmatch {

// The first missing required skills (taxonomy indices), in the order the explanation
// lists them: the "main gap" of a ranking row, named only for the rows printed.
struct MainGap {
  std::array<std::uint32_t, 3> skills{};
  std::uint8_t count = 0;
  bool more = false;  // more required skills are missing than fit
  void add(std::size_t skill);
};

// What a screen keeps per (candidate, posting) pair.
struct PostingScore {
  double score = 0;  // 0-100, one decimal
  int required_met = 0;
  int required_total = 0;
};

class CompiledPostings {
 public:
  // `skill_count`: the taxonomy's size, which every requirement's skill is below.
  CompiledPostings(const std::vector<const PostingRequirements*>& postings, std::size_t skill_count);

  std::size_t size() const { return postings_.size(); }

 private:
  friend class PostingCredits;
  // One posting asking for one skill: where the skill's credit goes. Kept per skill, so
  // loading a candidate reads only its skills' asks, each list contiguous.
  struct Ask {
    std::uint32_t unit;     // into units_
    std::uint32_t posting;  // into postings_
    std::int32_t min_years;
    std::uint32_t place;  // unit - the posting's first_unit
  };
  // One asked-for skill, or a set of alternatives met by its best member; a posting's
  // units are in the order score_against_posting sums them (single skills in posting
  // order, then the sets by id).
  struct Unit {
    std::uint32_t first;  // into member_skills_
    std::uint32_t count;
    RequirementLevel level;
  };
  struct Posting {
    std::uint32_t first_unit;
    std::uint32_t unit_count;
    int overall_min_years;
    int required_total;
    int preferred_total;
    std::uint64_t required_units;  // bit k: unit first_unit + k is required (up to 64)
    double required_unit_bound;    // the most one met required unit adds to the score
    double preferred_unit_bound;
  };

  std::vector<std::uint32_t> member_skills_;  // each unit's skills, for naming what is missing
  std::vector<Unit> units_;
  std::vector<Posting> postings_;
  std::vector<std::vector<Ask>> asks_by_skill_;
};

// One candidate's credit for every unit of every compiled posting. Reused from candidate
// to candidate (one per thread): load() clears only what the previous candidate set.
class PostingCredits {
 public:
  explicit PostingCredits(const CompiledPostings& postings);

  void load(const CandidateProfile& candidate);
  PostingScore score(std::size_t posting) const;
  // False only when score(posting) is certainly below `score`: a bound from how many
  // units are met (each worth at most full credit), without the sums. A screen asks it
  // first, since most pairs fall below a full shortlist's last row.
  bool may_reach(std::size_t posting, double score) const;
  MainGap main_gap(std::size_t posting) const;

 private:
  const CompiledPostings* postings_;
  std::vector<double> unit_credit_;
  std::vector<std::uint32_t> credited_units_;
  // Per posting, bit k set when its unit first_unit + k has credit, so a score adds only
  // those units, in order; all bits set means "sum unit by unit" (postings of over 64 units).
  std::vector<std::uint64_t> met_units_;
  std::vector<std::uint32_t> met_postings_;
  int experience_months_ = 0;
};

}  // namespace skillmatch
