// The skillmatch command as other programs use it: exit codes, streams, JSON shapes.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/wait.h>

#include <skillmatch/parser_plugin.hpp>

#include "cli_runner.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using namespace skillmatch::testing;

const std::string kResume =
    "Ana N\xC3\xBA\xC3\xB1" "ez\n\nSUMMARY\nMachine learning engineer.\n\nEXPERIENCE\n"
    "Trained PyTorch models, served them on Kubernetes with Docker.\n\nSKILLS\nPython, SQL, Go, AWS, scikit-learn\n";

TEST(Cli, VersionAndHelp) {
  const CommandRun version = run({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("skillmatch ", 0), 0u);
  const CommandRun help = run({"extract", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--format"), std::string::npos);
}

TEST(Cli, UsageErrorsExitTwoWithAHintOnStderr) {
  EXPECT_EQ(run({"no-such-command"}).exit_code, 2);
  const CommandRun bad_format = run({"extract", "--format", "yaml", "x.txt"});
  EXPECT_EQ(bad_format.exit_code, 2);
  EXPECT_NE(bad_format.err.find("unknown or unsupported --format 'yaml'"), std::string::npos);
  EXPECT_TRUE(bad_format.out.empty());
  EXPECT_EQ(run({"extract"}).exit_code, 2);
  EXPECT_EQ(run({"extract", "--bogus-option", "x"}).exit_code, 2);
}

TEST(Cli, ExtractJsonOffsetsPointAtTheTextCommandsOutput) {
  const fs::path resume = write_file("ana.txt", kResume);
  const CommandRun extract = run_fixture({"extract", "--format", "json", resume.string()});
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  const json data = json::parse(extract.out);
  const CommandRun text_run = run_fixture({"text", "--format", "json", resume.string()});
  const std::string text = json::parse(text_run.out)["documents"][0]["text"];
  const json& document = data["documents"][0];
  EXPECT_EQ(document["kind"], "resume");
  EXPECT_EQ(document["title"], "Ana N\xC3\xBA\xC3\xB1" "ez");
  std::size_t mentions = 0;
  for (const auto& skill : document["skills"]) {
    for (const auto& m : skill["mentions"]) {
      EXPECT_EQ(text.substr(m["offset"].get<std::size_t>(), m["length"].get<std::size_t>()), m["text"].get<std::string>());
      ++mentions;
    }
  }
  EXPECT_GE(mentions, 7u);
  EXPECT_TRUE(data["errors"].empty());
}

TEST(Cli, AMissingInputIsListedAndTheOthersStillProcessed) {
  const fs::path resume = write_file("ana2.txt", kResume);
  const CommandRun r = run_fixture({"extract", "--format", "json", (kScratch / "missing.txt").string(), resume.string()});
  EXPECT_EQ(r.exit_code, 1);
  const json data = json::parse(r.out);
  EXPECT_EQ(data["documents"].size(), 1u);
  ASSERT_EQ(data["errors"].size(), 1u);
  EXPECT_EQ(data["errors"][0]["message"], "no such file");
  EXPECT_NE(r.err.find("missing.txt: no such file"), std::string::npos);
}

TEST(Cli, EveryBadInputIsOneLineOnStderrNamingTheFile) {
  const fs::path empty = write_file("empty.txt", "");
  const fs::path binary = write_file("binary.txt", std::string("a\0b", 3));
  const fs::path good = write_file("good.txt", kResume);
  const CommandRun r = run_fixture({"extract", "--format", "ndjson", empty.string(), binary.string(), good.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
  EXPECT_NE(r.err.find("skillmatch: " + empty.string() + ": empty file\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skillmatch: " + binary.string() + ": binary data, not text"), std::string::npos) << r.err;
}

TEST(Cli, NdjsonIsOneDocumentPerLine) {
  const fs::path resume = write_file("ana3.txt", kResume);
  const CommandRun r = run_fixture({"extract", "--format", "ndjson", resume.string(), resume.string()});
  EXPECT_EQ(r.exit_code, 0);
  std::istringstream lines(r.out);
  int count = 0;
  for (std::string line; std::getline(lines, line); ++count) EXPECT_TRUE(json::accept(line)) << line;
  EXPECT_EQ(count, 2);
}

// Bug: a file name that is not UTF-8 made `extract --format json` abort in nlohmann's dump().
TEST(Cli, AFileNameThatIsNotUtf8PrintsAsReplacementCharacters) {
  const fs::path folder = kScratch / "not-utf8-name";
  fs::create_directories(folder);
  std::ofstream(folder / "res\xFF.txt", std::ios::binary) << kResume;
  for (const char* format : {"json", "ndjson"}) {
    const CommandRun r = run_fixture({"extract", "--format", format, folder.string()});
    EXPECT_EQ(r.exit_code, 0) << format << ": " << r.err;
    const json parsed = json::parse(format == std::string("json") ? r.out : r.out.substr(0, r.out.find('\n')));
    const json& document = format == std::string("json") ? parsed["documents"][0] : parsed;
    EXPECT_NE(document["source"].get<std::string>().find("res\xEF\xBF\xBD.txt"), std::string::npos) << r.out;
  }
  // The same bug in screen's JSON and NDJSON.
  const std::string postings = std::string(SKILLMATCH_SOURCE_DIR) + "/samples/postings";
  for (const char* format : {"json", "ndjson"}) {
    const CommandRun r = run({"screen", "--posting", postings, "--top", "1", "--format", format, folder.string()});
    EXPECT_EQ(r.exit_code, 0) << format << ": " << r.err;
    EXPECT_NE(r.out.find("res\xEF\xBF\xBD.txt"), std::string::npos) << format;
  }
}

// Documents are rendered on the worker threads; the output must not depend on how many.
TEST(Cli, ExtractOutputIsTheSameWhateverTheNumberOfThreads) {
  const std::string samples = std::string(SKILLMATCH_SOURCE_DIR) + "/samples";
  const std::string missing = (kScratch / "no-such-file.txt").string();
  for (const char* format : {"json", "ndjson", "csv", "table"}) {
    const CommandRun one = run({"extract", "--format", format, "--jobs", "1", samples + "/resumes", missing, samples + "/documents"});
    const CommandRun two = run({"extract", "--format", format, "--jobs", "2", samples + "/resumes", missing, samples + "/documents"});
    EXPECT_EQ(one.exit_code, 1) << format;
    EXPECT_EQ(two.exit_code, 1) << format;
    EXPECT_GT(one.out.size(), 1000u) << format;
    EXPECT_EQ(one.out, two.out) << format;
  }
}

TEST(Cli, CsvHasAHeaderAndOneRowPerMention) {
  const fs::path resume = write_file("ana4.txt", "Python, Docker and \"SQL\", more Python\n");
  const CommandRun r = run_fixture({"extract", "--format", "csv", resume.string()});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("source,document,skill_id,", 0), 0u);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1 + 4 + 1);  // header, 4 mentions, implied containerization
}

TEST(Cli, DirectoriesAreWalked) {
  const fs::path folder = kScratch / "cohort";
  fs::create_directories(folder / "sub");
  std::ofstream(folder / "a.txt") << "Python";
  std::ofstream(folder / "sub" / "b.txt") << "Docker";
  const CommandRun r = run_fixture({"extract", "--format", "ndjson", folder.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
}

TEST(Cli, OutputFileIsWrittenWholeAndStdoutStaysEmpty) {
  const fs::path resume = write_file("ana5.txt", kResume);
  const fs::path target = kScratch / "out.json";
  fs::remove(target);
  const CommandRun r = run_fixture({"extract", "--format", "json", "--output", target.string(), resume.string()});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.empty());
  std::stringstream written;
  written << std::ifstream(target).rdbuf();
  EXPECT_TRUE(json::accept(written.str()));
  for (const auto& entry : fs::directory_iterator(kScratch)) {
    EXPECT_EQ(entry.path().filename().string().find("out.json.tmp"), std::string::npos);
  }
}

TEST(Cli, TextPrintsTheNormalizedText) {
  const fs::path crlf = write_file("crlf.txt", "Line one\r\nLine two\r\n");
  const CommandRun r = run({"text", crlf.string()});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "Line one\nLine two\n");
}

TEST(Cli, PluginsListsTheTextPluginWithItsPath) {
  const CommandRun r = run({"plugins", "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const json list = json::parse(r.out);
  bool found = false;
  for (const auto& p : list) found = found || (p["name"] == "text" && fs::exists(p["path"].get<std::string>()));
  EXPECT_TRUE(found);
}

TEST(Cli, PluginDirAddsPluginsAndBrokenOnesAreWarnedAbout) {
  const CommandRun r = run({"plugins", "--format", "json", "--plugin-dir", SKILLMATCH_FIXTURE_PLUGIN_DIR});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("wrong_abi.so: plugin ABI version " + std::to_string(skillmatch::plugin::kAbiVersion + 1)), std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("\"throwing\""), std::string::npos);
}

TEST(Cli, PluginPathVariableComesAfterPluginDirAndBeforeTheDefault) {
  const std::string command = "SKILLMATCH_PLUGIN_PATH=" + quote(fs::path(SKILLMATCH_EXAMPLE_PLUGIN).parent_path().string()) +
                              " " + quote(SKILLMATCH_CLI) + " plugins 2>/dev/null";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string out;
  std::array<char, 4096> buffer{};
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) out.append(buffer.data(), n);
  ::pclose(pipe);
  const std::size_t variable_dir = out.find(fs::path(SKILLMATCH_EXAMPLE_PLUGIN).parent_path().string());
  const std::size_t default_dir = out.find("skillmatch-plugins");
  ASSERT_NE(variable_dir, std::string::npos) << out;
  ASSERT_NE(default_dir, std::string::npos) << out;
  EXPECT_LT(variable_dir, default_dir);  // the search path lists the variable's directory first
  EXPECT_NE(out.find("example 1.0"), std::string::npos) << out;
}

TEST(Cli, SkillsJsonListsTheTaxonomy) {
  const CommandRun r = run_fixture({"skills", "--format", "json"});
  EXPECT_EQ(r.exit_code, 0);
  const json list = json::parse(r.out);
  ASSERT_FALSE(list.empty());
  for (const char* key : {"id", "name", "category", "aliases"}) EXPECT_TRUE(list[0].contains(key)) << key;
}

// Issue 17: a skill's ESCO and O*NET codes reach every machine-readable output, and a skill
// without them has no such keys (never empty strings) in JSON.
TEST(Cli, StandardCodesAppearInSkillsAndExtractOutputsOnlyWhenASkillHasThem) {
  const fs::path folder = kScratch / "coded-rules";
  fs::create_directories(folder / "skills");
  std::ofstream(folder / "skills" / "x.json") << R"({"skills": [
  {"id": "okta", "name": "Okta", "category": "C", "kind": "platform", "aliases": ["Okta"],
   "esco": "http://data.europa.eu/esco/skill/x", "onet": "Okta software"},
  {"id": "jax", "name": "JAX", "category": "C", "kind": "library", "aliases": ["JAX"]}]})";
  const std::vector<std::string> rules = {"--no-default-rules", "--rules", folder.string()};
  const auto with_rules = [&](std::vector<std::string> args) {
    args.insert(args.end(), rules.begin(), rules.end());
    return run(args);
  };
  const json skills = json::parse(with_rules({"skills", "--format", "json"}).out);
  ASSERT_EQ(skills.size(), 2u);
  EXPECT_FALSE(skills[0].contains("esco")) << skills[0];  // jax sorts first
  EXPECT_EQ(skills[1]["esco"], "http://data.europa.eu/esco/skill/x");
  EXPECT_EQ(skills[1]["onet"], "Okta software");
  const fs::path resume = write_file("coded.txt", "SKILLS\nOkta, JAX\n");
  const json extract = json::parse(with_rules({"extract", "--format", "json", resume.string()}).out);
  std::map<std::string, json> found;
  for (const auto& skill : extract["documents"][0]["skills"]) found[skill["id"]] = skill;
  ASSERT_EQ(found.size(), 2u);
  EXPECT_FALSE(found["jax"].contains("onet") || found["jax"].contains("esco")) << found["jax"];
  EXPECT_EQ(found["okta"]["onet"], "Okta software");
  EXPECT_EQ(json::parse(with_rules({"extract", "--format", "ndjson", resume.string()}).out), extract["documents"][0]);
  const std::string csv = with_rules({"extract", "--format", "csv", resume.string()}).out;
  EXPECT_EQ(csv.rfind("source,document,skill_id,skill_name,category,offset,length,line,column,section,negated,text,implied_by,esco,onet", 0), 0u) << csv;
  EXPECT_NE(csv.find(",Okta,,http://data.europa.eu/esco/skill/x,Okta software"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",JAX,,,"), std::string::npos) << csv;
  EXPECT_NE(with_rules({"skills", "--format", "csv"}).out.find(",Okta,http://data.europa.eu/esco/skill/x,Okta software"),
            std::string::npos);
}

