// Inputs as people give them: standard input as "-", sizes with suffixes, role ids typed
// almost right.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_runner.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using namespace skillmatch::testing;

std::string sample(const std::string& relative) {
  std::stringstream bytes;
  bytes << std::ifstream(fs::path(SKILLMATCH_SOURCE_DIR) / relative, std::ios::binary).rdbuf();
  return bytes.str();
}

const std::string kResume = "samples/resumes/ml-engineer-priya.txt";
const std::string kPosting = "samples/postings/posting-senior-ml-engineer.txt";

TEST(CliInputs, StandardInputIsReadAsAFileNamedStdin) {
  const std::string path = std::string(SKILLMATCH_SOURCE_DIR) + "/" + kResume;
  const CommandRun from_file = run({"extract", "--format", "json", path});
  const CommandRun piped = run_with_input({"extract", "--format", "json", "-"}, sample(kResume));
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  const json file_json = json::parse(from_file.out), piped_json = json::parse(piped.out);
  EXPECT_EQ(piped_json["documents"][0]["source"], "<stdin>");
  EXPECT_EQ(piped_json["documents"][0]["skills"], file_json["documents"][0]["skills"]);
}

TEST(CliInputs, StandardInputIsSniffedAndCanBeNamed) {
  const CommandRun docx = run_with_input({"extract", "--format", "json", "--stdin-name", "cv.docx", "-"},
                                         sample("samples/documents/resume-priya-pandoc.docx"));
  ASSERT_EQ(docx.exit_code, 0) << docx.err;
  const json document = json::parse(docx.out)["documents"][0];
  EXPECT_EQ(document["parser"], "docx");
  EXPECT_EQ(document["source"], "cv.docx");
}

TEST(CliInputs, EveryReadingCommandTakesStandardInput) {
  const std::string posting = std::string(SKILLMATCH_SOURCE_DIR) + "/" + kPosting;
  const CommandRun match = run_with_input({"match", "--today", "2026-11", "-", "--posting", posting}, sample(kResume));
  EXPECT_EQ(match.exit_code, 0) << match.err;
  EXPECT_NE(match.out.find("/100"), std::string::npos);
  const CommandRun posting_in = run_with_input(
      {"match", "--today", "2026-11", std::string(SKILLMATCH_SOURCE_DIR) + "/" + kResume, "--posting", "-"}, sample(kPosting));
  EXPECT_EQ(posting_in.exit_code, 0) << posting_in.err;
  const CommandRun screen = run_with_input({"screen", "--today", "2026-11", "--posting", posting, "--format", "csv", "-"},
                                           sample(kResume));
  EXPECT_EQ(screen.exit_code, 0) << screen.err;
  EXPECT_NE(screen.out.find("<stdin>"), std::string::npos);
  const CommandRun text = run_with_input({"text", "-"}, "Python and SQL\n");
  EXPECT_EQ(text.out, "Python and SQL\n");
  const CommandRun audit = run_with_input({"audit", "--today", "2026-11", "--role", "ml-engineer", "--format", "csv", "-"},
                                          sample(kResume));
  EXPECT_EQ(audit.exit_code, 0) << audit.err;
  EXPECT_NE(audit.out.find("<stdin>"), std::string::npos);
}

TEST(CliInputs, StandardInputTwiceIsAUsageError) {
  const CommandRun twice = run_with_input({"extract", "-", "-"}, "Python\n");
  EXPECT_EQ(twice.exit_code, 2);
  EXPECT_NE(twice.err.find("standard input (-) can be given only once"), std::string::npos);
  const std::string posting = std::string(SKILLMATCH_SOURCE_DIR) + "/" + kPosting;
  EXPECT_EQ(run_with_input({"match", "-", "--posting", "-"}, "Python\n").exit_code, 2);
}

TEST(CliInputs, StandardInputOverTheSizeLimitIsAPerInputError) {
  const CommandRun big = run_with_input({"extract", "--max-file-size", "1024", "-"}, std::string(4096, 'x'));
  EXPECT_EQ(big.exit_code, 1);
  EXPECT_NE(big.err.find("<stdin>: input too large"), std::string::npos) << big.err;
  const CommandRun empty = run_with_input({"extract", "-"}, "");
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_NE(empty.err.find("<stdin>: empty file"), std::string::npos) << empty.err;
}

}  // namespace

