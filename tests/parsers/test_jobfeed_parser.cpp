// The jobfeed plugin: JSON-LD, Greenhouse, Lever, JSON Resume job and NDJSON feeds.
#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "jobfeed/jobfeed_parser.hpp"
#include <nlohmann/json.hpp>
#include "markup_common/testing/parser_test_support.hpp"

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
                                           "jsonresume-job.json", "postings.ndjson", "usajobs-search.json"),
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
    void reject(std::uint64_t, std::string_view message) override { ADD_FAILURE() << message; }
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
  EXPECT_EQ(run.sink.rejections, (std::vector<std::string>{"file:1: HTML nested deeper than 256 elements"}));
}

TEST(JobFeedBadInput, WrongShapeJsonNamesTheTopLevelKeys) {
  auto run = parse_bytes(kParser, "a.json", R"({"name": "x", "version": 2, "dependencies": {}})");
  EXPECT_FALSE(run.status.ok);
  EXPECT_EQ(run.status.message,
            "JSON, but not a known job feed or resume shape (top-level keys: dependencies, name, version)");
}

// Issue 15: a number, string or null used to be read as prose by the text plugin.
TEST(JobFeedBadInput, AJsonScalarIsNotAFeed) {
  const std::vector<std::pair<std::string, std::string>> scalars = {
      {"42", "a number"}, {"\"Data Engineer\"", "a string"}, {"null", "null"}};
  for (const auto& [bytes, what] : scalars) {
    EXPECT_EQ(kParser.sniff("x.json", bytes), 30) << bytes;
    EXPECT_EQ(parse_bytes(kParser, "x.json", bytes).status.message,
              "JSON whose top level is " + what + ", not a job feed, JSON Resume or JobPosting");
  }
  EXPECT_EQ(kParser.sniff("x.txt", "42"), 0);  // not JSON by name: the text plugin's
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

// Issue 15: a broken line used to be a warning (exit 0); it is an error naming its line,
// and every other posting is still read.
TEST(JobFeedNdjson, ABadLineIsRejectedNamingItsLineAndReadingGoesOn) {
  const std::string feed = R"({"@type":"JobPosting","title":"one"})" "\n"
                           R"({"title": "broken", "company": )" "\n"
                           "\n"
                           R"({"unrelated": true})" "\n"
                           R"({"@type":"JobPosting","title":"two"})" "\n";
  auto run = parse_bytes(kParser, "feed.ndjson", feed);
  EXPECT_TRUE(run.status.ok) << run.status.message;
  ASSERT_EQ(run.sink.documents.size(), 2u);
  EXPECT_EQ(run.sink.documents[1].title, "two");
  EXPECT_TRUE(run.sink.warnings.empty());
  ASSERT_EQ(run.sink.rejections.size(), 2u);
  EXPECT_TRUE(run.sink.rejections[0].starts_with("file:2: invalid JSON: parse error at column")) << run.sink.rejections[0];
  EXPECT_EQ(run.sink.rejections[1], "file:4: not a job posting (keys: unrelated)");
}

TEST(JobFeedNdjson, LineNumbersCountBlankLinesBeforeTheFirstEntry) {
  const std::string feed = "\n\n" R"({"@type":"JobPosting","title":"one"})" "\n" "{oops\n";
  auto run = parse_bytes(kParser, "feed.ndjson", feed);
  ASSERT_EQ(run.sink.rejections.size(), 1u);
  EXPECT_TRUE(run.sink.rejections[0].starts_with("file:4: invalid JSON")) << run.sink.rejections[0];
}

TEST(JobFeedNdjson, AnEntryInsideALineIsNamedByItsLineAndPlace) {
  const std::string feed = R"([{"@type":"JobPosting","title":"one"}, {"x": 1}])" "\n";
  auto run = parse_bytes(kParser, "feed.ndjson", feed);
  EXPECT_EQ(run.sink.documents.size(), 1u);
  EXPECT_EQ(run.sink.rejections, (std::vector<std::string>{"file:1: entry 2: not a job posting (keys: x)"}));
}

// A JSON array's entries are read one at a time; one that is not a posting is named by
// the line it starts on, blank lines before the array counted.
TEST(JobFeedJsonArray, AnEntryThatIsNotAPostingIsNamedByItsLine) {
  const std::string feed = "\n[\n  {\"@type\": \"JobPosting\", \"title\": \"one\"},\n  {\"x\":\n    1},\n"
                           "  {\"@type\": \"JobPosting\", \"title\": \"two\"}]\n";
  auto run = parse_bytes(kParser, "feed.json", feed);
  EXPECT_TRUE(run.status.ok) << run.status.message;
  EXPECT_EQ(run.sink.documents.size(), 2u);
  EXPECT_EQ(run.sink.rejections, (std::vector<std::string>{"file:4: entry 2: not a job posting (keys: x)"}));
  const std::string wrapped = "{\"@graph\": [{\"@type\": \"JobPosting\", \"title\": \"one\"},\n\n\"junk\"]}";
  run = parse_bytes(kParser, "feed.json", wrapped);
  EXPECT_EQ(run.sink.rejections, (std::vector<std::string>{"file:3: entry 2: not a job posting (keys: (not an object))"}));
}

// Nothing read: not a parser failure of its own; each line is rejected and the host
// fails the file naming the first (see JobFeedThroughTheHost).
TEST(JobFeedNdjson, NoGoodLineRejectsEveryLine) {
  auto run = parse_bytes(kParser, "feed.ndjson", "{\"a\": \n{\"b\": 1}\n");
  EXPECT_TRUE(run.status.ok) << run.status.message;
  EXPECT_TRUE(run.sink.documents.empty());
  ASSERT_EQ(run.sink.rejections.size(), 2u);
  EXPECT_TRUE(run.sink.rejections[0].starts_with("file:1: invalid JSON")) << run.sink.rejections[0];
  EXPECT_EQ(run.sink.rejections[1], "file:2: not a job posting (keys: b)");
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
  ASSERT_EQ(run.sink.rejections.size(), 21u);
  EXPECT_TRUE(run.sink.rejections[19].starts_with("file:20: invalid JSON")) << run.sink.rejections[19];
  EXPECT_EQ(run.sink.rejections.back(), "file: 80 more entries could not be read (not reported one by one)");
}

// --- USAJOBS Search API (issue 15): SearchResult.SearchResultItems[].MatchedObjectDescriptor

TEST(JobFeedUsaJobs, ReadsEachResultItemAsAPosting) {
  const std::string bytes = read_file(source_path("samples/feeds/usajobs-search.json"));
  EXPECT_EQ(kParser.sniff("search.json", bytes.substr(0, 8192)), 90);
  auto run = parse_bytes(kParser, "search.json", bytes);
  ASSERT_TRUE(run.status.ok) << run.status.message;
  ASSERT_EQ(run.sink.documents.size(), 2u);
  const Document& first = run.sink.documents[0];
  EXPECT_EQ(first.id, "EX-24-001-DE");
  EXPECT_EQ(first.title, "IT Specialist (Data Management)");
  EXPECT_NE(first.text.find("administering PostgreSQL"), std::string::npos);  // QualificationSummary
  EXPECT_NE(first.text.find("ETL pipelines in Apache Airflow"), std::string::npos);  // UserArea.Details.MajorDuties
  EXPECT_NE(run.sink.documents[1].text.find("forecasting models"), std::string::npos);  // MajorDuties as one string
  EXPECT_TRUE(run.sink.rejections.empty());
}

TEST(JobFeedUsaJobs, ResultItemsAreStreamed) {
  auto run = parse_bytes(kParser, "search.json", read_file(source_path("samples/feeds/usajobs-search.json")), {},
                         /*stop_after=*/1);
  EXPECT_TRUE(run.status.ok) << run.status.message;
  EXPECT_EQ(run.sink.documents.size(), 1u);
}

TEST(JobFeedUsaJobs, NoResultItemsIsAnEmptyFeed) {
  EXPECT_EQ(parse_bytes(kParser, "a.json", R"({"SearchResult": {"SearchResultCount": 0, "SearchResultItems": []}})")
                .status.message,
            "a job feed with no postings (an empty array)");
}

// --- titles (issue 15): one line of at most 200 characters, never the whole entry

std::string posting_titled(const std::string& title) {
  return nlohmann::json{{"@type", "JobPosting"}, {"title", title}, {"description", "Python"}}.dump();
}

TEST(JobFeedTitle, ATenKilobyteMultiLineTitleBecomesOneShortLine) {
  std::string title;
  while (title.size() < 10240) title += "Senior Data Engineer\n  Remote, full time\n";
  auto run = parse_bytes(kParser, "a.json", posting_titled(title));
  ASSERT_EQ(run.sink.documents.size(), 1u);
  const Document& posting = run.sink.documents[0];
  EXPECT_EQ(posting.title.find('\n'), std::string::npos);
  EXPECT_LE(posting.title.size(), 200u);
  EXPECT_TRUE(posting.title.starts_with("Senior Data Engineer Remote, full time Senior Data Engineer")) << posting.title;
  EXPECT_NE(posting.title.back(), ' ');
  EXPECT_GT(posting.text.size(), 9000u);  // the text keeps every word of it (white space collapsed)
}

TEST(JobFeedTitle, TheCutFallsBetweenCharacters) {
  const std::string euro = "\u20AC";  // three bytes
  auto run = parse_bytes(kParser, "a.json", posting_titled(std::string(199, 'a') + euro + std::string(50, 'b')));
  ASSERT_EQ(run.sink.documents.size(), 1u);
  EXPECT_EQ(run.sink.documents[0].title, std::string(199, 'a') + euro);
  std::string accents;
  for (int i = 0; i < 300; ++i) accents += "\u00E9";
  run = parse_bytes(kParser, "a.json", posting_titled(accents));
  ASSERT_EQ(run.sink.documents.size(), 1u);
  EXPECT_EQ(run.sink.documents[0].title, accents.substr(0, 400));  // 200 characters of two bytes
  EXPECT_TRUE(text::is_valid_utf8(run.sink.documents[0].title));
}

}  // namespace
}  // namespace skillmatch::parsers
