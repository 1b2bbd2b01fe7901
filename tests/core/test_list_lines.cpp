// list_lines: which lines list skills, their labels and items, and any-case items.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "list_lines.hpp"

namespace skillmatch::detail {
namespace {

ListRule tag_rule() {
  ListRule rule;
  rule.tag_lines = true;
  return rule;
}

std::vector<ListLine> lines_of(const ListLines& lists, std::string_view text, const std::vector<Section>& sections = {},
                               const std::vector<RawMatch>& kept = {}) {
  std::vector<ListLine> out;
  lists.find(text, sections, kept, out);
  return out;
}

std::string_view part(std::string_view text, std::size_t start, std::size_t end) { return text.substr(start, end - start); }

TEST(ListLines, ALabelledLineOfShortItemsIsATagLine) {
  const ListLines lists(tag_rule());
  const std::string text = "Technologies: c, go, oracle\nI wrote services in Go and C for years, every day.\n";
  const auto lines = lines_of(lists, text);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].tag);
  EXPECT_EQ(part(text, lines[0].start, lines[0].end), "Technologies: c, go, oracle");
  EXPECT_EQ(part(text, lines[0].label_start, lines[0].label_end), "Technologies");
  EXPECT_EQ(text.substr(lines[0].items_start, 3), " c,");
}

TEST(ListLines, ProseAndListsOfSingleLettersAreNotTagLines) {
  const ListLines lists(tag_rule());
  EXPECT_TRUE(lines_of(lists, "Grades: A, B, C\n").empty());
  EXPECT_TRUE(lines_of(lists, "We build data pipelines for customers, and we ship them weekly, on time.\n").empty());
}

TEST(ListLines, WithoutTagLinesOrLabelRulesNoLineIsFound) {
  const ListLines lists;
  EXPECT_TRUE(lines_of(lists, "Technologies: c, go, oracle\n").empty());
}

// A labels setting other than "rules" needs the labelled lines even without tag lines.
TEST(ListLines, WithoutTagLinesALabelsSettingStillFindsLabelledLines) {
  for (const char* labels : {"drop", "keep"}) {
    ListRule rule;
    rule.labels = labels;
    const ListLines lists(rule);
    const std::string text = "Testing: Selenium, JUnit\n";
    const auto lines = lines_of(lists, text);
    ASSERT_EQ(lines.size(), 1u) << labels;
    EXPECT_FALSE(lines[0].tag) << labels;
    EXPECT_EQ(part(text, lines[0].label_start, lines[0].label_end), "Testing") << labels;
  }
}

TEST(ListLines, AShortLineOfASkillsSectionHasWordsForItems) {
  const ListLines lists(tag_rule());
  const std::string text = "SKILLS\nPython Kubernetes Terraform\n";
  const auto lines = lines_of(lists, text, {{"skills", 0, text.size()}});
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(part(text, lines.back().start, lines.back().end), "Python Kubernetes Terraform");
  EXPECT_TRUE(lines.back().tag);
  EXPECT_TRUE(lines.back().words_are_items);
}

TEST(ListLines, ALineOfNamesAloneIsATagLineHoweverFew) {
  ListLines lists(tag_rule());
  lists.add_any_case(1, "Oracle");
  lists.add_any_case(2, "Toad");
  lists.add_any_case(3, "REST");
  // "kafka" (alias 0) is what the locator found; the other names are any-case aliases.
  const std::string text = "kafka, oracle toad\nkafka rest\nkafka and oracle staff\n";
  const std::vector<RawMatch> kept{{0, 0, 5}, {19, 0, 5}, {30, 0, 5}};
  const auto lines = lines_of(lists, text, {}, kept);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(part(text, lines[0].start, lines[0].end), "kafka, oracle toad");
  EXPECT_EQ(part(text, lines[1].start, lines[1].end), "kafka rest");
  EXPECT_TRUE(lines[0].tag && lines[0].words_are_items && lines[1].tag && lines[1].words_are_items);
  std::vector<RawMatch> found;
  lists.locate_items(text, lines, kept, found);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(part(text, found[0].offset, found[0].offset + found[0].length), "oracle");
  EXPECT_EQ(part(text, found[1].offset, found[1].offset + found[1].length), "toad");
  EXPECT_EQ(part(text, found[2].offset, found[2].offset + found[2].length), "rest");
}

TEST(ListLines, AWordOfAWordsLineEndsAtASeparator) {
  ListLines lists(tag_rule());
  lists.add_any_case(1, "Toad");
  const std::string text = "toad, oracle";
  // Each word of a line of names is an item without the comma that follows it.
  const std::vector<RawMatch> kept{{6, 0, 6}};
  const auto lines = lines_of(lists, text, {}, kept);
  std::vector<RawMatch> found;
  lists.locate_items(text, lines, kept, found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].offset, 0u);
  EXPECT_EQ(found[0].length, 4u);
}

TEST(ListLines, ACaseSensitiveAliasMatchesAnyCaseAsAWholeItemOfATagLine) {
  ListLines lists(tag_rule());
  lists.add_any_case(7, "Oracle");
  EXPECT_TRUE(lists.case_sensitive(7));
  EXPECT_FALSE(lists.case_sensitive(6));
  const std::string text = "Databases: ORACLE, mysql, sqlite\n";
  const auto lines = lines_of(lists, text);
  std::vector<RawMatch> found;
  lists.locate_items(text, lines, {}, found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].alias, 7u);
  EXPECT_EQ(text.substr(found[0].offset, found[0].length), "ORACLE");
  // Where the locator already matched, the item is left alone.
  found.clear();
  lists.locate_items(text, lines, {{.offset = 11, .alias = 3, .length = 6}}, found);
  EXPECT_TRUE(found.empty());
}

TEST(ListLines, WholeItemsAndGapsBetweenItems) {
  const ListLines lists(tag_rule());
  const std::string text = "Tools: Mark Jenkins, Docker and Git\n";
  const auto lines = lines_of(lists, text);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_FALSE(ListLines::whole_item(text, lines[0], text.find("Jenkins"), 7));
  EXPECT_TRUE(ListLines::whole_item(text, lines[0], text.find("Docker"), 6));
  EXPECT_TRUE(ListLines::whole_item(text, lines[0], text.find("Git"), 3));
  EXPECT_TRUE(ListLines::list_gap(text, text.find("Docker") + 6, text.find("Git")));
  EXPECT_FALSE(ListLines::list_gap(text, text.find("Mark") + 4, text.find("Docker")));
}

}  // namespace
}  // namespace skillmatch::detail
