// A cohort's graduates read and scored against the audit's roles (skillmatch/audit.hpp).
#include <skillmatch/audit.hpp>

#include <algorithm>
#include <filesystem>

#include <skillmatch/parallel.hpp>

namespace skillmatch {
namespace {

namespace fs = std::filesystem;

// One graduate's scores against every role, with the required skills shown and missing.
GraduateResult score_graduate(std::string id, const CandidateProfile& candidate, const std::vector<const Role*>& roles,
                              const Taxonomy& taxonomy) {
  GraduateResult graduate{std::move(id), candidate.sources, {}, {}, {}};
  for (const Role* role : roles) {
    const MatchResult result = score_against_role(candidate, *role, taxonomy, Explain::kScoreOnly);
    graduate.scores.push_back(result.score);
    std::vector<std::size_t> missing, shown;
    for (const auto& v : result.verdicts) {
      if (v.level != RequirementLevel::kRequired) continue;
      (v.credit > 0 ? shown : missing).push_back(v.skill);
    }
    graduate.missing_required.push_back(std::move(missing));
    graduate.shown_required.push_back(std::move(shown));
  }
  return graduate;
}

}  // namespace

std::vector<std::string> list_graduates(const std::vector<std::string>& inputs, std::vector<Error>& errors) {
  std::vector<std::string> graduates;
  for (const auto& given : inputs) {
    std::error_code error;
    if (!fs::is_directory(given, error)) {
      graduates.push_back(given);
      continue;
    }
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(given, error), end; !error && it != end; it.increment(error)) {
      if (it->path().filename().string().front() != '.') entries.push_back(it->path());
    }
    if (error) errors.push_back({given, "cannot list directory: " + error.message()});
    std::sort(entries.begin(), entries.end());
    for (const auto& entry : entries) graduates.push_back(entry.string());
  }
  return graduates;
}

AuditRun audit_graduates(const Engine& engine, const std::vector<std::string>& graduates,
                         const std::vector<const Role*>& roles, YearMonth today, unsigned jobs,
                         const std::function<void()>& advanced) {
  AuditRun run;
  using Outcome = std::pair<Result<GraduateResult>, InputIssues>;
  ordered_parallel(
      graduates.size(), jobs,
      [&](std::size_t i) -> Outcome {
        InputIssues issues;
        auto candidate = engine.read_candidate(graduates[i], today, issues);
        if (!candidate) return {candidate.error(), std::move(issues)};
        const std::string id = graduates[i] == kStandardInputPath ? engine.options().stdin_name
                                                                  : fs::path(graduates[i]).filename().string();
        return {score_graduate(id, candidate.value(), roles, engine.taxonomy()), std::move(issues)};
      },
      [&](std::size_t, Outcome&& outcome) {
        if (advanced) advanced();
        auto& issues = run.issues;
        issues.warnings.insert(issues.warnings.end(), outcome.second.warnings.begin(), outcome.second.warnings.end());
        issues.errors.insert(issues.errors.end(), outcome.second.errors.begin(), outcome.second.errors.end());
        if (outcome.first) {
          run.graduates.push_back(std::move(outcome.first).value());
        } else if (outcome.second.errors.empty()) {
          issues.errors.push_back(outcome.first.error());
        }
      });
  return run;
}

}  // namespace skillmatch
