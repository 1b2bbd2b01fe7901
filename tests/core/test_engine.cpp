// skillmatch::Engine as a library: load problems as values, reading paths and bytes under
// the one error rule, and one engine used from two threads at once.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <span>
#include <stdexcept>
#include <thread>

#include <skillmatch/batch.hpp>
#include <skillmatch/document_json.hpp>
#include <skillmatch/engine.hpp>
#include "scratch_dir.hpp"

namespace {

namespace fs = std::filesystem;
using skillmatch::Engine;
using skillmatch::EngineOptions;

const fs::path kSource = SKILLMATCH_SOURCE_DIR;
const fs::path kScratch = skillmatch::testing::test_tmp() / "skillmatch-engine-tests";

EngineOptions options() {
  EngineOptions options;
  options.plugin_dirs = {fs::path(SKILLMATCH_BINARY_DIR) / "skillmatch-plugins"};
  options.default_rules_dir = kSource / "rules";
  options.isolation.in_process = true;
  return options;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path write_file(const std::string& name, const std::string& content) {
  fs::create_directories(kScratch);
  const fs::path path = kScratch / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// Every skill id an extraction found, in order.
std::vector<std::string> skill_ids(const skillmatch::ExtractedDocument& item, const skillmatch::Taxonomy& taxonomy) {
  std::vector<std::string> ids;
  for (const auto& hit : item.extraction.skills) ids.push_back(taxonomy.skills[hit.skill].id);
  return ids;
}

class EngineTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto load = Engine::load(options());
    ASSERT_TRUE(load.engine) << (load.problems.empty() ? "" : load.problems.front().to_string());
    engine_ = load.engine.release();
  }
  static void TearDownTestSuite() { delete engine_; }
  static const Engine* engine_;
};
const Engine* EngineTest::engine_ = nullptr;

// A rules overlay whose one forbid pattern RE2 rejects, in a folder of its own.
fs::path broken_overlay(const std::string& name) {
  const fs::path folder = kScratch / name;
  fs::create_directories(folder / "skills");
  std::ofstream(folder / "skills" / "broken.json") << R"({"skills": [{"id": "broken-tool", "name": "Broken Tool",
    "category": "Tools", "kind": "tool", "aliases": ["brokentool"], "context": {"forbid": ["(unclosed"]}}]})";
  return folder;
}

TEST(EngineLoad, ABrokenOverlayIsAProblemNamingItsFileAndNoEngine) {
  const fs::path folder = broken_overlay("bad-forbid-pattern");
  EngineOptions with_overlay = options();
  with_overlay.rules_dirs = {folder};
  const auto load = Engine::load(with_overlay);
  EXPECT_EQ(load.engine, nullptr);
  ASSERT_FALSE(load.problems.empty());
  EXPECT_NE(load.problems.front().to_string().find((folder / "skills" / "broken.json").string()), std::string::npos)
      << load.problems.front().to_string();
}

TEST(EngineLoad, NoRulesAtAllIsAProblemNotACrash) {
  EngineOptions none = options();
  none.no_default_rules = true;
  none.rules_dirs = {kScratch / "does-not-exist"};
  const auto load = Engine::load(none);
  EXPECT_EQ(load.engine, nullptr);
  EXPECT_FALSE(load.problems.empty());
}

TEST(EngineLoad, APluginDirectoryThatCannotBeReadIsAWarningAndTheEngineLoads) {
  EngineOptions broken = options();
  broken.plugin_dirs.insert(broken.plugin_dirs.begin(), SKILLMATCH_FIXTURE_PLUGIN_DIR);
  const auto load = Engine::load(broken);
  ASSERT_NE(load.engine, nullptr);
  ASSERT_FALSE(load.warnings.empty());
  EXPECT_NE(load.warnings.front().find(SKILLMATCH_FIXTURE_PLUGIN_DIR), std::string::npos) << load.warnings.front();
}

