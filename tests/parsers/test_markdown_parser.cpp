// The markdown plugin (cmark).
#include <gtest/gtest.h>

#include "markdown/markdown_parser.hpp"
#include "markup_common/testing/parser_test_support.hpp"

namespace skillmatch::parsers {
namespace {

using testing::parse_bytes;
using testing::read_file;
using testing::source_path;

const MarkdownParser kParser;

class MarkdownGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(MarkdownGoldenTest, MatchesGolden) {
  const std::string path = "samples/markup/" + GetParam();
  auto run = parse_bytes(kParser, path, read_file(source_path(path)));
  ASSERT_TRUE(run.status.ok) << run.status.message;
  ASSERT_EQ(run.sink.documents.size(), 1u);
  testing::expect_well_formed(run.sink.documents[0]);
  testing::expect_matches_golden(testing::render_golden(run.sink.documents, run.sink.warnings),
                                 "tests/golden/markdown/" + GetParam() + ".golden");
}

INSTANTIATE_TEST_SUITE_P(Samples, MarkdownGoldenTest, ::testing::Values("resume.md", "posting.md"),
                         [](const auto& info) { return info.param.substr(0, info.param.find('.')); });

Document parse_one(std::string_view markdown) {
  auto run = parse_bytes(kParser, "a.md", markdown);
  EXPECT_TRUE(run.status.ok) << run.status.message;
  EXPECT_EQ(run.sink.documents.size(), 1u);
  return run.sink.documents.empty() ? Document{} : run.sink.documents[0];
}

TEST(MarkdownParser, HeadingsBecomeSectionsAndMarkupGoesAway) {
  const Document document = parse_one(
      "---\ntitle: hidden\n---\nJane Doe\n========\n\n## Skills:\n\n* **Python**, _SQL_\n* [Docker](https://docker.com)\n"
      "1. `kubectl`\n");
  EXPECT_EQ(document.title, "Jane Doe");
  EXPECT_EQ(document.text, "Jane Doe\n\nSkills:\n\nPython, SQL\nDocker\nkubectl\n");
  ASSERT_EQ(document.sections.size(), 2u);
  EXPECT_EQ(document.sections[0].name, "jane doe");
  EXPECT_EQ(document.sections[1].name, "skills");
  EXPECT_EQ(document.text.substr(document.sections[1].offset), "Skills:\n\nPython, SQL\nDocker\nkubectl\n");
}

TEST(MarkdownParser, SubHeadingsStayInACanonicalSection) {
  const Document document = parse_one("## Experience\n\n### Engineer, Acme\n\nDid things.\n\n## Hobbies\n\nChess\n");
  ASSERT_EQ(document.sections.size(), 2u);
  EXPECT_EQ(document.sections[0].name, "experience");
  EXPECT_EQ(document.sections[1].name, "interests");  // rules/sections.json: Hobbies is Interests
}

TEST(MarkdownParser, UnclosedFrontMatterIsAThematicBreak) {
  EXPECT_EQ(parse_one("---\nJust text\n").text, "Just text\n");
}

TEST(MarkdownParser, Sniff) {
  EXPECT_EQ(kParser.sniff("cv.md", "anything"), 50);
  EXPECT_EQ(kParser.sniff("cv.MARKDOWN", "anything"), 50);
  EXPECT_EQ(kParser.sniff("cv.txt", "# A\n## B\n"), 0);  // .txt stays with the text plugin
  EXPECT_EQ(kParser.sniff("cv", "# Jane\n\n## Skills\n- Python\n"), 25);
  EXPECT_EQ(kParser.sniff("cv", "---\ntitle: x\n---\n"), 25);
  EXPECT_EQ(kParser.sniff("cv", "Jane Doe\nPython developer\n"), 0);
  EXPECT_EQ(kParser.sniff("cv", "# one heading only\n"), 0);
}

TEST(MarkdownBadInput, Empty) {
  EXPECT_EQ(parse_bytes(kParser, "a.md", "").status.message, "empty file (no text)");
  EXPECT_EQ(parse_bytes(kParser, "a.md", "---\ntitle: x\n---\n").status.message, "empty file (no text)");
}

TEST(MarkdownBadInput, Binary) {
  EXPECT_TRUE(parse_bytes(kParser, "a.md", std::string("PK\x03\x04\0\0", 6)).status.message.starts_with("binary data"));
}

TEST(MarkdownBadInput, Oversize) {
  plugin::Limits limits;
  limits.max_file_bytes = 4;
  EXPECT_TRUE(parse_bytes(kParser, "a.md", "# Hello\n", limits).status.message.starts_with("file is "));
}

TEST(MarkdownBadInput, DeeplyNestedContainers) {
  EXPECT_EQ(parse_bytes(kParser, "a.md", std::string(100000, '>') + " x\n").status.message,
            "Markdown nested deeper than 256 levels");
  std::string lists;
  for (int i = 0; i < 100000; ++i) lists += "- ";
  EXPECT_EQ(parse_bytes(kParser, "a.md", lists + "x\n").status.message, "Markdown nested deeper than 256 levels");
}

TEST(MarkdownBadInput, DeepEmphasisAndBracketsAreFine) {
  std::string emphasis;
  for (int i = 0; i < 50000; ++i) emphasis += "*a **[";
  auto run = parse_bytes(kParser, "a.md", emphasis);
  EXPECT_TRUE(run.status.ok);
}

TEST(MarkdownBadInput, DeepHtmlBlockIsRefused) {
  std::string html = "<div>";
  for (int i = 0; i < 5000; ++i) html += "<section>";
  EXPECT_EQ(parse_bytes(kParser, "a.md", "# Title\n\n" + html + "\n").status.message,
            "HTML nested deeper than 256 elements");
}

}  // namespace
}  // namespace skillmatch::parsers
