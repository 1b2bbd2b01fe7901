// skillmatch screen --posting FILE... PATH...: every resume against every posting, a
// ranked shortlist per posting. Memory is bounded by the shortlists (per posting and thread),
// not the resumes.
#include <algorithm>
#include <iostream>
#include <optional>

#include <skillmatch/parallel.hpp>
#include <skillmatch/posting_scorer.hpp>
#include <skillmatch/shortlist.hpp>

#include "batch.hpp"
#include "cli_common.hpp"
#include "commands.hpp"
#include <skillmatch/csv.hpp>
#include <skillmatch/document_json.hpp>
#include <skillmatch/match_report.hpp>
#include "runtime.hpp"

namespace skillmatch::cli {
namespace {

using nlohmann::json;

// One resume against one posting: small and allocation-free, since a screen makes one
// per pair; names are looked up only for the rows printed.
struct Row {
  std::size_t order = 0;  // the resume's place in the input: its file, and the tie-breaker
  double score = 0;
  int required_met = 0;
  int required_total = 0;
  MainGap gap;
};

// Higher score first, then input order: the same shortlist whatever the thread count.
struct Better {
  bool operator()(const Row& a, const Row& b) const { return a.score != b.score ? a.score > b.score : a.order < b.order; }
};

using Shortlists = std::vector<Shortlist<Row, Better>>;

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

  const auto runtime = Runtime::load(setup);
  if (!runtime) return kUsageError;
  const Taxonomy& taxonomy = runtime->taxonomy();
  std::vector<Error> errors;
  const std::vector<AnalyzedPosting> analyzed = read_postings(*runtime, postings, errors, printing.jobs);
  for (const auto& error : errors) report_problem(error.to_string());
  if (analyzed.empty()) {
    report_problem("no postings could be read");
    return kSomeInputsFailed;
  }

  std::vector<const PostingRequirements*> requirements;
  for (const auto& posting : analyzed) requirements.push_back(&posting.requirements);
  const CompiledPostings compiled(requirements, taxonomy.skills.size(), &taxonomy);
  const InputList resumes = collect_inputs(inputs, runtime->extensions());
  for (const auto& error : resumes.errors) {
    report_problem(error.to_string());
    errors.push_back(error);
  }
  // Each thread keeps its own shortlists and credits; the shortlists merge at the end
  // into the ones one thread would have kept, since rows are totally ordered.
  // Resumes go to threads in chunks: a hand-off per resume would wake the emitting thread
  // a hundred thousand times for a few bytes of news each.
  constexpr std::size_t kChunk = 32;
  const std::size_t count = resumes.files.size();
  const std::size_t chunks = (count + kChunk - 1) / kChunk;
  const unsigned workers = worker_count(chunks, printing.jobs);
  std::vector<Shortlists> kept(workers, Shortlists(analyzed.size(), Shortlist<Row, Better>(top)));
  std::vector<PostingCredits> credits(workers, PostingCredits(compiled));
  // Per thread and posting, the score a row must reach to have a chance: its full
  // shortlist's last row (a lower bound for any score while it is not full).
  std::vector<std::vector<double>> bars(workers, std::vector<double>(compiled.size(), -1.0));
  std::vector<std::vector<std::uint32_t>> reachable(workers);
  const auto screen_one = [&](unsigned worker, std::size_t i) -> std::optional<Error> {
    std::vector<Error> file_errors;
    auto candidate = read_candidate(*runtime, resumes.files[i], today, file_errors, EvidenceDetail::kScoreOnly);
    if (!candidate) return candidate.error();
    PostingCredits& credit = credits[worker];
    credit.load(candidate.value());
    Shortlists& shortlists = kept[worker];
    credit.reachable(bars[worker], reachable[worker]);
    for (const std::uint32_t p : reachable[worker]) {
      const PostingScore score = credit.score(p);
      if (must_have && score.required_met < score.required_total) continue;
      Row row{i, score.score, score.required_met, score.required_total, {}};
      if (!shortlists[p].admits(row)) continue;
      row.gap = credit.main_gap(p);
      shortlists[p].offer(row);
      if (const Row* last = shortlists[p].last_kept()) bars[worker][p] = last->score;
    }
    return std::nullopt;
  };
  std::size_t screened = 0;
  Progress progress(count, "resumes");
  ordered_parallel_workers(
      chunks, workers,
      [&](unsigned worker, std::size_t chunk) {
        std::vector<std::optional<Error>> outcomes;
        for (std::size_t i = chunk * kChunk; i < std::min(count, (chunk + 1) * kChunk); ++i) {
          outcomes.push_back(screen_one(worker, i));
        }
        return outcomes;
      },
      [&](std::size_t, std::vector<std::optional<Error>>&& outcomes) {
        for (auto& error : outcomes) {
          progress.advance();
          if (error) {
            report_problem(error->to_string());
            errors.push_back(std::move(*error));
          } else {
            ++screened;
          }
        }
      });
  Shortlists& shortlists = kept.front();
  for (std::size_t w = 1; w < kept.size(); ++w) {
    for (std::size_t p = 0; p < shortlists.size(); ++p) shortlists[p].merge(kept[w][p]);
  }

