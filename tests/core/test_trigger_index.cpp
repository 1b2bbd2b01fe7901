// TriggerIndex: the trigger fragments found by their literal start, against each class's
// fragments in one RE2 (what the scan searched before) on every sentence of the negation sets.
#include <gtest/gtest.h>

#include <filesystem>

#include <skillmatch/rules_loader.hpp>

#include "case_file.hpp"
#include "trigger_index.hpp"

namespace skillmatch::detail {
namespace {

using Lists = std::vector<std::vector<std::string>>;

TriggerIndex index_of(const Lists& lists) {
  std::vector<const std::vector<std::string>*> classes;
  for (const auto& list : lists) classes.push_back(&list);
  auto index = TriggerIndex::build(classes, "test-rules/extraction.json:3");
  EXPECT_TRUE(index.ok()) << index.error().to_string();
  return std::move(index).value();
}

// The end of each class's longest match at `p`, -1 for none.
std::vector<long> longest(const TriggerIndex& index, std::string_view text, std::size_t p, std::size_t classes) {
  TriggerIndex::Ends ends;
  index.longest_at(text, p, text.size(), ends);
  std::vector<long> out;
  for (std::size_t i = 0; i < classes; ++i) out.push_back(ends[i] == TriggerIndex::kNone ? -1 : static_cast<long>(ends[i]));
  return out;
}

TEST(TriggerIndex, EachClassGivesItsLongestMatchAtAPlace) {
  const TriggerIndex index = index_of({{"not only"}, {"no", "not", "no\\b longer"}, {"not (yet|used)\\b"}});
  EXPECT_EQ(longest(index, "Not only Go", 0, 3), (std::vector<long>{8, 3, -1}));
  EXPECT_EQ(longest(index, "x not yet", 2, 3), (std::vector<long>{-1, 5, 9}));
  EXPECT_EQ(longest(index, "no longer", 0, 3), (std::vector<long>{-1, 9, -1}));
  EXPECT_EQ(longest(index, "not yeti", 0, 3), (std::vector<long>{-1, 3, -1}));  // "\b" ends "yet"
  EXPECT_EQ(longest(index, "nothing", 0, 3), (std::vector<long>{-1, 3, -1}));   // inside a word: the caller's to judge
  EXPECT_EQ(index.first_class_matching("not used", 0, 8), 2u);
  EXPECT_EQ(index.first_class_matching("not only", 0, 3), 1u);
  EXPECT_EQ(index.first_class_matching("never", 0, 5), 3u);  // none: the class count
  // The scan's filter: the first bytes of a place, as far as some string goes on with them.
  EXPECT_TRUE(index.may_start("NOT YET", 0, 7));
  EXPECT_TRUE(index.may_start("no", 0, 2));
  EXPECT_FALSE(index.may_start("data", 0, 4));
  EXPECT_FALSE(index.may_start("not only", 0, 1));  // no string is one byte
}

TEST(TriggerIndex, AFragmentThatMayStartAnywhereIsTriedWhereItsFirstByteCanBe) {
  const TriggerIndex index = index_of({{"[a-z]+less"}, {"\\(not\\)"}});
  EXPECT_TRUE(index.may_start("x", 0, 1));
  EXPECT_EQ(longest(index, "a useless (not) b", 2, 2), (std::vector<long>{9, -1}));
  EXPECT_EQ(longest(index, "a useless (not) b", 10, 2), (std::vector<long>{-1, 15}));
}

TEST(TriggerIndex, AFragmentRe2RefusesOrThatMatchesNothingIsReported) {
  const std::vector<std::string> bad = {"no", "(unclosed"};
  const auto refused = TriggerIndex::build({&bad}, "test-rules/extraction.json:3");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().to_string().find("'(unclosed'"), std::string::npos) << refused.error().to_string();
  EXPECT_NE(refused.error().to_string().find("test-rules/extraction.json:3"), std::string::npos);
  EXPECT_TRUE(index_of({{"no", "x*"}}).matches_empty());
  EXPECT_FALSE(index_of({{"no", "x+"}}).matches_empty());
}

// On the built-in rules, at every place of every sentence of tests/data/negation (and of
// its copy in capitals), each class's longest match and the first class matching a span
// are what the class's fragments in one case-insensitive RE2 give.
TEST(TriggerIndex, TheBuiltInRulesMatchAsEachClassInOneRe2) {
  const RulesLoad loaded = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  ASSERT_TRUE(loaded.ok());
  const NegationRule& rule = loaded.taxonomy.negation;
  const std::vector<const std::vector<std::string>*> lists = {
      &rule.pseudo, &rule.triggers.pre, &rule.triggers.post, &rule.triggers.both, &rule.not_asked.pre, &rule.not_asked.post, &rule.not_asked.both};
  auto built = TriggerIndex::build(lists, rule.origin);
  ASSERT_TRUE(built.ok()) << built.error().to_string();
  const TriggerIndex& index = built.value();
  std::vector<std::unique_ptr<RE2>> classes;
  for (const auto* list : lists) {
    std::string alternation;
    for (const auto& fragment : *list) alternation += (alternation.empty() ? "" : "|") + ("(?:" + fragment + ")");
    classes.push_back(std::make_unique<RE2>("(?i)(?:" + alternation + ")", negation_options()));
  }
  std::size_t matches = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(SKILLMATCH_SOURCE_DIR) + "/tests/data/negation")) {
    if (entry.path().extension() != ".tsv") continue;
    for (const auto& line : testing::read_case_file(entry.path().string())) {
      std::string upper = line.sentence;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      for (const std::string& text : {line.sentence, upper}) {
        for (std::size_t p = 0; p < text.size(); ++p) {
          TriggerIndex::Ends ends;
          index.longest_at(text, p, text.size(), ends);
          const bool may_start = index.may_start(text, p, text.size());
          for (std::size_t k = 0; k < classes.size(); ++k) {
            re2::StringPiece match;
            const bool found = classes[k]->Match(text, p, text.size(), RE2::ANCHOR_START, &match, 1);
            const std::size_t end = found ? p + match.size() : TriggerIndex::kNone;
            ASSERT_EQ(ends[k], end) << entry.path().filename() << ":" << line.number << " class " << k << " at " << p;
            if (!found || match.empty()) continue;
            ASSERT_TRUE(may_start) << entry.path().filename() << ":" << line.number << " at " << p;
            ++matches;
            std::size_t first = 0;
            while (first < classes.size() && !classes[first]->Match(text, p, end, RE2::ANCHOR_BOTH, nullptr, 0)) ++first;
            ASSERT_EQ(index.first_class_matching(text, p, end), first) << entry.path().filename() << ":" << line.number;
          }
        }
      }
    }
  }
  EXPECT_GT(matches, 5000u);
}

}  // namespace
}  // namespace skillmatch::detail
