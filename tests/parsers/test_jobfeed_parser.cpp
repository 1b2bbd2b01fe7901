// The jobfeed plugin: JSON-LD, Greenhouse, Lever, JSON Resume job and NDJSON feeds.
#include <gtest/gtest.h>

#include <jobfeed_parser.hpp>
#include <testing/parser_test_support.hpp>

namespace skillmatch::parsers {
namespace {

using testing::parse_bytes;
using testing::read_file;
using testing::source_path;

const JobFeedParser kParser;

class JobFeedGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(JobFeedGoldenTest, MatchesGolden) {
  const std::string path = "samples/feeds/" + GetParam();
  const std::string bytes = read_file(source_path(path));
  ASSERT_FALSE(bytes.empty()) << path;
  EXPECT_GE(kParser.sniff(path, bytes.substr(0, 4096)), 60);
  auto run = parse_bytes(kParser, path, bytes);
  ASSERT_TRUE(run.status.ok) << run.status.message;
  for (const Document& document : run.sink.documents) {
    testing::expect_well_formed(document);
    EXPECT_EQ(document.kind, DocumentKind::kPosting);
  }
  testing::expect_matches_golden(testing::render_golden(run.sink.documents, run.sink.warnings),
                                 "tests/golden/jobfeed/" + GetParam() + ".golden");
}

INSTANTIATE_TEST_SUITE_P(Samples, JobFeedGoldenTest,
                         ::testing::Values("jsonld-single.json", "jsonld-graph.json", "jsonld-array.json",
                                           "jsonld-page.html", "greenhouse-jobs.json", "lever-postings.json",
                                           "jsonresume-job.json", "postings.ndjson"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

TEST(JobFeedParser, ReadsThePublicJsonResumeJobSampleShape) {
  auto run = parse_bytes(kParser, "job.json", read_file(source_path("samples/feeds/jsonresume-job.json")));
  ASSERT_TRUE(run.status.ok);
  ASSERT_EQ(run.sink.documents.size(), 1u);
  const Document& job = run.sink.documents[0];
  EXPECT_EQ(job.title, "Backend Developer");
  EXPECT_EQ(job.listed_skills, (std::vector<std::string>{"Backend", "Go", "gRPC", "PostgreSQL", "Cloud", "AWS", "Docker"}));
}

TEST(JobFeedParser, JsonLdSkillsGoToListedSkillsAndASkillsSection) {
  auto run = parse_bytes(kParser, "a.json", read_file(source_path("samples/feeds/jsonld-single.json")));
  ASSERT_EQ(run.sink.documents.size(), 1u);
  const Document& posting = run.sink.documents[0];
  EXPECT_EQ(posting.listed_skills, (std::vector<std::string>{"Python", "SQL", "Apache Spark", "Kafka", "Airflow"}));
  const auto skills = std::find_if(posting.sections.begin(), posting.sections.end(),
                                   [](const Section& s) { return s.name == "skills"; });
  ASSERT_NE(skills, posting.sections.end());
  EXPECT_NE(posting.text.substr(skills->offset, skills->length).find("Apache Spark"), std::string::npos);
}

// --- sniffing

TEST(JobFeedParser, SniffsJsonShapesByKeysInTheHead) {
  EXPECT_EQ(kParser.sniff("x.json", R"({"@context":"https://schema.org","@type":"JobPosting"})"), 90);
  EXPECT_EQ(kParser.sniff("x.json", R"({"jobs": [{"id": 1, "absolute_url": "u"}]})"), 90);
  EXPECT_EQ(kParser.sniff("x.json", R"([{"text": "SRE", "categories": {}}])"), 75);
  EXPECT_EQ(kParser.sniff("x.json", R"({"basics": {"name": "A"}})"), 10);  // a resume: jsonresume's
  EXPECT_EQ(kParser.sniff("x.json", R"({"anything": 1})"), 30);              // JSON, shape unknown
  EXPECT_EQ(kParser.sniff("x.txt", "Hello"), 0);
}

TEST(JobFeedParser, WinsHtmlPagesWithJobPostingJsonLd) {
  // The html plugin gives a page 60-70; JSON-LD describes a posting better.
  const std::string page = R"(<html><head><script type="application/ld+json">{"@type":"JobPosting"})";
  EXPECT_EQ(kParser.sniff("job.html", page), 80);
  EXPECT_EQ(kParser.sniff("job.html", "<html><head><title>x</title></head>"), 0);
}

// --- streaming

// A feed of `count` postings, one per line.
std::string ndjson_feed(std::size_t count) {
  std::string feed;
  for (std::size_t i = 0; i < count; ++i) {
    feed += R"({"id": )" + std::to_string(i) + R"(, "title": "Engineer )" + std::to_string(i) +
            R"(", "absolute_url": "https://x.example/)" + std::to_string(i) +
            R"(", "content": "&lt;p&gt;Python and SQL&lt;/p&gt;"})" + "\n";
  }
  return feed;
}

TEST(JobFeedStreaming, NdjsonStopsAsSoonAsTheSinkSaysNoMore) {
  auto run = parse_bytes(kParser, "feed.ndjson", ndjson_feed(1000), {}, /*stop_after=*/3);
  EXPECT_TRUE(run.status.ok) << run.status.message;
  ASSERT_EQ(run.sink.documents.size(), 3u);
  EXPECT_EQ(run.sink.documents[2].id, "2");
}

TEST(JobFeedStreaming, JsonArrayStopsAsSoonAsTheSinkSaysNoMore) {
  std::string array = "[";
  for (int i = 0; i < 1000; ++i) array += std::string(i ? "," : "") + R"({"text": "SRE", "categories": {}, "id": ")" + std::to_string(i) + "\"}";
  array += "]";
  auto run = parse_bytes(kParser, "feed.json", array, {}, /*stop_after=*/2);
  EXPECT_TRUE(run.status.ok);
  EXPECT_EQ(run.sink.documents.size(), 2u);
}

// Documents arrive one at a time, each while the parser is still reading: the sink sees
// them in feed order and can drop them, so 100,000 postings never pile up.
TEST(JobFeedStreaming, HundredThousandNdjsonPostingsPassThroughACountingSink) {
  class CountingSink : public plugin::DocumentSink {
   public:
    bool accept(Document&& document) override {
      EXPECT_EQ(document.id, std::to_string(count));
      ++count;
      return true;
    }
    void warn(std::string_view message) override { ADD_FAILURE() << message; }
    std::size_t count = 0;
  } sink;
  const std::string feed = ndjson_feed(100000);
  const plugin::Limits limits;
  const auto status = kParser.parse({"big.ndjson", feed, limits}, sink);
  EXPECT_TRUE(status.ok) << status.message;
  EXPECT_EQ(sink.count, 100000u);
}

TEST(JobFeedStreaming, RespectsMaxDocuments) {
  plugin::Limits limits;
  limits.max_documents = 5;
  auto run = parse_bytes(kParser, "feed.ndjson", ndjson_feed(20), limits);
  EXPECT_FALSE(run.status.ok);
  EXPECT_EQ(run.status.message, "more than 5 postings (the document limit); stopped there");
  EXPECT_EQ(run.sink.documents.size(), 5u);
}

// --- bad input: each a one-line failure, never a crash

TEST(JobFeedBadInput, EmptyFile) {
  EXPECT_EQ(parse_bytes(kParser, "a.json", "").status.message, "empty file");
  EXPECT_EQ(parse_bytes(kParser, "a.json", " \n\t ").status.message, "empty file");
}

TEST(JobFeedBadInput, TruncatedJson) {
  const std::string whole = read_file(source_path("samples/feeds/jsonld-single.json"));
  auto run = parse_bytes(kParser, "a.json", whole.substr(0, whole.size() / 2));
  EXPECT_FALSE(run.status.ok);
  EXPECT_TRUE(run.status.message.starts_with("invalid JSON: parse error at line")) << run.status.message;
  EXPECT_EQ(run.status.message.find('\n'), std::string::npos);
}

TEST(JobFeedBadInput, CorruptJson) {
  auto run = parse_bytes(kParser, "a.json", "{\"jobs\": [\x01\xff garbage");
  EXPECT_FALSE(run.status.ok);
  EXPECT_TRUE(run.status.message.starts_with("invalid JSON")) << run.status.message;
}

TEST(JobFeedBadInput, NotJsonAtAll) {
  EXPECT_FALSE(parse_bytes(kParser, "a.json", "title: engineer").status.ok);
}

TEST(JobFeedBadInput, Oversize) {
  plugin::Limits limits;
  limits.max_file_bytes = 100;
  auto run = parse_bytes(kParser, "a.json", read_file(source_path("samples/feeds/jsonld-single.json")), limits);
  EXPECT_FALSE(run.status.ok);
  EXPECT_TRUE(run.status.message.starts_with("file is ")) << run.status.message;
}

TEST(JobFeedBadInput, DeeplyNestedJsonIsRefusedWithoutRecursion) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  auto run = parse_bytes(kParser, "a.json", deep);
  EXPECT_FALSE(run.status.ok);
  EXPECT_EQ(run.status.message, "invalid JSON: JSON nested deeper than 256 levels");
  const std::string deep_object = "{\"jobs\":" + std::string(100000, '[');
  EXPECT_FALSE(parse_bytes(kParser, "a.json", deep_object).status.ok);
}

TEST(JobFeedBadInput, DeeplyNestedHtmlIsRefusedBeforeGumbo) {
  std::string page = R"(<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"x"}</script></head><body>)";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  auto run = parse_bytes(kParser, "a.html", page);
  EXPECT_FALSE(run.status.ok);
  EXPECT_EQ(run.status.message, "HTML nested deeper than 256 elements");
}

TEST(JobFeedBadInput, DeeplyNestedHtmlInsideADescriptionSkipsThatPosting) {
  std::string description;
  for (int i = 0; i < 5000; ++i) description += "<span>";
  const std::string feed = R"({"@type":"JobPosting","title":"deep","description":")" + description + "\"}\n" +
                           R"({"@type":"JobPosting","title":"fine","description":"<p>ok</p>"})" + "\n";
  auto run = parse_bytes(kParser, "a.ndjson", feed);
  EXPECT_TRUE(run.status.ok);
  ASSERT_EQ(run.sink.documents.size(), 1u);
  EXPECT_EQ(run.sink.documents[0].title, "fine");
  ASSERT_EQ(run.sink.warnings.size(), 1u);
  EXPECT_EQ(run.sink.warnings[0], "line 1: HTML nested deeper than 256 elements");
}

