// extract/locate: the first stage, candidates of literal and pattern aliases, and list items.
#include <gtest/gtest.h>

#include "extract/locate.hpp"

namespace skillmatch::detail {
namespace {

Skill skill_with(const std::string& id, std::vector<Alias> aliases) {
  Skill skill;
  skill.id = id;
  skill.origin = "rules/skills/" + id + ".json:1";
  skill.aliases = std::move(aliases);
  return skill;
}

// (text, alias id) of each candidate.
std::vector<std::pair<std::string, std::uint32_t>> found(const Scratch& scratch, std::string_view text) {
  std::vector<std::pair<std::string, std::uint32_t>> out;
  for (const RawMatch& match : scratch.candidates) out.emplace_back(text.substr(match.offset, match.length), match.alias);
  return out;
}

class LocateStage : public ::testing::Test {
 protected:
  void SetUp() override {
    add(0, {.text = "Java"});
    add(1, {.text = "JavaScript"});
    add(2, {.text = "Go", .case_sensitive = true});
    add(3, {.text = "C\\+\\+(1[147])?", .is_pattern = true});
    add(4, {.text = "machine learning"});
    locate.finish(problems);
    ASSERT_TRUE(problems.empty());
  }
  void add(std::uint32_t id, Alias alias) { locate.add(id, alias, skill_with("s" + std::to_string(id), {alias}), problems); }

  Locate locate;
  std::vector<Error> problems;
  Scratch scratch;
};

TEST_F(LocateStage, FindsLiteralAndPatternAliasesLeftmostLongestInTextOrder) {
  const std::string text = "C++17, JavaScript and Java; Machine-Learning in Go, not go.";
  ASSERT_TRUE(locate.run(text, scratch));
  using Found = std::vector<std::pair<std::string, std::uint32_t>>;
  EXPECT_EQ(found(scratch, text),
            (Found{{"C++17", 3}, {"JavaScript", 1}, {"Java", 0}, {"Machine-Learning", 4}, {"Go", 2}}));
}

TEST_F(LocateStage, RunReplacesTheCandidatesOfThePreviousDocument) {
  ASSERT_TRUE(locate.run("Java", scratch));
  ASSERT_TRUE(locate.run("nothing here", scratch));
  EXPECT_TRUE(scratch.candidates.empty());
}

TEST(LocateStageErrors, EveryBadPatternAliasIsAnErrorNamingItsSkillAndFile) {
  Locate locate;
  std::vector<Error> problems;
  const Skill bad = skill_with("cpp", {{.text = "C(\\+\\+", .is_pattern = true}, {.text = "C[++", .is_pattern = true}});
  locate.add(0, bad.aliases[0], bad, problems);
  locate.add(1, bad.aliases[1], bad, problems);
  locate.finish(problems);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].subject, "rules/skills/cpp.json:1");
  EXPECT_EQ(problems[0].message.rfind("skill 'cpp': alias 'C(\\+\\+': ", 0), 0u) << problems[0].message;
  EXPECT_EQ(problems[1].message.rfind("skill 'cpp': alias 'C[++': ", 0), 0u) << problems[1].message;
}

// List lines with tag lines on, and these any-case aliases from id 7 on.
ListLines tag_lists(const std::vector<std::string>& any_case) {
  ListRule rule;
  rule.tag_lines = true;
  ListLines lists(rule);
  for (std::size_t i = 0; i < any_case.size(); ++i) lists.add_any_case(static_cast<std::uint32_t>(7 + i), any_case[i]);
  return lists;
}

TEST(LocateStageLists, ACaseSensitiveAliasInAnotherCaseIsFoundAsAWholeTagLineItem) {
  const ListLines lists = tag_lists({"Go"});
  Scratch scratch;
  const std::string text = "Technologies: go, oracle, rust\nwe go home";
  add_list_items(lists, text, {}, scratch);
  ASSERT_EQ(scratch.candidates.size(), 1u);
  EXPECT_EQ(scratch.candidates[0].offset, text.find("go"));
  EXPECT_EQ(scratch.candidates[0].alias, 7u);
  ASSERT_FALSE(scratch.list_lines.empty());
  EXPECT_TRUE(scratch.list_lines[0].tag);
}

// A line in capitals says nothing by its case: "SPARK" and "GOOGLE CLOUD" of a requirement
// line are candidates (judged later as any are), though the line is a sentence, not a tag
// line; a two-word heading in capitals and a line with a lower-case letter are not read so.
TEST(LocateStageLists, ACaseSensitiveAliasIsFoundInAnyLineWrittenInCapitals) {
  const ListLines lists = tag_lists({"Spark", "Google Cloud", "Oracle"});
  Scratch scratch;
  const std::string text = "PYTHON, SPARK AND GOOGLE CLOUD ARE REQUIRED.\nORACLE CORPORATION\nSPARK and Oracle ARE USED";
  add_list_items(lists, text, {}, scratch);
  std::vector<std::pair<std::string, std::uint32_t>> expected = {{"SPARK", 7}, {"GOOGLE CLOUD", 8}};
  EXPECT_EQ(found(scratch, text), expected);
}

// A tag line in capitals has its items found once, as a tag line's.
TEST(LocateStageLists, ATagLineInCapitalsHasEachItemFoundOnce) {
  const ListLines lists = tag_lists({"Spark"});
  Scratch scratch;
  const std::string text = "SKILLS: SQL, SPARK, KAFKA";
  add_list_items(lists, text, {}, scratch);
  ASSERT_EQ(scratch.candidates.size(), 1u);
  EXPECT_EQ(scratch.candidates[0].offset, text.find("SPARK"));
}

}  // namespace
}  // namespace skillmatch::detail