  Output output(printing.output);
  std::ostream& out = output.stream();
  json postings_json = json::array();
  if (format == Format::kCsv) {
    write_csv_row(out, {"posting", "title", "rank", "resume", "score", "required_met", "required_total", "main_gap"});
  }
  for (std::size_t p = 0; p < analyzed.size(); ++p) {
    const Document& posting = analyzed[p].document;
    const std::vector<Row> rows = shortlists[p].ranked();
    if (format == Format::kTable) {
      out << posting.title << "  [" << posting.id << "]  " << rows.size() << " of " << screened << " resumes\n";
      for (std::size_t r = 0; r < rows.size(); ++r) {
        char line[96];
        std::snprintf(line, sizeof line, "  %3zu. %5.1f  required %d/%d  ", r + 1, rows[r].score, rows[r].required_met,
                      rows[r].required_total);
        const std::string gap = gap_text(rows[r].gap, taxonomy);
        out << line << input_name(resumes.files[rows[r].order], setup) << (gap.empty() ? "" : "  missing: " + gap) << '\n';
      }
      out << '\n';
      continue;
    }
    if (format == Format::kCsv) {
      for (std::size_t r = 0; r < rows.size(); ++r) {
        write_csv_row(out, {posting.id, posting.title, std::to_string(r + 1), input_name(resumes.files[rows[r].order], setup),
                            std::to_string(rows[r].score), std::to_string(rows[r].required_met),
                            std::to_string(rows[r].required_total), gap_text(rows[r].gap, taxonomy)});
      }
      continue;
    }
    json shortlist = json::array();
    for (std::size_t r = 0; r < rows.size(); ++r) {
      shortlist.push_back({{"rank", r + 1},
                           {"resume", input_name(resumes.files[rows[r].order], setup)},
                           {"score", rows[r].score},
                           {"band", score_band(rows[r].score)},
                           {"required", {{"met", rows[r].required_met}, {"total", rows[r].required_total}}},
                           {"main_gap", gap_text(rows[r].gap, taxonomy)}});
    }
    json required = json::array();
    for (const auto& requirement : analyzed[p].requirements.skills) {
      if (requirement.level == RequirementLevel::kRequired) required.push_back(taxonomy.skills[requirement.skill].id);
    }
    json item = {{"id", posting.id}, {"title", posting.title}, {"source", posting.source},
                 {"required_skills", std::move(required)}, {"shortlist", std::move(shortlist)}};
    if (format == Format::kNdjson) {
      out << json_text(item) << '\n';
    } else {
      postings_json.push_back(std::move(item));
    }
  }
  if (format == Format::kJson) {
    json error_list = json::array();
    for (const auto& error : errors) error_list.push_back(error_json(error));
    out << json_text({{"skillmatch", provenance_json(runtime->rules())},
                      {"resumes_screened", screened},
                      {"postings", std::move(postings_json)},
                      {"errors", std::move(error_list)}},
                     2)
        << '\n';
  }
  if (!output.commit()) return kSomeInputsFailed;
  return errors.empty() ? kSuccess : kSomeInputsFailed;
}

}  // namespace skillmatch::cli