TEST(JobFeedBadInput, WrongShapeJsonNamesTheTopLevelKeys) {
  auto run = parse_bytes(kParser, "a.json", R"({"name": "x", "version": 2, "dependencies": {}})");
  EXPECT_FALSE(run.status.ok);
  EXPECT_EQ(run.status.message,
            "JSON, but not a known job feed or resume shape (top-level keys: dependencies, name, version)");
}

TEST(JobFeedBadInput, JsonLdWithoutAJobPosting) {
  auto run = parse_bytes(kParser, "a.json", R"({"@context":"https://schema.org","@type":"Organization","name":"x"})");
  EXPECT_FALSE(run.status.ok);
  EXPECT_EQ(run.status.message, "JSON-LD, but no JobPosting in it (found: Organization)");
}

TEST(JobFeedBadInput, EmptyFeed) {
  EXPECT_EQ(parse_bytes(kParser, "a.json", R"({"jobs": []})").status.message,
            "a job feed with no postings (an empty array)");
  EXPECT_EQ(parse_bytes(kParser, "a.json", "[]").status.message, "a job feed with no postings (an empty array)");
}

TEST(JobFeedBadInput, HtmlPageWithoutJsonLd) {
  auto run = parse_bytes(kParser, "a.html", "<html><body><p>hello</p></body></html>");
  EXPECT_FALSE(run.status.ok);
  EXPECT_EQ(run.status.message, "an HTML page without JSON-LD (no <script type=\"application/ld+json\">)");
}

TEST(JobFeedNdjson, ABadLineIsAWarningAndReadingGoesOn) {
  const std::string feed = R"({"@type":"JobPosting","title":"one"})" "\n"
                           R"({"title": "broken", "company": )" "\n"
                           "\n"
                           R"({"unrelated": true})" "\n"
                           R"({"@type":"JobPosting","title":"two"})" "\n";
  auto run = parse_bytes(kParser, "feed.ndjson", feed);
  EXPECT_TRUE(run.status.ok) << run.status.message;
  ASSERT_EQ(run.sink.documents.size(), 2u);
  EXPECT_EQ(run.sink.documents[1].title, "two");
  ASSERT_EQ(run.sink.warnings.size(), 2u);
  EXPECT_TRUE(run.sink.warnings[0].starts_with("line 2: invalid JSON: parse error at column")) << run.sink.warnings[0];
  EXPECT_EQ(run.sink.warnings[1], "line 4: not a job posting (keys: unrelated)");
}

TEST(JobFeedNdjson, NoGoodLineIsAFailure) {
  auto run = parse_bytes(kParser, "feed.ndjson", "{\"a\": \n{\"b\": 1}\n");
  EXPECT_FALSE(run.status.ok);
  EXPECT_TRUE(run.status.message.starts_with("no job posting could be read: 2 entries skipped (line 1: invalid JSON"))
      << run.status.message;
}

TEST(JobFeedNdjson, DetectedWithoutTheExtension) {
  const std::string feed = R"({"@type":"JobPosting","title":"one"})" "\n" R"({"@type":"JobPosting","title":"two"})" "\n";
  auto run = parse_bytes(kParser, "feed.json", feed);
  EXPECT_TRUE(run.status.ok) << run.status.message;
  EXPECT_EQ(run.sink.documents.size(), 2u);
}

TEST(JobFeedNdjson, ManyBadLinesAreReportedOnlyUpToALimit) {
  std::string feed;
  for (int i = 0; i < 100; ++i) feed += "{oops\n";
  feed += R"({"@type":"JobPosting","title":"ok"})" "\n";
  auto run = parse_bytes(kParser, "feed.ndjson", feed);
  EXPECT_TRUE(run.status.ok);
  EXPECT_EQ(run.sink.warnings.size(), 21u);
  EXPECT_EQ(run.sink.warnings.back(), "80 more entries skipped (not reported one by one)");
}

}  // namespace
}  // namespace skillmatch::parsers
