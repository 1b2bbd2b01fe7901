// Screening's inner loop: every posting compiled once into flat requirement units with an
// index from skill to the units that ask for it, so scoring a candidate touches only the
// units its skills meet, and allocates nothing per pair (but the relevant jobs of a
// posting that asks for overall years). It gives exactly the score, the
// counts and the missing required skills that score_against_posting explains.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <skillmatch/evidence.hpp>
#include <skillmatch/posting_analysis.hpp>
#include <skillmatch/scoring.hpp>
#include <skillmatch/title_match.hpp>

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
  // `skill_count`: the taxonomy's size, which every requirement's skill is below;
  // `taxonomy`: its titles and implications, as score_against_posting uses them (null: none).
  CompiledPostings(const std::vector<const PostingRequirements*>& postings, std::size_t skill_count,
                   const Taxonomy* taxonomy = nullptr);

  std::size_t size() const { return postings_.size(); }

 private:
  friend class PostingCredits;
  // One posting asking for one skill. Kept per skill, so loading a candidate reads only
  // its own skills' asks, each list contiguous.
  struct Ask {
    std::uint64_t unit_bit;  // the asking unit's bit in Reach::met_units
    double full_credit;      // what the unit adds to the score (0-100) at full credit
    std::uint32_t posting;   // into postings_
  };
  struct Member {
    std::uint32_t skill;
    std::int32_t min_years;
  };
  // One asked-for skill, or a set of alternatives met by its best member; a posting's
  // units are in the order score_against_posting sums them (single skills in posting
  // order, then the sets by id).
  struct Unit {
    std::uint32_t first;  // into members_
    std::uint32_t count;
    RequirementLevel level;
    double weight;  // unit_weight
  };
  struct Posting {
    std::uint32_t first_unit;
    std::uint32_t unit_count;
    int overall_min_years;
    int required_total;
    int preferred_total;
    double required_weight;  // summed in unit order, as PostingTally::add sums them
    double preferred_weight;
  };

  std::vector<Member> members_;
  std::vector<Unit> units_;
  std::vector<Posting> postings_;
  std::vector<std::vector<Ask>> asks_by_skill_;
  TitleRule titles_;
  std::vector<std::vector<std::size_t>> implies_;  // by skill: what it implies directly
  // The distinct title_words of the postings' titles (many postings share a title), and
  // each posting's index into them: a candidate's title fit is worked out once per title.
  std::vector<std::vector<std::string>> wanted_titles_;
  std::vector<std::uint32_t> wanted_title_of_;  // by posting
};

// One candidate against every compiled posting. Loading marks which units the candidate
// meets; credits are computed only for the postings actually scored. Reused from
// candidate to candidate (one per thread): load() clears only what the previous one set.
class PostingCredits {
 public:
  explicit PostingCredits(const CompiledPostings& postings);

  // `candidate` must outlive the scores asked until the next load.
  void load(const CandidateProfile& candidate);
  PostingScore score(std::size_t posting) const;
  // False only when score(posting) is certainly below `score`: a bound summed while
  // loading (each shown skill's strength at the most its units could add), without the
  // exact sums. A screen asks it first: most pairs fall below a full shortlist's last row.
  bool may_reach(std::size_t posting, double score) const {
    // The score is rounded to a tenth, up by at most 0.05; the rest is floating point slack.
    return PostingTally::curved_bound(reach_[posting].bound) + 0.0501 >= score;
  }
  // Every posting p with may_reach(p, bars[p]), in order, into `out` (cleared first); one
  // pass over the postings instead of a call per posting.
  void reachable(const std::vector<double>& bars, std::vector<std::uint32_t>& out) const;
  MainGap main_gap(std::size_t posting) const;

 private:
  double credit(const CompiledPostings::Unit& unit, double corroboration) const;
  // Marks every unit asking for `skill` met, its bound raised by `most` at full credit.
  void mark_met(std::size_t skill, double most);
  double corroboration(const CompiledPostings::Posting& compiled, std::uint64_t met) const;
  template <typename Each>
  void each_unit(const CompiledPostings::Posting& compiled, std::uint64_t met, Each&& each) const;

  const CompiledPostings* postings_;
  std::vector<ShownSkill> shown_;  // by skill: the candidate's evidence
  // By skill: the best shown skill implying it (its evidence credit decides), and that credit.
  struct Implier {
    ShownSkill shown;
    double worth = 0;
  };
  std::vector<Implier> implier_;
  std::vector<std::size_t> implied_skills_;
  std::vector<std::size_t> shown_skills_;
  struct Reach {
    // Bit k set when the posting's unit first_unit + k is met (some member shown); all
    // bits set means "look at every unit" (postings of over 64 units).
    std::uint64_t met_units = 0;
    // Bit p set when the candidate's position p (of the first 64) shows a skill the posting asks.
    std::uint64_t asked_positions = 0;
    double bound = 0;  // at least the score, before rounding
  };
  std::vector<Reach> reach_;  // by posting, all cleared for each candidate (a few pages)
  const CandidateProfile* candidate_ = nullptr;
  CandidateTitles titles_;
  // By distinct wanted title, for the loaded candidate: title_score, and the positions that
  // hold that title (they count toward the years asked). Filled on first use.
  struct TitleMemo {
    bool ready = false;
    double score = 0;
    std::vector<std::size_t> titled_positions;
  };
  const TitleMemo& title_memo(std::uint32_t wanted) const;
  mutable std::vector<TitleMemo> title_memo_;
};

}  // namespace skillmatch
