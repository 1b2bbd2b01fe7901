// extract/cue_words: plain-word cues found without RE2, exactly as the cue regex finds them.
#include <gtest/gtest.h>

#include <re2/re2.h>
#include <skillmatch/rules_loader.hpp>

#include "context_reference.hpp"
#include "extract/cue_words.hpp"

namespace skillmatch::detail {
namespace {

TEST(CueWords, OnlyWordsAndPhrasesWithoutRe2SyntaxArePlain) {
  for (const char* plain : {"ansible", "data pipeline", "ci/cd", "a-b", "3d"}) EXPECT_TRUE(CueWords::plain(plain)) << plain;
  for (const char* pattern : {"\\bsql\\b", "dashboards?", "c\\+\\+", "[a-z]", "", "-flag", " x", "caf\xC3\xA9"}) {
    EXPECT_FALSE(CueWords::plain(pattern)) << pattern;
  }
}

TEST(CueWords, ACueStartsAtAWordStartMayBeAStemAndIgnoresAsciiCase) {
  CueWords cues;
  cues.add_skill({"label", "Data Pipeline"});
  cues.add_skill({});
  const auto found = [&](std::string_view text) { return cues.found(0, text, 0, text.size()); };
  EXPECT_TRUE(found("Labeling images"));
  EXPECT_TRUE(found("built a DATA PIPELINE"));
  EXPECT_TRUE(found("(label)"));
  EXPECT_FALSE(found("relabel"));
  EXPECT_FALSE(found("_label"));  // '_' is a word character for RE2's \b
  EXPECT_FALSE(found("data  pipeline"));
  EXPECT_FALSE(cues.found(1, "label", 0, 5));
  // The window: the byte before it still decides a word start, and a cue must end inside it.
  EXPECT_FALSE(cues.found(0, "relabel", 2, 7));
  EXPECT_TRUE(cues.found(0, "re label", 3, 8));
  EXPECT_FALSE(cues.found(0, "a label", 2, 6));
}

// Every plain cue of the built-in rules, at every window start of the samples and of some
// tricky text, answers as the RE2 it replaces: (?i)\b(?:...) in Latin-1.
TEST(CueWords, AnswersAsTheCueRegexOfTheBuiltInRules) {
  const RulesLoad rules = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  std::vector<std::string> texts = testing::sample_texts();
  texts.push_back("re-label, LABEL_x \xC3\x89tiquette labelled\tci/cd CI/CD pipelines 3d-print");
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  std::size_t checked = 0, cued = 0;
  for (const Skill& skill : rules.taxonomy.skills) {
    std::vector<std::string> words;
    for (const auto& cue : skill.context.cues) if (CueWords::plain(cue)) words.push_back(cue);
    if (words.empty()) continue;
    CueWords cues;
    cues.add_skill(words);
    std::string pattern = "(?i)\\b(?:";
    for (std::size_t i = 0; i < words.size(); ++i) pattern += (i > 0 ? "|(?:" : "(?:") + words[i] + ")";
    const RE2 regex(pattern + ")", options);
    ASSERT_TRUE(regex.ok()) << pattern;
    for (const std::string& text : texts) {
      for (std::size_t start = 0; start < text.size(); start += 37) {
        const std::size_t end = std::min(text.size(), start + 120);
        const bool expected = regex.Match(text, start, end, RE2::UNANCHORED, nullptr, 0);
        ASSERT_EQ(cues.found(0, text, start, end), expected) << skill.id << " at " << start;
        cued += expected;
        ++checked;
      }
    }
  }
  EXPECT_GT(cued, 100u);
  EXPECT_GT(checked - cued, 10000u);
}

}  // namespace
}  // namespace skillmatch::detail
