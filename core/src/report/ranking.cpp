#include <skillmatch/ranking.hpp>

#include <algorithm>

#include <skillmatch/match_report.hpp>

namespace skillmatch {
namespace {

using nlohmann::json;

void rank(std::vector<RankedTarget>& items) {
  std::stable_sort(items.begin(), items.end(), [](const RankedTarget& a, const RankedTarget& b) {
    return a.result.score != b.result.score ? a.result.score > b.result.score : a.id < b.id;
  });
}

}  // namespace

std::vector<RankedTarget> rank_roles(const CandidateProfile& candidate, const Taxonomy& taxonomy) {
  std::vector<RankedTarget> ranked;
  for (const auto& role : taxonomy.roles) {
    ranked.push_back({role.id, role.name, "", score_against_role(candidate, role, taxonomy, Explain::kScoreOnly)});
  }
  rank(ranked);
  return ranked;
}

std::vector<RankedTarget> rank_postings(const CandidateProfile& candidate, const std::vector<AnalyzedPosting>& postings,
                                        const Taxonomy& taxonomy) {
  std::vector<RankedTarget> ranked;
  for (const auto& posting : postings) {
    ranked.push_back({posting.document.id, posting.document.title, posting.document.source,
                      score_against_posting(candidate, posting.requirements, taxonomy, Explain::kScoreOnly)});
  }
  rank(ranked);
  return ranked;
}

json ranked_target_json(const RankedTarget& item, const Taxonomy& taxonomy, std::size_t rank) {
  json missing = json::array();
  for (const auto& v : item.result.verdicts) {
    if (v.credit == 0 && v.level == RequirementLevel::kRequired) missing.push_back(taxonomy.skills[v.skill].id);
  }
  json out = {{"rank", rank},
              {"id", item.id},
              {"name", item.name},
              {"score", item.result.score},
              {"band", score_band(item.result.score)},
              {"required", {{"met", item.result.required_met}, {"total", item.result.required_total}}},
              {"preferred", {{"met", item.result.preferred_met}, {"total", item.result.preferred_total}}},
              {"missing_required", std::move(missing)}};
  if (!item.source.empty()) out["source"] = item.source;
  return out;
}

json ranking_json(const std::vector<RankedTarget>& items, const std::string& kind, const CandidateProfile& candidate,
                  const Taxonomy& taxonomy, const RulesLoad& rules) {
  json list = json::array();
  for (std::size_t i = 0; i < items.size(); ++i) list.push_back(ranked_target_json(items[i], taxonomy, i + 1));
  return {{"skillmatch", provenance_json(rules)}, {"resume", candidate_json(candidate)}, {kind + "s", std::move(list)}};
}

}  // namespace skillmatch