namespace {

TEST(CliInputs, SizesTakeSuffixes) {
  const fs::path big = write_file("four-kib.txt", "Python and SQL. " + std::string(4096, 'x') + "\n");
  const CommandRun refused = run({"extract", "--max-file-size", "2K", big.string()});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find("the limit is 2048"), std::string::npos) << refused.err;
  for (const char* size : {"64M", "512K", "1G", "1GiB", "1.5MB", "5000"}) {
    const CommandRun taken = run({"extract", "--max-file-size", size, "--max-uncompressed-size", size, big.string()});
    EXPECT_EQ(taken.exit_code, 0) << size << ": " << taken.err;
  }
  const CommandRun bad = run({"extract", "--max-file-size", "64Q", big.string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--max-file-size: '64Q' is not a size"), std::string::npos) << bad.err;
}

TEST(CliInputs, AnUnknownRoleIsAUsageErrorThatSuggestsTheClosestIds) {
  const std::string resume = std::string(SKILLMATCH_SOURCE_DIR) + "/" + kResume;
  const CommandRun typo = run({"match", resume, "--role", "data-enginer"});
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.err.find("unknown role 'data-enginer'; did you mean data-engineer"), std::string::npos) << typo.err;
  EXPECT_TRUE(typo.out.empty());
  const CommandRun spaced = run({"roles", "show", "ML Engineer"});
  EXPECT_EQ(spaced.exit_code, 2);
  EXPECT_NE(spaced.err.find("did you mean ml-engineer"), std::string::npos) << spaced.err;
  const CommandRun part = run({"audit", "--role", "mlops", resume});
  EXPECT_EQ(part.exit_code, 2);
  EXPECT_NE(part.err.find("mlops-engineer"), std::string::npos) << part.err;
  const CommandRun nothing_close = run({"match", resume, "--role", "zzzzzzzzzzzz"});
  EXPECT_EQ(nothing_close.exit_code, 2);
  EXPECT_EQ(nothing_close.err.find("did you mean"), std::string::npos) << nothing_close.err;
}

TEST(CliInputs, RolesShowNamesItsSourceInWordsNotFileNames) {
  const CommandRun shown = run({"roles", "show", "data-engineer"});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find("From: "), std::string::npos);
  EXPECT_EQ(shown.out.find(".txt"), std::string::npos) << shown.out;
}

}  // namespace

namespace {

TEST(CliInputs, ABrokenFeedLineIsAnErrorNamingFileAndLineAndTheRestIsProcessed) {
  const fs::path feed = write_file("broken-line.ndjson",
                                   "{\"@type\":\"JobPosting\",\"title\":\"Data Engineer\",\"description\":\"Python and SQL.\"}\n"
                                   "{broken\n"
                                   "{\"@type\":\"JobPosting\",\"title\":\"ML Engineer\",\"description\":\"PyTorch.\"}\n");
  const CommandRun extract = run({"extract", "--format", "json", feed.string()});
  EXPECT_EQ(extract.exit_code, 1);
  EXPECT_NE(extract.err.find(feed.string() + ":2: invalid JSON"), std::string::npos) << extract.err;
  const nlohmann::json data = nlohmann::json::parse(extract.out);
  EXPECT_EQ(data["documents"].size(), 2u);
  EXPECT_EQ(data["errors"][0]["source"], feed.string() + ":2");
  const std::string resume = std::string(SKILLMATCH_SOURCE_DIR) + "/" + kResume;
  const CommandRun match = run({"match", "--today", "2026-11", resume, "--posting", feed.string()});
  EXPECT_EQ(match.exit_code, 1);
  EXPECT_NE(match.out.find("ML Engineer"), std::string::npos);
}

}  // namespace

namespace {

TEST(CliInputs, ABrokenCueInAnOverlayFailsAtLoadBeforeAnyDocument) {
  const fs::path overlay = kScratch / "bad-cue-overlay";
  fs::create_directories(overlay / "skills");
  std::ofstream(overlay / "skills" / "bad.json")
      << R"({"skills":[{"id":"zzgo","name":"ZZGo","category":"X / Y","kind":"language",)"
      << R"("aliases":[{"text":"Zzgo","case":"sensitive","ambiguous":true}],"context":{"cues":["(unclosed"],"forbid":[]}}]})";
  const fs::path a = write_file("cue-a.txt", "I write Zzgo daily\n"), b = write_file("cue-b.txt", "Zzgo and more\n");
  const CommandRun bad = run({"extract", "--rules", overlay.string(), a.string(), b.string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(bad.out.empty()) << bad.out;
  EXPECT_NE(bad.err.find("bad.json"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("(unclosed"), std::string::npos) << bad.err;
  EXPECT_EQ(bad.err.find("cue-a.txt"), std::string::npos) << "reported once, at load, not per document: " << bad.err;
}

}  // namespace
