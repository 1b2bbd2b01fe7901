// skillmatch match RESUME (--role ID | --role best | --posting FILE...): how one candidate
// fits a role, every role, or one or many postings, with the reasons.
#include <algorithm>
#include <iostream>

#include "cli_common.hpp"
#include "commands.hpp"
#include <skillmatch/csv.hpp>
#include <skillmatch/document_json.hpp>
#include <skillmatch/match_report.hpp>
#include <skillmatch/ranking.hpp>
#include "engine_loader.hpp"

namespace skillmatch::cli {
namespace {

using nlohmann::json;

void write_ranking(std::ostream& out, Format format, const std::vector<RankedTarget>& items, const Taxonomy& taxonomy,
                   const char* kind, const CandidateProfile& candidate, const RulesLoad& rules) {
  if (format == Format::kCsv) {
    write_csv_row(out, {"rank", kind, "name", "score", "required_met", "required_total", "main_gap"});
    for (std::size_t i = 0; i < items.size(); ++i) {
      write_csv_row(out, {std::to_string(i + 1), items[i].id, items[i].name, std::to_string(items[i].result.score),
                          std::to_string(items[i].result.required_met), std::to_string(items[i].result.required_total),
                          main_gap(items[i].result, taxonomy)});
    }
    return;
  }
  if (format == Format::kTable) {
    out << (candidate.title.empty() ? candidate.sources.front() : candidate.title) << ": " << kind << "s, best first\n";
    for (std::size_t i = 0; i < items.size(); ++i) {
      char line[64];
      std::snprintf(line, sizeof line, "%3zu. %5.1f %-8s  ", i + 1, items[i].result.score,
                    std::string(score_band(items[i].result.score)).c_str());
      const std::string gap = main_gap(items[i].result, taxonomy);
      out << line << items[i].name << "  (" << items[i].id << ")" << (gap.empty() ? "" : "  missing: " + gap) << '\n';
    }
    return;
  }
  if (format == Format::kNdjson) {
    for (std::size_t i = 0; i < items.size(); ++i) out << json_text(ranked_target_json(items[i], taxonomy, i + 1)) << '\n';
    return;
  }
  out << json_text(ranking_json(items, kind, candidate, taxonomy, rules), 2) << '\n';
}

void write_single(std::ostream& out, Format format, const MatchResult& result, const CandidateProfile& candidate,
                  const Engine& engine, json target, const std::string& target_name) {
  const Taxonomy& taxonomy = engine.taxonomy();
  if (format == Format::kTable) {
    write_match_text(out, result, candidate, taxonomy, target_name, use_colour(1));
    return;
  }
  if (format == Format::kCsv) {
    write_csv_row(out, {"skill", "name", "level", "strength", "credit", "months", "required_years", "years_short"});
    for (const auto& v : result.verdicts) {
      char credit[16];
      std::snprintf(credit, sizeof credit, "%.2f", v.credit);
      write_csv_row(out, {taxonomy.skills[v.skill].id, taxonomy.skills[v.skill].name,
                          v.level == RequirementLevel::kRequired ? "required" : "preferred",
                          std::string(to_string(v.strength)), credit, std::to_string(v.months),
                          std::to_string(v.required_years), v.years_short ? "true" : "false"});
    }
    return;
  }
  const json body = match_report_json(result, candidate, taxonomy, engine.rules(), std::move(target));
  out << (format == Format::kNdjson ? json_text(body) : json_text(body, 2)) << '\n';
}

// --role: every role ranked (best), or each role given explained.
void write_roles(std::ostream& out, Format format, const Engine& engine, const CandidateProfile& candidate,
                 const std::vector<std::string>& roles, const std::vector<const Role*>& chosen_roles) {
  const Taxonomy& taxonomy = engine.taxonomy();
  if (std::find(roles.begin(), roles.end(), "best") != roles.end()) {
    write_ranking(out, format, rank_roles(candidate, taxonomy), taxonomy, "role", candidate, engine.rules());
    return;
  }
  for (const Role* role : chosen_roles) {
    write_single(out, format, score_against_role(candidate, *role, taxonomy), candidate, engine,
                 role_target_json(*role), role->name);
  }
}

// --posting: one posting explained, or many ranked; false when some could not be read.
bool write_postings(std::ostream& out, Format format, const Engine& engine, const CandidateProfile& candidate,
                    const std::vector<std::string>& postings) {
  const Taxonomy& taxonomy = engine.taxonomy();
  const PostingSet read = engine.read_postings(postings);
  report_issues(read.issues);
  if (read.postings.size() == 1) {
    const AnalyzedPosting& posting = read.postings.front();
    write_single(out, format, score_against_posting(candidate, posting.requirements, taxonomy), candidate, engine,
                 posting_target_json(posting.document), posting.document.title);
  } else if (!read.postings.empty()) {
    write_ranking(out, format, rank_postings(candidate, read.postings, taxonomy), taxonomy, "posting", candidate,
                  engine.rules());
  }
  return read.issues.errors.empty();
}

}  // namespace

int run_match(const Arguments& args) {
  SetupOptions setup;
  ReportOptions printing;
  std::string resume, today_text;
  std::vector<std::string> roles, postings;
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")(
      "role", po::value(&roles)->composing(), "a role id, or 'best' to rank every role (repeatable)")(
      "posting", po::value(&postings)->composing(), "a posting file, feed or folder (repeatable)")(
      "today", po::value(&today_text), "what 'Present' means, YYYY-MM (default: this month)")(
      "resume", po::value(&resume), "a resume file, or a folder merged into one profile");
  add_report_options(options, printing, "table | json | ndjson | csv", /*batch=*/false);
  add_reading_options(options, setup);
  po::positional_options_description positional;
  positional.add("resume", 1);
  po::variables_map values;
  if (!parse_command_line(args, options, positional,
                          "Usage: skillmatch match RESUME (--role ID | --role best | --posting FILE...) [options]\n"
                          "Scores one candidate against a role, every role, or postings, with evidence and\n"
                          "suggestions. Several postings (or a feed) are ranked best first.",
                          values)) {
    return kSuccess;
  }
  const Format format = parse_format(printing.format, {Format::kTable, Format::kJson, Format::kNdjson, Format::kCsv});
  if (resume.empty()) throw UsageError("no resume given");
  if (roles.empty() == postings.empty()) throw UsageError("give either --role or --posting");
  const std::vector<std::string> resume_paths{resume};
  check_standard_input_once({&resume_paths, &postings});
  const YearMonth today = parse_today(today_text);

  const auto engine = load_engine(engine_options(setup));
  if (!engine) return kUsageError;
  const Taxonomy& taxonomy = engine->taxonomy();
  // Every role is looked up before the resume is read: a typo is a usage error, at once.
  std::vector<const Role*> chosen_roles;
  for (const auto& id : roles) {
    if (id != "best") chosen_roles.push_back(&find_role(taxonomy, id));
  }
  InputIssues issues;
  auto candidate = engine->read_candidate(resume, today, issues);
  report_issues(issues);
  if (!candidate) {
    if (issues.errors.empty()) report_problem(candidate.error().to_string());
    return kSomeInputsFailed;
  }

  Output output(printing.output);
  bool failed = !issues.errors.empty();
  if (!roles.empty()) {
    write_roles(output.stream(), format, *engine, candidate.value(), roles, chosen_roles);
  } else {
    failed = !write_postings(output.stream(), format, *engine, candidate.value(), postings) || failed;
  }
  if (!output.commit()) return kSomeInputsFailed;
  return failed ? kSomeInputsFailed : kSuccess;
}

}  // namespace skillmatch::cli
