// One candidate ranked against many targets (every role, or a feed of postings), best
// first, and the JSON `skillmatch match --role best | --posting FEED` prints.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <skillmatch/engine.hpp>
#include <skillmatch/scoring.hpp>

namespace skillmatch {

// A target scored for a ranking.
struct RankedTarget {
  std::string id;
  std::string name;    // a role's name or a posting's title
  std::string source;  // a posting's file (empty for a role)
  MatchResult result;  // scored without the explanation (Explain::kScoreOnly)
};

// Every role of the taxonomy, best first (ties by id).
std::vector<RankedTarget> rank_roles(const CandidateProfile& candidate, const Taxonomy& taxonomy);
// Every posting, best first (ties by id).
std::vector<RankedTarget> rank_postings(const CandidateProfile& candidate, const std::vector<AnalyzedPosting>& postings,
                                        const Taxonomy& taxonomy);

// One row: {"rank","id","name","score","band","required":{"met","total"},"preferred":{...},
// "missing_required":[ids]}, and "source" for a posting.
nlohmann::json ranked_target_json(const RankedTarget& item, const Taxonomy& taxonomy, std::size_t rank);
// The whole ranking: {"skillmatch","resume","<kind>s":[rows]} (kind is "role" or "posting").
nlohmann::json ranking_json(const std::vector<RankedTarget>& items, const std::string& kind,
                            const CandidateProfile& candidate, const Taxonomy& taxonomy, const RulesLoad& rules);

}  // namespace skillmatch
