// The jsonresume plugin: JSON Resume resumes.
#include <gtest/gtest.h>

#include "jsonresume/jsonresume_parser.hpp"
#include <nlohmann/json.hpp>
#include "markup_common/testing/parser_test_support.hpp"

namespace skillmatch::parsers {
namespace {

using testing::parse_bytes;
using testing::read_file;
using testing::source_path;

const JsonResumeParser kParser;

std::string sample() { return read_file(source_path("samples/markup/resume.json")); }

TEST(JsonResumeParser, MatchesGolden) {
  auto run = parse_bytes(kParser, "resume.json", sample());
  ASSERT_TRUE(run.status.ok) << run.status.message;
  ASSERT_EQ(run.sink.documents.size(), 1u);
  testing::expect_well_formed(run.sink.documents[0]);
  testing::expect_matches_golden(testing::render_golden(run.sink.documents, run.sink.warnings),
                                 "tests/golden/jsonresume/resume.json.golden");
}

TEST(JsonResumeParser, ReadsTheResumeStructure) {
  auto run = parse_bytes(kParser, "resume.json", sample());
  ASSERT_EQ(run.sink.documents.size(), 1u);
  const Document& resume = run.sink.documents[0];
  EXPECT_EQ(resume.kind, DocumentKind::kResume);
  EXPECT_EQ(resume.title, "Priya Raman");
  std::vector<std::string> names;
  for (const Section& section : resume.sections) names.push_back(section.name);
  EXPECT_EQ(names, (std::vector<std::string>{"summary", "experience", "education", "certifications", "skills",
                                             "languages", "projects"}));
  ASSERT_EQ(resume.dated_entries.size(), 2u);
  EXPECT_EQ(resume.dated_entries[0].start, "2021-03");
  EXPECT_EQ(resume.dated_entries[0].end, "present");
  EXPECT_EQ(resume.dated_entries[1].end, "2021-02-28");
  const DateRange& second = resume.dated_entries[1];
  EXPECT_TRUE(resume.text.substr(second.offset, second.length).starts_with("Data Scientist, Adatum"));
  EXPECT_TRUE(resume.text.substr(second.offset, second.length).ends_with("XGBoost"));
  EXPECT_EQ(resume.listed_skills, (std::vector<std::string>{"Machine Learning", "TensorFlow", "PyTorch", "scikit-learn",
                                                            "MLOps", "Kubeflow", "MLflow", "Docker", "SQL"}));
  EXPECT_EQ(resume.text.find("Haskell"), std::string::npos);  // references are left out
}

// Issue 15: a title is one line of at most 200 characters, never a whole field.
TEST(JsonResumeParser, AMultiLineNameGivesAOneLineTitle) {
  std::string name;
  while (name.size() < 10240) name += "Priya Raman\nML Engineer\n";
  const std::string resume = nlohmann::json{{"basics", {{"name", name}}}}.dump();
  auto run = parse_bytes(kParser, "resume.json", resume);
  ASSERT_EQ(run.sink.documents.size(), 1u);
  const std::string& title = run.sink.documents[0].title;
  EXPECT_EQ(title.find('\n'), std::string::npos);
  EXPECT_LE(title.size(), 200u);
  EXPECT_TRUE(title.starts_with("Priya Raman ML Engineer Priya Raman")) << title;
}

// Sections are written entry by entry while the JSON is read (issue 21: no whole DOM),
// yet come out in resume order whatever the order of the keys.
TEST(JsonResumeParser, SectionsFollowResumeOrderWhateverTheKeyOrder) {
  const std::string resume = R"({"skills": [{"name": "Data", "keywords": ["SQL"]}],
    "work": [{"name": "Adatum", "position": "Analyst", "startDate": "2020-01"}],
    "basics": {"name": "Mei", "summary": "Analyst."}})";
  auto run = parse_bytes(kParser, "resume.json", resume);
  ASSERT_TRUE(run.status.ok) << run.status.message;
  const Document& document = run.sink.documents.at(0);
  EXPECT_EQ(document.text, "Mei\n\nSummary\n\nAnalyst.\n\nExperience\n\nAnalyst, Adatum\n2020-01 \u2013 present\n\nSkills\n\nData: SQL\n");
  std::vector<std::string> names;
  for (const Section& section : document.sections) names.push_back(section.name);
  EXPECT_EQ(names, (std::vector<std::string>{"summary", "experience", "skills"}));
  testing::expect_well_formed(document);
  EXPECT_EQ(document.sections[0].offset + document.sections[0].length, document.sections[1].offset);  // no gap
  ASSERT_EQ(document.dated_entries.size(), 1u);
  EXPECT_EQ(document.text.substr(document.dated_entries[0].offset, 15), "Analyst, Adatum");
}

TEST(JsonResumeParser, Sniff) {
  EXPECT_EQ(kParser.sniff("r.json", sample().substr(0, 4096)), 88);
  EXPECT_EQ(kParser.sniff("r.json", R"({"work": [], "education": []})"), 70);
  EXPECT_EQ(kParser.sniff("r.json", R"({"@type": "JobPosting"})"), 0);
  EXPECT_EQ(kParser.sniff("r.json", "[1, 2]"), 0);
}

TEST(JsonResumeBadInput, Empty) { EXPECT_EQ(parse_bytes(kParser, "r.json", "").status.message, "empty file"); }

TEST(JsonResumeBadInput, Truncated) {
  const std::string whole = sample();
  auto run = parse_bytes(kParser, "r.json", whole.substr(0, 700));
  EXPECT_FALSE(run.status.ok);
  EXPECT_TRUE(run.status.message.starts_with("invalid JSON: parse error at line")) << run.status.message;
  EXPECT_TRUE(run.sink.documents.empty());
}

TEST(JsonResumeBadInput, Corrupt) {
  EXPECT_FALSE(parse_bytes(kParser, "r.json", "{\"basics\": \xff\xfe\x00}").status.ok);
}

TEST(JsonResumeBadInput, Oversize) {
  plugin::Limits limits;
  limits.max_file_bytes = 10;
  EXPECT_TRUE(parse_bytes(kParser, "r.json", sample(), limits).status.message.starts_with("file is "));
}

TEST(JsonResumeBadInput, DeeplyNested) {
  const std::string deep = "{\"basics\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  auto run = parse_bytes(kParser, "r.json", deep);
  EXPECT_EQ(run.status.message, "invalid JSON: JSON nested deeper than 256 levels");
}

TEST(JsonResumeBadInput, WrongShape) {
  auto run = parse_bytes(kParser, "r.json", R"({"title": "x", "pages": 3})");
  EXPECT_EQ(run.status.message, "JSON, but not a known job feed or resume shape (top-level keys: pages, title)");
  EXPECT_EQ(parse_bytes(kParser, "r.json", "42").status.message,
            "JSON whose top level is a number, not a job feed, JSON Resume or JobPosting");
}

}  // namespace
}  // namespace skillmatch::parsers
