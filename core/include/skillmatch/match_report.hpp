// Turning match results into the JSON and text people and programs read. Shared by
// match, screen, audit and serve, so every surface gives the same shapes.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include <skillmatch/posting_scorer.hpp>
#include <skillmatch/rules_loader.hpp>
#include <skillmatch/scoring.hpp>

namespace skillmatch {

// {"version", "rules"}: which skillmatch and which rules produced a score.
nlohmann::json provenance_json(const RulesLoad& rules);
// {"sources":[...], "title", "experience_months"}
nlohmann::json candidate_json(const CandidateProfile& candidate);
// {"type":"posting","id","title","source"} / {"type":"role","id","name"}
nlohmann::json posting_target_json(const Document& posting);
nlohmann::json role_target_json(const Role& role);
// The full explanation: {"score","target","required":{"met","total"},"preferred":{...},
// "matched":[...],"missing":[...],"years_short":[...],"implied_only":[...],"groups":[...],
// "experience_months","overall_years_required","suggestions":[...]}
nlohmann::json match_json(const MatchResult& result, const CandidateProfile& candidate, const Taxonomy& taxonomy,
                          nlohmann::json target);
// What `skillmatch match --format json` prints for one target (and POST /api/match
// answers): match_json with "skillmatch" (provenance_json) and "resume" (candidate_json).
nlohmann::json match_report_json(const MatchResult& result, const CandidateProfile& candidate,
                                 const Taxonomy& taxonomy, const RulesLoad& rules, nlohmann::json target);
// One line per part of the explanation, for a terminal.
void write_match_text(std::ostream& out, const MatchResult& result, const CandidateProfile& candidate,
                      const Taxonomy& taxonomy, const std::string& target_name, bool colour);

// The first missing required skills: the "main gap" of a ranking row.
MainGap main_gap_of(const MatchResult& result);
// "Kubernetes, Terraform, Go, ..." (empty when nothing required is missing).
std::string gap_text(const MainGap& gap, const Taxonomy& taxonomy);
inline std::string main_gap(const MatchResult& result, const Taxonomy& taxonomy) {
  return gap_text(main_gap_of(result), taxonomy);
}

}  // namespace skillmatch
