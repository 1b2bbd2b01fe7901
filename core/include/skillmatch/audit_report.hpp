// The cohort audit's results and their renderings (JSON, text, CSV matrix, HTML page).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include <skillmatch/rules_loader.hpp>
#include <skillmatch/scoring.hpp>

namespace skillmatch {

struct GraduateResult {
  std::string id;                    // file or folder name
  std::vector<std::string> sources;  // the documents merged
  std::vector<double> scores;        // per target role, in the audit's role order
  std::vector<std::vector<std::size_t>> missing_required;  // per role: skill indices
  std::vector<std::vector<std::size_t>> shown_required;    // per role: skill indices with evidence
};

struct SkillShare {
  std::size_t skill = 0;
  std::size_t count = 0;  // graduates who show it (coverage) or lack it (gaps)
  double share = 0;       // of the cohort
  std::vector<std::string> roles;
  // A gap that any of several skills fills (a role's any-of group): all of them, `skill`
  // first; empty for a single skill.
  std::vector<std::size_t> one_of;
};

struct AuditReport {
  std::vector<const Role*> roles;
  std::vector<GraduateResult> graduates;
  std::vector<std::vector<SkillShare>> coverage;  // per role: each required skill's share shown
  std::vector<SkillShare> teach;                  // required skills most often missing, most first

  static AuditReport build(std::vector<const Role*> roles, std::vector<GraduateResult> graduates, const Taxonomy& taxonomy);
  std::size_t best_role(const GraduateResult& graduate) const;  // index into roles
};

nlohmann::json audit_json(const AuditReport& report, const Taxonomy& taxonomy);
// What `skillmatch audit --format json` prints: audit_json with "skillmatch" (provenance)
// and "errors":[{"source","message"}].
nlohmann::json audit_report_json(const AuditReport& report, const Taxonomy& taxonomy, const RulesLoad& rules,
                                 const std::vector<Error>& errors);
void write_audit_text(std::ostream& out, const AuditReport& report, const Taxonomy& taxonomy);
void write_audit_csv(std::ostream& out, const AuditReport& report);
// One self-contained page: inline CSS, no scripts, no external assets.
void write_audit_html(std::ostream& out, const AuditReport& report, const Taxonomy& taxonomy, const std::string& provenance);

}  // namespace skillmatch
