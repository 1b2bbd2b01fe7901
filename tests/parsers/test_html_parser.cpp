// The html plugin: job pages and resumes saved as HTML.
#include <gtest/gtest.h>

#include "html/html_parser.hpp"
#include "markup_common/testing/parser_test_support.hpp"

namespace skillmatch::parsers {
namespace {

using testing::parse_bytes;
using testing::read_file;
using testing::source_path;

const HtmlParser kParser;

class HtmlGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(HtmlGoldenTest, MatchesGolden) {
  const std::string path = "samples/markup/" + GetParam();
  const std::string bytes = read_file(source_path(path));
  EXPECT_GE(kParser.sniff(path, bytes.substr(0, 4096)), 60);
  auto run = parse_bytes(kParser, path, bytes);
  ASSERT_TRUE(run.status.ok) << run.status.message;
  ASSERT_EQ(run.sink.documents.size(), 1u);
  testing::expect_well_formed(run.sink.documents[0]);
  testing::expect_matches_golden(testing::render_golden(run.sink.documents, run.sink.warnings),
                                 "tests/golden/html/" + GetParam() + ".golden");
}

INSTANTIATE_TEST_SUITE_P(Samples, HtmlGoldenTest, ::testing::Values("posting-page.html", "resume.html"),
                         [](const auto& info) { return info.param.substr(0, info.param.find('.')) == "resume" ? std::string("resume") : std::string("posting_page"); });

TEST(HtmlParser, VisibleTextOnly) {
  auto run = parse_bytes(kParser, "p.html", read_file(source_path("samples/markup/posting-page.html")));
  ASSERT_EQ(run.sink.documents.size(), 1u);
  const Document& page = run.sink.documents[0];
  EXPECT_EQ(page.title, "Data Scientist \u2013 Litware Health");
  for (const char* hidden : {"analytics", "font-family", "enable JavaScript", "Internal reference", "Template text"}) {
    EXPECT_EQ(page.text.find(hidden), std::string::npos) << hidden;
  }
  EXPECT_NE(page.text.find("- Build models in Python (scikit-learn, XGBoost)\n"), std::string::npos);
  EXPECT_NE(page.text.find("  - weekly reviews\n"), std::string::npos);
  EXPECT_NE(page.text.find("clinicians and engineers"), std::string::npos);  // whitespace collapsed
}

TEST(HtmlParser, TitleFallsBackToTheFirstH1) {
  auto run = parse_bytes(kParser, "r.html", read_file(source_path("samples/markup/resume.html")));
  ASSERT_EQ(run.sink.documents.size(), 1u);
  EXPECT_EQ(run.sink.documents[0].title, "Mei Tanaka");
}

TEST(HtmlParser, SniffLeavesJsonLdPagesToJobfeed) {
  EXPECT_EQ(kParser.sniff("x.html", "<!DOCTYPE html><html>"), 70);
  EXPECT_EQ(kParser.sniff("x", "<!DOCTYPE html><html>"), 60);
  EXPECT_LT(kParser.sniff("x.html", R"(<html><script type="application/ld+json">{"@type":"JobPosting"})"), 80);
  EXPECT_EQ(kParser.sniff("x.xml", "<?xml version='1.0'?><feed>"), 0);
  EXPECT_EQ(kParser.sniff("x.txt", "plain words"), 0);
}

TEST(HtmlParser, Windows1252IsDecodedWithAWarning) {
  auto run = parse_bytes(kParser, "a.html", "<p>Caf\xe9 \x93quoted\x94</p>");
  ASSERT_TRUE(run.status.ok);
  EXPECT_EQ(run.sink.documents[0].text, "Caf\u00e9 \u201cquoted\u201d\n");
  ASSERT_EQ(run.sink.warnings.size(), 1u);
}

TEST(HtmlBadInput, Empty) { EXPECT_EQ(parse_bytes(kParser, "a.html", "  \n").status.message, "empty file"); }

TEST(HtmlBadInput, NoVisibleText) {
  EXPECT_EQ(parse_bytes(kParser, "a.html", "<html><head><script>x()</script></head></html>").status.message,
            "HTML without visible text");
}

TEST(HtmlBadInput, TruncatedStillReadsWhatIsThere) {
  auto run = parse_bytes(kParser, "a.html", "<html><body><h2>Skills</h2><ul><li>Python<li>SQ");
  ASSERT_TRUE(run.status.ok);
  EXPECT_EQ(run.sink.documents[0].text, "Skills\n\n- Python\n- SQ\n");
}

TEST(HtmlBadInput, Oversize) {
  plugin::Limits limits;
  limits.max_file_bytes = 16;
  EXPECT_TRUE(parse_bytes(kParser, "a.html", "<html><body>hello world</body></html>", limits)
                  .status.message.starts_with("file is "));
}

TEST(HtmlBadInput, DeeplyNestedIsRefusedQuickly) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div><b>";
  auto run = parse_bytes(kParser, "a.html", page);
  EXPECT_EQ(run.status.message, "HTML nested deeper than 256 elements");
}

TEST(HtmlBadInput, UnclosedParagraphsAndItemsDoNotCountAsNesting) {
  std::string page = "<html><body><ul>";
  for (int i = 0; i < 5000; ++i) page += "<li><p>item " + std::to_string(i);
  auto run = parse_bytes(kParser, "a.html", page);
  EXPECT_TRUE(run.status.ok) << run.status.message;
}

// Gumbo compares each attribute of an element with the ones before it (issue 21): an
// element may have 256, quoted, unquoted or bare, but not more; the attributes of every
// <body> tag count together, as gumbo merges them into one element.
TEST(HtmlBadInput, AttributesPerElementAreBounded) {
  std::string attributes;
  for (int i = 0; i < 256; ++i) attributes += " a" + std::to_string(i) + (i % 3 == 0 ? "='x y'" : i % 3 == 1 ? "=1" : "");
  auto fits = parse_bytes(kParser, "a.html", "<html><body><div" + attributes + ">Python</div></body></html>");
  EXPECT_TRUE(fits.status.ok) << fits.status.message;
  auto over = parse_bytes(kParser, "a.html", "<html><body><div" + attributes + " b>Python</div></body></html>");
  EXPECT_EQ(over.status.message, "an HTML element with more than 256 attributes");
  std::string half;
  for (int i = 0; i < 150; ++i) half += " b" + std::to_string(i);
  EXPECT_EQ(parse_bytes(kParser, "a.html", "<html><body" + half + "><body" + half + ">Python").status.message,
            "an HTML element with more than 256 attributes");
}

TEST(HtmlBadInput, BinaryGarbage) {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919) % 256));
  auto run = parse_bytes(kParser, "a.html", garbage);  // must not crash; either outcome is fine
  if (run.status.ok) testing::expect_well_formed(run.sink.documents[0]);
}

}  // namespace
}  // namespace skillmatch::parsers
