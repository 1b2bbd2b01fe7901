// skillmatch audit --role ID... PATH...: a cohort against target roles. A graduate is a
// file, or a folder (a portfolio) whose documents are merged into one profile.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <thread>

#include <skillmatch/audit_report.hpp>
#include "batch.hpp"
#include "cli_common.hpp"
#include "commands.hpp"
#include <skillmatch/document_json.hpp>
#include <skillmatch/match_report.hpp>
#include "runtime.hpp"

namespace skillmatch::cli {
namespace {

namespace fs = std::filesystem;

// A file argument is one graduate; a folder argument is a cohort whose entries (files,
// or sub-folders holding a portfolio) are graduates.
std::vector<fs::path> graduates_of(const std::vector<std::string>& paths, std::vector<Error>& errors) {
  std::vector<fs::path> graduates;
  for (const auto& given : paths) {
    std::error_code error;
    if (!fs::is_directory(given, error)) {
      graduates.emplace_back(given);
      continue;
    }
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(given, error), end; !error && it != end; it.increment(error)) {
      if (it->path().filename().string().front() != '.') entries.push_back(it->path());
    }
    if (error) errors.push_back({given, "cannot list directory: " + error.message()});
    std::sort(entries.begin(), entries.end());
    graduates.insert(graduates.end(), entries.begin(), entries.end());
  }
  return graduates;
}

}  // namespace

int run_audit(const Arguments& args) {
  SetupOptions setup;
  ReportOptions printing;
  std::string html_path, csv_path, today_text;
  std::vector<std::string> role_ids, inputs;
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")("role", po::value(&role_ids)->composing(), "a target role id (repeatable)")(
      "html", po::value(&html_path), "also write a self-contained HTML report to FILE")(
      "csv", po::value(&csv_path), "also write the graduate x role matrix as CSV to FILE")(
      "today", po::value(&today_text), "what 'Present' means, YYYY-MM (default: this month)")(
      "input", po::value(&inputs)->composing(), "graduate files or folders, or cohort folders");
  add_report_options(options, printing, "table | json | csv");
  add_reading_options(options, setup);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map values;
  if (!parse_command_line(args, options, positional,
                          "Usage: skillmatch audit --role ID [--role ID...] [--html FILE] [--csv FILE] PATH...\n"
                          "A file is one graduate; a folder is a cohort whose files and sub-folders (portfolios,\n"
                          "merged into one profile each) are graduates. Reports the score matrix, each graduate's\n"
                          "best role and gaps, per-role coverage, and the gaps most worth teaching.",
                          values)) {
    return kSuccess;
  }
  const Format format = parse_format(printing.format, {Format::kTable, Format::kJson, Format::kCsv});
  if (role_ids.empty()) throw UsageError("no --role given");
  if (inputs.empty()) throw UsageError("no graduates given");
  check_standard_input_once({&inputs});
  const YearMonth today = parse_today(today_text);

  const auto runtime = Runtime::load(setup);
  if (!runtime) return kUsageError;
  const Taxonomy& taxonomy = runtime->taxonomy();
  std::vector<const Role*> roles;
  for (const auto& id : role_ids) roles.push_back(&find_role(taxonomy, id));

  std::vector<Error> errors;
  const std::vector<fs::path> graduates = graduates_of(inputs, errors);
  std::vector<GraduateResult> results;
  Progress progress(graduates.size(), "graduates");
  using Outcome = std::pair<Result<GraduateResult>, std::vector<Error>>;
  ordered_parallel(
      graduates.size(), printing.jobs,
      [&](std::size_t i) -> Outcome {
        std::vector<Error> file_errors;
        auto candidate = read_candidate(*runtime, graduates[i].string(), today, file_errors);
        if (!candidate) return {candidate.error(), file_errors};
        const std::string id = graduates[i] == kStandardInputPath ? setup.stdin_name : graduates[i].filename().string();
        GraduateResult graduate{id, candidate.value().sources, {}, {}, {}};
        for (const Role* role : roles) {
          const MatchResult result = score_against_role(candidate.value(), *role, taxonomy, Explain::kScoreOnly);
          graduate.scores.push_back(result.score);
          std::vector<std::size_t> missing, shown;
          for (const auto& v : result.verdicts) {
            if (v.level != RequirementLevel::kRequired) continue;
            (v.credit > 0 ? shown : missing).push_back(v.skill);
          }
          graduate.missing_required.push_back(std::move(missing));
          graduate.shown_required.push_back(std::move(shown));
        }
        return {std::move(graduate), file_errors};
      },
      [&](std::size_t, Outcome&& outcome) {
        progress.advance();
        errors.insert(errors.end(), outcome.second.begin(), outcome.second.end());
        if (outcome.first) {
          results.push_back(std::move(outcome.first).value());
        } else if (outcome.second.empty()) {
          errors.push_back(outcome.first.error());
        }
      });
  for (const auto& error : errors) report_problem(error.to_string());

  const AuditReport report = AuditReport::build(roles, std::move(results), taxonomy);
  const std::string provenance = "skillmatch " SKILLMATCH_VERSION ", rules " + runtime->rules().fingerprint;
  bool written = true;
  if (!html_path.empty()) {
    Output html(html_path);
    write_audit_html(html.stream(), report, taxonomy, provenance);
    written = html.commit() && written;
  }
  if (!csv_path.empty()) {
    Output csv(csv_path);
    write_audit_csv(csv.stream(), report);
    written = csv.commit() && written;
  }
  Output output(printing.output);
  if (format == Format::kJson) {
    nlohmann::json body = audit_json(report, taxonomy);
    body["skillmatch"] = provenance_json(runtime->rules());
    body["errors"] = nlohmann::json::array();
    for (const auto& error : errors) body["errors"].push_back(error_json(error));
    output.stream() << json_text(body, 2) << '\n';
  } else if (format == Format::kCsv) {
    write_audit_csv(output.stream(), report);
  } else {
    write_audit_text(output.stream(), report, taxonomy);
  }
  written = output.commit() && written;
  return errors.empty() && written ? kSuccess : kSomeInputsFailed;
}

}  // namespace skillmatch::cli
