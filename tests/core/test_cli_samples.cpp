// Golden tests over samples/: what extract, match, screen and audit print for the bundled
// samples with the built-in rules. After an intended change (rules tuned, scoring
// changed), regenerate with SKILLMATCH_UPDATE_GOLDEN=1 and review the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "cli_runner.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using namespace skillmatch::testing;

const fs::path kSource = SKILLMATCH_SOURCE_DIR;
const fs::path kGolden = kSource / "tests" / "golden" / "cli";
const std::string kToday = "2026-11";

// The JSON without what legitimately changes between runs: the rules fingerprint and
// absolute paths (samples are given relative to the source tree).
json stable(json value) {
  if (value.is_object()) value.erase("skillmatch");
  return value;
}

void expect_golden(const std::string& name, const std::vector<std::string>& args) {
  const fs::path previous = fs::current_path();
  fs::current_path(kSource);
  const CommandRun run_result = run(args);
  fs::current_path(previous);
  ASSERT_LE(run_result.exit_code, 1) << run_result.err;
  const json actual = stable(json::parse(run_result.out));
  const fs::path golden = kGolden / (name + ".json");
  if (std::getenv("SKILLMATCH_UPDATE_GOLDEN") != nullptr) {
    fs::create_directories(kGolden);
    std::ofstream(golden) << actual.dump(1) << '\n';
  }
  std::ifstream in(golden);
  ASSERT_TRUE(in) << "no golden file " << golden << " (run with SKILLMATCH_UPDATE_GOLDEN=1)";
  const json expected = json::parse(in);
  // Only the differences are printed: whole documents would bury them.
  EXPECT_TRUE(actual == expected) << "differs from " << golden << ":\n" << json::diff(expected, actual).dump(1).substr(0, 3000);
}

class ExtractGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(ExtractGolden, MatchesTheGoldenJson) {
  expect_golden("extract-" + fs::path(GetParam()).stem().string(), {"extract", "--format", "json", "--today", kToday, GetParam()});
}

