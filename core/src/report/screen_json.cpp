// A screen's JSON: what `skillmatch screen --format json|ndjson` and POST /api/screen write.
#include <skillmatch/document_json.hpp>
#include <skillmatch/match_report.hpp>
#include <skillmatch/screen.hpp>

namespace skillmatch {
namespace {

using nlohmann::json;

json shortlist_json(const std::vector<ScreenEntry>& shortlist, const Taxonomy& taxonomy) {
  json out = json::array();
  for (std::size_t r = 0; r < shortlist.size(); ++r) {
    const ScreenEntry& entry = shortlist[r];
    out.push_back({{"rank", r + 1},
                   {"resume", entry.resume},
                   {"score", entry.score},
                   {"band", score_band(entry.score)},
                   {"required", {{"met", entry.required_met}, {"total", entry.required_total}}},
                   {"main_gap", gap_text(entry.gap, taxonomy)}});
  }
  return out;
}

json posting_json(const AnalyzedPosting& posting, const std::vector<ScreenEntry>& shortlist, const Taxonomy& taxonomy) {
  json required = json::array();
  for (const auto& requirement : posting.requirements.skills) {
    if (requirement.level == RequirementLevel::kRequired) required.push_back(taxonomy.skills[requirement.skill].id);
  }
  const Document& document = posting.document;
  return {{"id", document.id},
          {"title", document.title},
          {"source", document.source},
          {"required_skills", std::move(required)},
          {"shortlist", shortlist_json(shortlist, taxonomy)}};
}

}  // namespace

std::string screen_posting_json_text(const Engine& engine, const AnalyzedPosting& posting,
                                     const std::vector<ScreenEntry>& shortlist) {
  return json_text(posting_json(posting, shortlist, engine.taxonomy()));
}

std::string screen_json_text(const Engine& engine, const PostingSet& postings, const ScreenResult& result,
                             const std::vector<Error>& errors, int indent) {
  json postings_json = json::array();
  for (std::size_t p = 0; p < postings.postings.size(); ++p) {
    postings_json.push_back(posting_json(postings.postings[p], result.shortlists[p], engine.taxonomy()));
  }
  json error_list = json::array();
  for (const auto& error : errors) error_list.push_back(error_json(error));
  return json_text({{"skillmatch", provenance_json(engine.rules())},
                    {"resumes_screened", result.screened},
                    {"postings", std::move(postings_json)},
                    {"errors", std::move(error_list)}},
                   indent);
}

std::vector<Error> screen_errors(const PostingSet& postings, const std::vector<Error>& listing,
                                 const ScreenResult& result) {
  std::vector<Error> errors = postings.issues.errors;
  errors.insert(errors.end(), listing.begin(), listing.end());
  for (const auto& [order, error] : result.errors) errors.push_back(error);
  return errors;
}

}  // namespace skillmatch
