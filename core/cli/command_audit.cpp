// skillmatch audit --role ID... PATH...: a cohort against target roles. A graduate is a
// file, or a folder (a portfolio) whose documents are merged into one profile.
#include <iostream>

#include <skillmatch/audit.hpp>
#include <skillmatch/audit_report.hpp>
#include <skillmatch/document_json.hpp>
#include <skillmatch/match_report.hpp>

#include "cli_common.hpp"
#include "commands.hpp"
#include "engine_loader.hpp"

namespace skillmatch::cli {
namespace {

// The report on stdout (or --output), and the --html and --csv files; false when one of
// them could not be written.
bool write_reports(const AuditReport& report, const Engine& engine, const std::vector<Error>& errors, Format format,
                   const std::string& output_path, const std::string& html_path, const std::string& csv_path) {
  const Taxonomy& taxonomy = engine.taxonomy();
  bool written = true;
  if (!html_path.empty()) {
    Output html(html_path);
    write_audit_html(html.stream(), report, taxonomy, "skillmatch " SKILLMATCH_VERSION ", rules " + engine.rules().fingerprint);
    written = html.commit() && written;
  }
  if (!csv_path.empty()) {
    Output csv(csv_path);
    write_audit_csv(csv.stream(), report);
    written = csv.commit() && written;
  }
  Output output(output_path);
  if (format == Format::kJson) {
    output.stream() << json_text(audit_report_json(report, taxonomy, engine.rules(), errors), 2) << '\n';
  } else if (format == Format::kCsv) {
    write_audit_csv(output.stream(), report);
  } else {
    write_audit_text(output.stream(), report, taxonomy);
  }
  return output.commit() && written;
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

  const auto engine = load_engine(engine_options(setup));
  if (!engine) return kUsageError;
  const Taxonomy& taxonomy = engine->taxonomy();
  std::vector<const Role*> roles;
  for (const auto& id : role_ids) roles.push_back(&find_role(taxonomy, id));

  std::vector<Error> errors;
  const std::vector<std::string> graduates = list_graduates(inputs, errors);
  BatchProgress progress("graduates");
  progress.start(graduates.size());
  AuditRun run = audit_graduates(*engine, graduates, roles, today, printing.jobs, [&] { progress.advance(); });
  errors.insert(errors.end(), run.issues.errors.begin(), run.issues.errors.end());
  for (const auto& warning : run.issues.warnings) report_warning(warning);
  for (const auto& error : errors) report_problem(error.to_string());

  const AuditReport report = AuditReport::build(roles, std::move(run.graduates), taxonomy);
  const bool written = write_reports(report, *engine, errors, format, printing.output, html_path, csv_path);
  return errors.empty() && written ? kSuccess : kSomeInputsFailed;
}

}  // namespace skillmatch::cli