// Issue 17: "--role devops-engineer" was an unknown role; the built-in roles now reach beyond
// AI and data, each naming the O*NET and ESCO occupations it was drawn from.
TEST(Cli, BuiltInRolesCoverWebOpsSecurityDataAndSupportWithTheirSources) {
  for (const char* id : {"backend-developer", "frontend-developer", "full-stack-developer", "mobile-developer",
                         "devops-engineer", "site-reliability-engineer", "security-engineer", "qa-automation-engineer",
                         "database-administrator", "bi-developer", "product-manager", "it-support-specialist"}) {
    const CommandRun show = run({"roles", "show", id});
    EXPECT_EQ(show.exit_code, 0) << id << ": " << show.err;
    EXPECT_NE(show.out.find("O*NET 29.2"), std::string::npos) << id << ": " << show.out;
    EXPECT_NE(show.out.find("ESCO occupations"), std::string::npos) << id << ": " << show.out;
  }
  const fs::path resume = write_file("devops.txt", kResume);
  const CommandRun match = run({"match", resume.string(), "--role", "devops-engineer", "--format", "json"});
  EXPECT_EQ(match.exit_code, 0) << match.err;
}

TEST(Cli, RulesCheckReportsProblemsWithFileAndLine) {
  const fs::path folder = kScratch / "bad-rules";
  fs::create_directories(folder / "skills");
  std::ofstream(folder / "skills" / "x.json") << "{\"skills\": [\n{\"id\": \"a\", \"name\": \"A\", \"category\": \"C\", \"kind\": \"tool\",\n \"aliases\": [\"Aa\"], \"implies\": [\"ghost\"]}]}";
  const CommandRun r = run({"rules", "check", folder.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("x.json:2: skill 'a': implies unknown skill 'ghost'"), std::string::npos) << r.out;
  EXPECT_EQ(run({"rules", "check", std::string(SKILLMATCH_SOURCE_DIR) + "/tests/data/fixture_rules"}).exit_code, 0);
}

// Every context pattern compiles with the rules: the check reports each one RE2 rejects.
TEST(Cli, RulesCheckReportsEveryContextPatternRe2Rejects) {
  const fs::path folder = kScratch / "bad-context";
  fs::create_directories(folder / "skills");
  std::ofstream(folder / "skills" / "x.json")
      << R"({"skills": [{"id": "go", "name": "Go", "category": "C", "kind": "language",
  "aliases": [{"text": "Go", "case": "sensitive", "ambiguous": true}],
  "context": {"cues": ["golang", "[bad"], "forbid": ["(worse"]}}]})";
  const CommandRun r = run({"rules", "check", folder.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("skill 'go' cue: RE2 cannot compile '[bad'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("skill 'go' forbid: RE2 cannot compile '(worse'"), std::string::npos) << r.out;
}

// Bug fix: a shared rule (kind_forbid, negation) that is wrong in a user's overlay was
// reported as "rules/extraction.json", not the overlay file that holds it.
TEST(Cli, ABrokenSharedRuleInAnOverlayNamesTheOverlayFile) {
  const fs::path folder = kScratch / "bad-kind-forbid";
  fs::create_directories(folder);
  std::ofstream(folder / "extraction.json") << R"({"kind_forbid": {"kinds": ["concept"], "sources": ["Journal"]}})";
  const std::string where = (folder / "extraction.json").string() + ":1: kind_forbid.sources: 'Journal' must be lower case";
  const CommandRun check = run({"rules", "check", folder.string()});
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_NE(check.out.find(where), std::string::npos) << check.out;
  const CommandRun extract = run({"extract", "--rules", folder.string(),
                                 std::string(SKILLMATCH_SOURCE_DIR) + "/samples/resumes/ml-engineer-priya.txt"});
  EXPECT_EQ(extract.exit_code, 2);
  EXPECT_NE(extract.err.find(where), std::string::npos) << extract.err;
}

}  // namespace
