// skillmatch screen --posting FILE... PATH...: every resume against every posting, a
// ranked shortlist per posting (the engine's screen, skillmatch/screen.hpp), rendered.
#include <iostream>

#include <skillmatch/csv.hpp>
#include <skillmatch/document_json.hpp>
#include <skillmatch/match_report.hpp>
#include <skillmatch/screen.hpp>

#include "cli_common.hpp"
#include "commands.hpp"
#include "engine_loader.hpp"

namespace skillmatch::cli {
namespace {

void write_table(std::ostream& out, const AnalyzedPosting& posting, const std::vector<ScreenEntry>& rows,
                 std::size_t screened, const Taxonomy& taxonomy) {
  out << posting.document.title << "  [" << posting.document.id << "]  " << rows.size() << " of " << screened
      << " resumes\n";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    char line[96];
    std::snprintf(line, sizeof line, "  %3zu. %5.1f  required %d/%d  ", r + 1, rows[r].score, rows[r].required_met,
                  rows[r].required_total);
    const std::string gap = gap_text(rows[r].gap, taxonomy);
    out << line << rows[r].resume << (gap.empty() ? "" : "  missing: " + gap) << '\n';
  }
  out << '\n';
}

void write_csv(std::ostream& out, const AnalyzedPosting& posting, const std::vector<ScreenEntry>& rows,
               const Taxonomy& taxonomy) {
  for (std::size_t r = 0; r < rows.size(); ++r) {
    write_csv_row(out, {posting.document.id, posting.document.title, std::to_string(r + 1), rows[r].resume,
                        std::to_string(rows[r].score), std::to_string(rows[r].required_met),
                        std::to_string(rows[r].required_total), gap_text(rows[r].gap, taxonomy)});
  }
}

void write_screen(std::ostream& out, Format format, const Engine& engine, const PostingSet& postings,
                  const ScreenResult& result, const std::vector<Error>& errors) {
  if (format == Format::kJson) {
    out << screen_json_text(engine, postings, result, errors) << '\n';
    return;
  }
  if (format == Format::kCsv) {
    write_csv_row(out, {"posting", "title", "rank", "resume", "score", "required_met", "required_total", "main_gap"});
  }
  for (std::size_t p = 0; p < postings.postings.size(); ++p) {
    const AnalyzedPosting& posting = postings.postings[p];
    if (format == Format::kTable) write_table(out, posting, result.shortlists[p], result.screened, engine.taxonomy());
    if (format == Format::kCsv) write_csv(out, posting, result.shortlists[p], engine.taxonomy());
    if (format == Format::kNdjson) out << screen_posting_json_text(engine, posting, result.shortlists[p]) << '\n';
  }
}

// Prints each resume's warnings and errors, in resume order.
void report_screen_issues(const ScreenResult& result) {
  auto warning = result.warnings.begin();
  for (const auto& [order, error] : result.errors) {
    for (; warning != result.warnings.end() && warning->first <= order; ++warning) report_warning(warning->second);
    report_problem(error.to_string());
  }
  for (; warning != result.warnings.end(); ++warning) report_warning(warning->second);
}

}  // namespace

int run_screen(const Arguments& args) {
  SetupOptions setup;
  ReportOptions printing;
  std::string today_text;
  std::vector<std::string> postings, inputs;
  std::size_t top = 10;
  bool must_have = false;
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")(
      "posting", po::value(&postings)->composing(), "a posting file, feed or folder (repeatable)")(
      "top", po::value(&top)->default_value(top), "shortlist size per posting")(
      "must-have", po::bool_switch(&must_have), "shortlist only resumes that show every required skill")(
      "today", po::value(&today_text), "what 'Present' means, YYYY-MM (default: this month)")(
      "input", po::value(&inputs)->composing(), "resume files or folders");
  add_report_options(options, printing, "table | json | ndjson | csv");
  add_reading_options(options, setup);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map values;
  if (!parse_command_line(args, options, positional,
                          "Usage: skillmatch screen --posting FILE [--posting FILE...] [--top N] [--must-have] PATH...\n"
                          "Scores every resume under PATH against every posting; prints a ranked shortlist\n"
                          "per posting (rank, resume, score, required skills met, the main gap).",
                          values)) {
    return kSuccess;
  }
  const Format format = parse_format(printing.format, {Format::kTable, Format::kJson, Format::kNdjson, Format::kCsv});
  if (postings.empty()) throw UsageError("no --posting given");
  if (inputs.empty()) throw UsageError("no resumes given");
  check_standard_input_once({&postings, &inputs});
  if (top == 0) throw UsageError("--top must be at least 1");
  const YearMonth today = parse_today(today_text);

  const auto engine = load_engine(engine_options(setup));
  if (!engine) return kUsageError;
  const PostingSet analyzed = engine->read_postings(postings, printing.jobs);
  report_issues(analyzed.issues);
  if (analyzed.postings.empty()) {
    report_problem("no postings could be read");
    return kSomeInputsFailed;
  }
  const InputList resumes = engine->list_inputs(inputs);
  for (const auto& error : resumes.errors) report_problem(error.to_string());
  BatchProgress progress("resumes");
  progress.start(resumes.files.size());
  const ScreenResult result = screen_files(*engine, analyzed, resumes.files, 0, {top, must_have, today, printing.jobs, {}},
                                           [&] { progress.advance(); });
  report_screen_issues(result);
  const std::vector<Error> errors = screen_errors(analyzed, resumes.errors, result);

  Output output(printing.output);
  write_screen(output.stream(), format, *engine, analyzed, result, errors);
  if (!output.commit()) return kSomeInputsFailed;
  return errors.empty() ? kSuccess : kSomeInputsFailed;
}

}  // namespace skillmatch::cli
