// A cohort audit's inputs: each graduate (a file, or a folder merged into one profile)
// read and scored against the target roles. The report built from them is audit_report.hpp.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <skillmatch/audit_report.hpp>
#include <skillmatch/engine.hpp>

namespace skillmatch {

// The graduates read, in input order, and what could not be read.
struct AuditRun {
  std::vector<GraduateResult> graduates;
  // Each graduate's read warnings and errors, in order.
  InputIssues issues;
};

// The graduates in `inputs`: a file is one graduate; a folder is a cohort whose files and
// sub-folders (portfolios) are graduates; hidden entries are skipped, a folder's sorted.
std::vector<std::string> list_graduates(const std::vector<std::string>& inputs, std::vector<Error>& errors);

// Reads every graduate (each a file or a portfolio folder, as list_graduates gives them)
// with `jobs` threads and scores each against `roles`; `advanced` (optional) is called once
// per graduate, in order, on the calling thread.
AuditRun audit_graduates(const Engine& engine, const std::vector<std::string>& graduates,
                         const std::vector<const Role*>& roles, YearMonth today, unsigned jobs,
                         const std::function<void()>& advanced = {});

}  // namespace skillmatch