TEST_F(EngineTest, BytesAndTheFileTheyCameFromReadAlike) {
  const fs::path path = kSource / "samples/resumes/ml-engineer-priya.txt";
  const auto from_file = engine_->read(path.string());
  const auto from_bytes = engine_->read_bytes(path.string(), read_file(path));
  ASSERT_TRUE(from_file) << from_file.error().to_string();
  ASSERT_TRUE(from_bytes) << from_bytes.error().to_string();
  ASSERT_EQ(from_file.value().documents.size(), 1u);
  ASSERT_EQ(from_bytes.value().documents.size(), 1u);
  const auto ids = skill_ids(from_file.value().documents.front(), engine_->taxonomy());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "python"), ids.end());
  EXPECT_EQ(ids, skill_ids(from_bytes.value().documents.front(), engine_->taxonomy()));
}

// Standard input is read as bytes under the name the front end gives it; the name's
// extension picks the parser, as a file's does.
TEST_F(EngineTest, BytesAreNamedAndSniffedByTheNameGiven) {
  const auto read = engine_->read_bytes("<stdin>.docx", read_file(kSource / "samples/documents/resume-priya-pandoc.docx"));
  ASSERT_TRUE(read) << read.error().to_string();
  ASSERT_EQ(read.value().documents.size(), 1u);
  EXPECT_EQ(read.value().documents.front().document.source, "<stdin>.docx");
  EXPECT_EQ(read.value().documents.front().document.parser, "docx");
  EXPECT_EQ(engine_->input_name("-"), "<stdin>");
  EXPECT_EQ(engine_->input_name("a.txt"), "a.txt");
}

TEST_F(EngineTest, AnInputThatCannotBeReadIsAnErrorNamingIt) {
  const std::string missing = (kScratch / "missing.txt").string();
  const auto read = engine_->read(missing);
  ASSERT_FALSE(read);
  EXPECT_NE(read.error().to_string().find(missing), std::string::npos) << read.error().to_string();
  skillmatch::InputIssues issues;
  const auto candidate = engine_->read_candidate(missing, skillmatch::YearMonth{2026, 12}, issues);
  ASSERT_FALSE(candidate);
  EXPECT_NE(candidate.error().to_string().find(missing), std::string::npos) << candidate.error().to_string();
}

// The one error rule: a feed's bad entry is an error of its own ("file:line"), and the
// feed's other documents are still read, by every reading call alike.
TEST_F(EngineTest, AFeedsBadEntryIsAnErrorAndItsOtherDocumentsGoOn) {
  const std::string feed = read_file(kSource / "samples/feeds/postings.ndjson") + "{not json\n";
  const fs::path path = write_file("feed.ndjson", feed);
  const auto read = engine_->read(path.string());
  ASSERT_TRUE(read) << read.error().to_string();
  EXPECT_GE(read.value().documents.size(), 2u);
  ASSERT_EQ(read.value().errors.size(), 1u);
  EXPECT_EQ(read.value().errors.front().to_string().rfind(path.string() + ":", 0), 0u)
      << read.value().errors.front().to_string();
  const auto postings = engine_->read_postings({path.string()});
  EXPECT_EQ(postings.postings.size(), read.value().documents.size());
  ASSERT_EQ(postings.issues.errors.size(), 1u);
  EXPECT_EQ(postings.issues.errors.front().to_string(), read.value().errors.front().to_string());
  skillmatch::InputIssues issues;
  std::size_t handed = 0;
  const auto each = engine_->read_bytes_each(path.string(), feed, issues, [&](skillmatch::ExtractedDocument&&) { ++handed; });
  ASSERT_TRUE(each);
  EXPECT_EQ(each.value(), handed);
  EXPECT_EQ(handed, read.value().documents.size());
  EXPECT_EQ(issues.errors.size(), 1u);
}

