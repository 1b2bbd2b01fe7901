// extract/assemble and extract/line_index: accepted candidates become mentions, grouped by
// skill in order of first mention, then the skills they imply.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/assemble.hpp"
#include "extract/line_index.hpp"

namespace skillmatch::detail {
namespace {

TEST(ExtractLineIndex, LinesAreOneBasedAndColumnsCountCodePoints) {
  const std::string text = "ab\nd\xC3\xA9j\xC3\xA0 Go\n\nx";
  LineIndex lines(text);
  EXPECT_EQ(lines.locate(0), (std::pair<std::uint32_t, std::uint32_t>{1, 1}));
  EXPECT_EQ(lines.locate(text.find("Go")), (std::pair<std::uint32_t, std::uint32_t>{2, 6}));
  EXPECT_EQ(lines.locate(text.find('x')), (std::pair<std::uint32_t, std::uint32_t>{4, 1}));
  // Asked out of order, it still answers right.
  EXPECT_EQ(lines.locate(1), (std::pair<std::uint32_t, std::uint32_t>{1, 2}));
}

// A long line of mixed one- to four-byte characters: every column is the count of code
// points before the offset, whatever eight-byte chunk the offset falls in.
TEST(ExtractLineIndex, ColumnsOnALongLineCountEveryCodePointBeforeTheOffset) {
  const std::string pieces[] = {"a", "\xC3\xA9", "\xE2\x80\xA2", "\xF0\x9F\x98\x80", " "};
  std::string text = "head\n";
  std::vector<std::pair<std::size_t, std::uint32_t>> expected;  // offset, column
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < 300; ++i) {
    expected.emplace_back(text.size(), column);
    text += pieces[(i * 7 + i / 5) % 5];
    ++column;
  }
  LineIndex lines(text);
  for (std::size_t i = 0; i < expected.size(); i += 1 + i % 4) {
    EXPECT_EQ(lines.locate(expected[i].first), (std::pair<std::uint32_t, std::uint32_t>{2, expected[i].second})) << i;
  }
  LineIndex fresh(text);
  EXPECT_EQ(fresh.locate(expected.back().first), (std::pair<std::uint32_t, std::uint32_t>{2, expected.back().second}));
}

// Skills a, b, c, d (by id); b implies c, c implies d. Alias k is of skill k.
class AssembleStage : public ::testing::Test {
 protected:
  AssembleStage() {
    for (const char* id : {"d", "c", "b", "a"}) {
      Skill skill;
      skill.id = id;
      taxonomy.skills.push_back(skill);
    }
    implies = {{}, {0}, {1}, {}};  // b (2) -> c (1) -> d (0)
    aliases = {{0, false, false}, {1, false, false}, {2, false, false}, {3, false, false}};
  }
  Extraction run(const std::string& text, const std::vector<std::tuple<std::string, std::uint32_t, bool, bool>>& words) {
    document.text = text;
    scratch.candidates.clear();
    scratch.accepted.clear();
    scratch.negated.clear();
    for (const auto& [word, alias, accepted, negated] : words) {
      scratch.candidates.push_back({text.find(word), alias, static_cast<std::uint32_t>(word.size())});
      scratch.accepted.push_back(accepted);
      scratch.negated.push_back(negated);
    }
    scratch.sections.clear();
    return assemble({taxonomy, aliases, implies}, document, scratch);
  }

  Taxonomy taxonomy;
  std::vector<AliasInfo> aliases;
  std::vector<std::vector<std::size_t>> implies;
  Document document;
  Scratch scratch;
};

TEST_F(AssembleStage, MentionedSkillsComeInOrderOfFirstMentionThenImpliedOnesById) {
  const auto extraction = run("a1 b1\nskip a2", {{"a1", 3, true, false}, {"b1", 2, true, false},
                                                 {"skip", 0, false, false}, {"a2", 3, true, false}});
  ASSERT_EQ(extraction.skills.size(), 4u);
  EXPECT_EQ(extraction.skills[0].skill, 3u);
  ASSERT_EQ(extraction.skills[0].mentions.size(), 2u);
  EXPECT_EQ(extraction.skills[0].mentions[1].line, 2u);
  EXPECT_EQ(extraction.skills[0].mentions[1].column, 6u);
  EXPECT_EQ(extraction.skills[1].skill, 2u);
  // c and d, implied through b, by id; skipped candidates are no mention of d.
  EXPECT_EQ(extraction.skills[2].skill, 1u);
  EXPECT_EQ(extraction.skills[3].skill, 0u);
  EXPECT_TRUE(extraction.skills[3].mentions.empty());
  EXPECT_EQ(extraction.skills[3].implied_by, std::vector<std::size_t>{2});
}

TEST_F(AssembleStage, ANegatedOnlySkillImpliesNothingAndAMentionedSkillIsNeverImplied) {
  const auto negated = run("no b", {{"b", 2, true, true}});
  ASSERT_EQ(negated.skills.size(), 1u);
  EXPECT_TRUE(negated.skills[0].mentions[0].negated);
  const auto both = run("b and c", {{"b", 2, true, false}, {"c", 1, true, false}});
  ASSERT_EQ(both.skills.size(), 3u);
  EXPECT_EQ(both.skills[1].skill, 1u);
  EXPECT_TRUE(both.skills[1].implied_by.empty());
  EXPECT_EQ(both.skills[2].skill, 0u);
  EXPECT_EQ(both.skills[2].implied_by, (std::vector<std::size_t>{1, 2}));
}

// One scratch serves document after document: what the first found must not steer the second.
TEST_F(AssembleStage, ADocumentAfterAnotherStartsFromNoSkills) {
  run("a1 b1", {{"a1", 3, true, false}, {"b1", 2, true, false}});
  const auto second = run("c1 b2 a2", {{"c1", 1, true, false}, {"b2", 2, true, false}, {"a2", 3, false, false}});
  ASSERT_EQ(second.skills.size(), 3u);
  EXPECT_EQ(second.skills[0].skill, 1u);
  EXPECT_EQ(second.skills[1].skill, 2u);
  ASSERT_EQ(second.skills[1].mentions.size(), 1u);
  EXPECT_EQ(second.skills[1].mentions[0].offset, 3u);
  EXPECT_EQ(second.skills[2].skill, 0u);
  EXPECT_EQ(second.skills[2].implied_by, (std::vector<std::size_t>{1, 2}));
}

}  // namespace
}  // namespace skillmatch::detail