std::vector<std::string> text_samples() {
  std::vector<std::string> out;
  for (const char* folder : {"samples/resumes", "samples/postings"}) {
    for (const auto& entry : fs::directory_iterator(kSource / folder)) out.push_back((fs::path(folder) / entry.path().filename()).string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

INSTANTIATE_TEST_SUITE_P(Samples, ExtractGolden, ::testing::ValuesIn(text_samples()),
                         [](const auto& info) {
                           std::string name = fs::path(info.param).stem().string();
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(MatchGolden, ResumeAgainstAPosting) {
  expect_golden("match-priya-senior-ml", {"match", "samples/resumes/ml-engineer-priya.txt", "--posting",
                                          "samples/postings/posting-senior-ml-engineer.txt", "--format", "json", "--today", kToday});
}

TEST(MatchGolden, KeywordStufferAgainstThePosting) {
  expect_golden("match-sam-senior-ml", {"match", "samples/resumes/junior-bootcamp-graduate-sam.txt", "--posting",
                                        "samples/postings/posting-senior-ml-engineer.txt", "--format", "json", "--today", kToday});
}

TEST(MatchGolden, ResumeAgainstARole) {
  expect_golden("match-mei-data-analyst",
                {"match", "samples/resumes/data-analyst-mei.txt", "--role", "data-analyst", "--format", "json", "--today", kToday});
}

TEST(MatchGolden, BestRole) {
  expect_golden("match-tomasz-best",
                {"match", "samples/resumes/data-engineer-tomasz.txt", "--role", "best", "--format", "json", "--today", kToday});
}

TEST(MatchGolden, ScreenAllSamples) {
  expect_golden("screen-samples", {"screen", "--posting", "samples/postings", "--top", "3", "--format", "json", "--today", kToday,
                                   "samples/resumes"});
}

TEST(Matching, TheRealResumeOutranksTheKeywordStufferOnItsPosting) {
  const fs::path previous = fs::current_path();
  fs::current_path(kSource);
  const CommandRun r = run({"screen", "--posting", "samples/postings/posting-senior-ml-engineer.txt", "--format", "json",
                            "--today", kToday, "samples/resumes"});
  fs::current_path(previous);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json shortlist = json::parse(r.out)["postings"][0]["shortlist"];
  std::map<std::string, int> rank;
  for (const auto& row : shortlist) rank[fs::path(row["resume"].get<std::string>()).stem().string()] = row["rank"];
  EXPECT_EQ(rank.at("ml-engineer-priya"), 1);
  EXPECT_LT(rank.at("ml-engineer-priya"), rank.at("junior-bootcamp-graduate-sam"));
}

TEST(Matching, ScreenOutputIsTheSameWhateverTheThreadCount) {
  const fs::path previous = fs::current_path();
  fs::current_path(kSource);
  // The best resume given twice forces a tie at the top of every shortlist.
  const std::vector<std::string> base = {"screen", "--posting", "samples/postings/posting-senior-ml-engineer.txt", "--format",
                                         "json", "--today", kToday, "samples/resumes/ml-engineer-priya.txt", "samples/resumes",
                                         "samples/resumes/ml-engineer-priya.txt"};
  std::vector<std::string> one = base, two = base;
  one.insert(one.end(), {"--jobs", "1"});
  two.insert(two.end(), {"--jobs", "2"});
  const CommandRun a = run(one);
  const CommandRun b = run(two);
  fs::current_path(previous);
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
  // Ties keep input order: a resume listed twice appears with its first occurrence first.
  const json rows = json::parse(a.out)["postings"][0]["shortlist"];
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0]["score"], rows[1]["score"]);
}

TEST(Matching, ScreenOfManyResumesIsTheSameWhateverTheThreadCount) {
  // Enough copies of the samples that several threads each keep shortlists, full of ties
  // (every copy scores like its original), which must merge into the one-thread result.
  const fs::path folder = fs::temp_directory_path() / "skillmatch-screen-threads" / std::to_string(::getpid());
  fs::remove_all(folder);
  for (int copy = 0; copy < 12; ++copy) {
    const fs::path target = folder / std::to_string(100 + copy);  // names sort in copy order
    fs::create_directories(target);
    for (const auto& entry : fs::directory_iterator(kSource / "samples/resumes")) {
      fs::copy_file(entry.path(), target / entry.path().filename());
    }
  }
  std::vector<std::string> outputs;
  for (const char* jobs : {"1", "2", "3"}) {
    for (const char* format : {"json", "csv"}) {
      const CommandRun r = run({"screen", "--posting", (kSource / "samples/postings").string(), "--top", "7", "--format", format,
                                "--today", kToday, "--jobs", jobs, folder.string()});
      ASSERT_EQ(r.exit_code, 0) << r.err;
      outputs.push_back(r.out);
    }
  }
  fs::remove_all(folder);
  for (std::size_t i = 2; i < outputs.size(); ++i) EXPECT_EQ(outputs[i], outputs[i % 2]) << "run " << i;
  const json report = json::parse(outputs[0]);
  EXPECT_EQ(report["resumes_screened"], 120);
  // Ties keep input order: the best resume's first copy ranks first.
  const json rows = report["postings"][0]["shortlist"];
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0]["score"], rows[1]["score"]);
  EXPECT_LT(rows[0]["resume"].get<std::string>(), rows[1]["resume"].get<std::string>());
}

TEST(Matching, MustHaveKeepsOnlyResumesWithEveryRequiredSkill) {
  const fs::path previous = fs::current_path();
  fs::current_path(kSource);
  const CommandRun r = run({"screen", "--posting", "samples/postings/posting-data-analyst.txt", "--must-have", "--format", "json",
                            "--today", kToday, "samples/resumes"});
  fs::current_path(previous);
  // Parsed into a named value: a range-for over a member of a temporary would dangle.
  const json report = json::parse(r.out);
  for (const auto& row : report["postings"][0]["shortlist"]) {
    EXPECT_EQ(row["required"]["met"], row["required"]["total"]);
  }
}

TEST(Matching, UsageErrorsAndUnknownRoles) {
  EXPECT_EQ(run({"match", "x.txt"}).exit_code, 2);  // neither --role nor --posting
  EXPECT_EQ(run({"match", "x.txt", "--role", "a", "--posting", "b"}).exit_code, 2);
  EXPECT_EQ(run({"match", "--role", "data-engineer"}).exit_code, 2);  // no resume
  EXPECT_EQ(run({"match", (kSource / "samples/resumes/data-analyst-mei.txt").string(), "--role", "astronaut"}).exit_code, 2);  // a usage error
  EXPECT_EQ(run({"screen", "samples/resumes"}).exit_code, 2);
  EXPECT_EQ(run({"audit", "samples/resumes"}).exit_code, 2);
  EXPECT_EQ(run({"match", "x.txt", "--role", "best", "--today", "2026"}).exit_code, 2);
}

TEST(Audit, MatrixHtmlAndCsvForACohortWithAPortfolio) {
  const fs::path cohort = kScratch / "cohort-audit";
  fs::remove_all(cohort);
  fs::create_directories(cohort / "ana-portfolio");
  fs::copy_file(kSource / "samples/resumes/data-analyst-mei.txt", cohort / "mei.txt");
  fs::copy_file(kSource / "samples/resumes/ml-engineer-priya.txt", cohort / "ana-portfolio" / "resume.txt");
  fs::copy_file(kSource / "samples/markup/resume.md", cohort / "ana-portfolio" / "README.md");
  const fs::path html = kScratch / "audit.html";
  const fs::path csv = kScratch / "audit.csv";
  const CommandRun r = run({"audit", "--role", "data-analyst", "--role", "ml-engineer", "--html", html.string(), "--csv",
                            csv.string(), "--format", "json", "--today", kToday, cohort.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(r.out);
  ASSERT_EQ(report["graduates"].size(), 2u);
  EXPECT_EQ(report["graduates"][0]["id"], "ana-portfolio");
  EXPECT_EQ(report["graduates"][0]["sources"].size(), 2u);  // the folder is one merged profile
  EXPECT_EQ(report["graduates"][0]["best_role"], "ml-engineer");
  EXPECT_EQ(report["graduates"][1]["best_role"], "data-analyst");
  EXPECT_EQ(report["matrix"]["scores"].size(), 2u);
  EXPECT_EQ(report["matrix"]["scores"][0].size(), 2u);
  EXPECT_FALSE(report["teach"].empty());
  std::stringstream page;
  page << std::ifstream(html).rdbuf();
  EXPECT_NE(page.str().find("<table"), std::string::npos);
  EXPECT_NE(page.str().find("<svg"), std::string::npos);
  EXPECT_EQ(page.str().find("<script"), std::string::npos);  // self-contained, no JavaScript
  EXPECT_EQ(page.str().find("http"), std::string::npos);     // no external assets
  std::stringstream matrix;
  matrix << std::ifstream(csv).rdbuf();
  EXPECT_EQ(matrix.str().rfind("graduate,data-analyst,ml-engineer,best_role\r\n", 0), 0u);
}

// Issue 18: a role that accepts any of several skills lacks one gap when none is shown,
// named as such ("one of Apache Airflow, Prefect, Luigi"), never one gap per alternative.
TEST(Audit, AnAnyOfGroupIsOneGap) {
  const fs::path previous = fs::current_path();
  fs::current_path(kSource);
  const CommandRun r = run({"audit", "--role", "data-engineer", "--format", "json", "--today", kToday, "samples/resumes"});
  fs::current_path(previous);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(r.out);
  bool grouped = false;
  for (const auto& gap : report["teach"]) {
    const auto& one_of = gap["one_of"];
    const bool has_airflow = std::find(one_of.begin(), one_of.end(), "apache-airflow") != one_of.end();
    grouped = grouped || has_airflow;
    if (has_airflow) {
      EXPECT_EQ(gap["name"].get<std::string>().rfind("one of ", 0), 0u) << gap.dump();
    }
    EXPECT_NE(gap["skill"], "prefect") << "an alternative listed as a gap of its own";
    EXPECT_NE(gap["skill"], "luigi") << "an alternative listed as a gap of its own";
  }
  EXPECT_TRUE(grouped) << report["teach"].dump();
  for (const auto& graduate : report["graduates"]) EXPECT_TRUE(graduate.contains("best_band"));
}

}  // namespace
