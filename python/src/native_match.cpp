#include "native_match.hpp"

#include <stdexcept>

#include <skillmatch/audit.hpp>
#include <skillmatch/document_json.hpp>
#include <skillmatch/match_report.hpp>
#include <skillmatch/ranking.hpp>
#include <skillmatch/role_lookup.hpp>

namespace skillmatch::python {
namespace {

std::string indented(const nlohmann::json& body) { return json_text(body, 2) + '\n'; }

// The explanation of one target, or the ranking of several, as the CLI prints either.
std::string postings_report(const Engine& engine, const CandidateProfile& candidate, const PostingSet& read) {
  const Taxonomy& taxonomy = engine.taxonomy();
  if (read.postings.empty()) return "";
  if (read.postings.size() > 1) {
    return indented(ranking_json(rank_postings(candidate, read.postings, taxonomy), "posting", candidate, taxonomy,
                                 engine.rules()));
  }
  const AnalyzedPosting& posting = read.postings.front();
  return indented(match_report_json(score_against_posting(candidate, posting.requirements, taxonomy), candidate,
                                    taxonomy, engine.rules(), posting_target_json(posting.document)));
}

std::string role_report(const Engine& engine, const CandidateProfile& candidate, const std::string& role) {
  const Taxonomy& taxonomy = engine.taxonomy();
  if (role == "best") {
    return indented(ranking_json(rank_roles(candidate, taxonomy), "role", candidate, taxonomy, engine.rules()));
  }
  const Role& target = role_by_id(taxonomy, role);
  return indented(match_report_json(score_against_role(candidate, target, taxonomy), candidate, taxonomy,
                                    engine.rules(), role_target_json(target)));
}

}  // namespace

const Role& role_by_id(const Taxonomy& taxonomy, const std::string& id) {
  if (const auto index = taxonomy.role_index(id)) return taxonomy.roles[*index];
  throw std::invalid_argument(unknown_role_message(taxonomy, id));
}

ReportText match_json(const Engine& engine, const std::string& resume, const std::string& role,
                      const std::vector<std::string>& postings, YearMonth today) {
  if (role.empty() == postings.empty()) throw std::invalid_argument("give either a role or postings");
  // A typo in a role is found before the resume is read, as the CLI finds it.
  if (!role.empty() && role != "best") role_by_id(engine.taxonomy(), role);
  InputIssues issues;
  auto candidate = engine.read_candidate(resume, today, issues);
  if (!candidate) throw std::invalid_argument(candidate.error().to_string());
  if (!role.empty()) return {role_report(engine, candidate.value(), role), std::move(issues.errors)};
  PostingSet read = engine.read_postings(postings);
  issues.errors.insert(issues.errors.end(), read.issues.errors.begin(), read.issues.errors.end());
  return {postings_report(engine, candidate.value(), read), std::move(issues.errors)};
}

std::string audit_json(const Engine& engine, const std::vector<std::string>& inputs,
                       const std::vector<std::string>& role_ids, YearMonth today, unsigned jobs) {
  if (role_ids.empty()) throw std::invalid_argument("no roles given");
  std::vector<const Role*> roles;
  for (const auto& id : role_ids) roles.push_back(&role_by_id(engine.taxonomy(), id));
  std::vector<Error> errors;
  const std::vector<std::string> graduates = list_graduates(inputs, errors);
  AuditRun run = audit_graduates(engine, graduates, roles, today, jobs);
  errors.insert(errors.end(), run.issues.errors.begin(), run.issues.errors.end());
  const AuditReport report = AuditReport::build(roles, std::move(run.graduates), engine.taxonomy());
  return indented(audit_report_json(report, engine.taxonomy(), engine.rules(), errors));
}

}  // namespace skillmatch::python