// extract_documents, the document loop of the batch, the reads and the server's stream: a
// caller that stops takes up again where it stopped, and every document is taken once.
TEST_F(EngineTest, TheDocumentLoopStopsWhereAskedAndResumesThere) {
  auto parsed = engine_->parse((kSource / "samples/feeds/postings.ndjson").string());
  ASSERT_TRUE(parsed) << parsed.error().to_string();
  std::vector<skillmatch::Document>& documents = parsed.value().documents;
  ASSERT_EQ(documents.size(), 4u);
  const std::vector<std::string> ids = {documents[0].id, documents[1].id, documents[2].id, documents[3].id};
  std::vector<std::string> seen;
  std::vector<skillmatch::Error> failed;
  const auto take_two = [&](skillmatch::ExtractedDocument&& item) {
    seen.push_back(item.document.id);
    return seen.size() % 2 != 0;
  };
  EXPECT_EQ(skillmatch::extract_documents(*engine_, documents, failed, take_two), 2u);
  EXPECT_EQ(skillmatch::extract_documents(*engine_, std::span(documents).subspan(2), failed, take_two), 2u);
  EXPECT_EQ(seen, ids);
  EXPECT_TRUE(failed.empty());
}

// A reader (skillmatch text) parses like any engine, but never compiles the extractor: a
// pattern RE2 rejects is not met, and extracting is an error naming the document.
TEST(EngineLoad, AReaderOnlyEngineParsesWithoutCompilingTheExtractor) {
  EngineOptions reader = options();
  reader.rules_dirs = {broken_overlay("reader-bad-forbid-pattern")};
  reader.compile_extractor = false;
  const auto load = Engine::load(reader);
  ASSERT_NE(load.engine, nullptr) << (load.problems.empty() ? "" : load.problems.front().to_string());
  auto parsed = load.engine->parse_bytes("cv.txt", "SKILLS\nPython, SQL\n");
  ASSERT_TRUE(parsed) << parsed.error().to_string();
  ASSERT_EQ(parsed.value().documents.size(), 1u);
  EXPECT_EQ(parsed.value().documents.front().text, "SKILLS\nPython, SQL\n");
  const auto extraction = load.engine->extract(parsed.value().documents.front());
  ASSERT_FALSE(extraction);
  EXPECT_EQ(extraction.error().to_string().rfind("cv.txt:", 0), 0u) << extraction.error().to_string();
  EXPECT_THROW(load.engine->extractor(), std::logic_error);
  // The batch loop's document loop lists every document as failed and hands none over.
  std::vector<skillmatch::Error> failed;
  std::size_t handed = 0;
  EXPECT_EQ(skillmatch::extract_documents(*load.engine, parsed.value().documents, failed,
                                          [&](skillmatch::ExtractedDocument&&) { return ++handed > 0; }),
            1u);
  EXPECT_EQ(handed, 0u);
  EXPECT_EQ(failed.size(), 1u);
}

// One engine, two threads reading and scoring at once, each getting what one thread gets.
TEST_F(EngineTest, TwoThreadsShareOneEngine) {
  const std::vector<std::string> resumes = {(kSource / "samples/resumes/ml-engineer-priya.txt").string(),
                                            (kSource / "samples/resumes/data-analyst-mei.txt").string()};
  const auto profile_text = [&](const std::string& path) {
    skillmatch::InputIssues issues;
    const auto candidate = engine_->read_candidate(path, skillmatch::YearMonth{2026, 12}, issues);
    if (!candidate) return candidate.error().to_string();
    const auto read = engine_->read(path);
    return skillmatch::json_text(skillmatch::extraction_json(read.value().documents.front().document,
                                                             read.value().documents.front().extraction,
                                                             engine_->taxonomy())) +
           std::to_string(candidate.value().skills.size());
  };
  const std::vector<std::string> expected = {profile_text(resumes[0]), profile_text(resumes[1])};
  std::vector<std::string> seen[2];
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 10; ++round) seen[t].push_back(profile_text(resumes[(t + round) % 2]));
    });
  }
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < 2; ++t) {
    for (int round = 0; round < 10; ++round) EXPECT_EQ(seen[t][round], expected[(t + round) % 2]) << t << " " << round;
  }
}

}  // namespace
