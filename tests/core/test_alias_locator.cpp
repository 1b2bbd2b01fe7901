// alias_locator: literal aliases found in one pass, on token boundaries, leftmost-longest.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "alias_locator.hpp"

namespace skillmatch::detail {
namespace {

using Found = std::vector<std::tuple<std::uint32_t, std::string>>;  // alias id, matched text

// A locator of `aliases`, ids in order; the bool says case-sensitive.
AliasLocator locator_of(std::initializer_list<std::pair<std::string_view, bool>> aliases) {
  AliasLocator locator;
  std::uint32_t id = 0;
  for (const auto& [literal, case_sensitive] : aliases) locator.add(id++, literal, case_sensitive);
  locator.finish();
  return locator;
}

Found locate(const AliasLocator& locator, std::string_view text) {
  std::vector<RawMatch> matches;
  locator.locate(text, matches);
  Found found;
  for (const auto& m : matches) found.emplace_back(m.alias, std::string(text.substr(m.offset, m.length)));
  return found;
}

TEST(AliasLocator, FoldLowercasesAndJoinsRunsOfSpacesAndHyphens) {
  EXPECT_EQ(AliasLocator::fold("Machine  Learning", false), "machine learning");
  EXPECT_EQ(AliasLocator::fold("CI-CD", false), "ci cd");
  EXPECT_EQ(AliasLocator::fold("Go", true), "Go");
}

TEST(AliasLocator, FindsWholeTokensOnly) {
  const AliasLocator locator = locator_of({{"java", false}, {"c", false}, {"r", false}, {"python", false}});
  EXPECT_EQ(locate(locator, "JavaScript, C++, C#, R&D and www.python.org"), Found{});
  EXPECT_EQ(locate(locator, "Java, C and R; Python."),
            (Found{{0, "Java"}, {1, "C"}, {2, "R"}, {3, "Python"}}));
}

TEST(AliasLocator, TheLongestAliasAtAPositionWinsAndMatchesAreLeftmostFirst) {
  const AliasLocator locator = locator_of({{"machine", false}, {"machine learning", false}, {"learning", false}});
  EXPECT_EQ(locate(locator, "Machine learning, then machine vision and learning"),
            (Found{{1, "Machine learning"}, {0, "machine"}, {2, "learning"}}));
}

TEST(AliasLocator, ASpaceOrHyphenInAnAliasMatchesAnyRunOfSpaceOrOneHyphen) {
  const AliasLocator locator = locator_of({{"machine learning", false}});
  EXPECT_EQ(locate(locator, "machine-learning and machine\n  learning"),
            (Found{{0, "machine-learning"}, {0, "machine\n  learning"}}));
}

TEST(AliasLocator, ACaseSensitiveAliasMatchesOnlyItsOwnCase) {
  const AliasLocator locator = locator_of({{"Go", true}});
  EXPECT_EQ(locate(locator, "Go, go, GO"), (Found{{0, "Go"}}));
}

TEST(AliasLocator, BoundariesAreCheckedOnBothSides) {
  const std::string_view text = "JavaScript C++ R&D";
  EXPECT_FALSE(AliasLocator::on_boundaries(text, 0, 4));   // Java of JavaScript
  EXPECT_FALSE(AliasLocator::on_boundaries(text, 11, 12)); // C of C++
  EXPECT_FALSE(AliasLocator::on_boundaries(text, 15, 16)); // R of R&D
  EXPECT_TRUE(AliasLocator::on_boundaries(text, 0, 10));   // JavaScript
}

TEST(AliasLocator, AVersionGluedToANameEndsItsToken) {
  const AliasLocator locator = locator_of({{"java", false}, {"php", false}, {"TF", true}, {"python3", false},
                                           {"python", false}, {"windows mobile", false}});
  EXPECT_EQ(locate(locator, "Java8, PHP7.4, TF2.x, Python3, Windows Mobile5.0."),
            (Found{{0, "Java"}, {1, "PHP"}, {2, "TF"}, {3, "Python3"}, {5, "Windows Mobile"}}));
  // Not a version: letters after the digits, or a dot before a word.
  EXPECT_EQ(locate(locator, "Java8x PHP7.ini"), Found{});
}

TEST(AliasLocator, AOneOrTwoLetterNameWithABareNumberIsANameOfItsOwn) {
  const AliasLocator locator = locator_of({{"c", false}, {"r", false}, {"TF", true}, {"es", false}});
  EXPECT_EQ(locate(locator, "C4, R2, R2.1, ES6 and TF2"), Found{});
  EXPECT_EQ(locate(locator, "ES2.0"), (Found{{3, "ES"}}));
}

// A word's last chunk is read eight bytes at a time when the text goes on, byte by byte near
// its end: the same words are found wherever they stand, whatever follows them.
TEST(AliasLocator, AWordIsFoundTheSameAtTheTextsEndAndBeforeMoreText) {
  const AliasLocator locator = locator_of({{"sql", false}, {"kubernetes", false}, {"scikit learn", false},
                                           {"elasticsearch", false}, {".net", false}});
  const Found all{{0, "SQL"}, {1, "Kubernetes"}, {2, "scikit-learn"}, {3, "ElasticSearch"}, {4, ".NET"}};
  const std::string words = "SQL, Kubernetes, scikit-learn, ElasticSearch, .NET";
  EXPECT_EQ(locate(locator, words), all);
  EXPECT_EQ(locate(locator, words + " and a long tail of other words"), all);
  for (const auto& [id, word] : all) {
    EXPECT_EQ(locate(locator, word), (Found{{id, word}})) << word;
    EXPECT_EQ(locate(locator, word + "zzzzzzzz"), Found{}) << word;
    EXPECT_EQ(locate(locator, "(" + word + ")........"), (Found{{id, word}})) << word;
  }
}

}  // namespace
}  // namespace skillmatch::detail
