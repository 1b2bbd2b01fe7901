// extract/forbid_phrases: a skill's forbid phrases, matched from the words around a mention
// without RE2, exactly as the forbid pattern \b(?:phrase)\b (each space \s+) did.
#include <gtest/gtest.h>

#include <cctype>

#include <re2/re2.h>
#include <skillmatch/rules_loader.hpp>

#include "context_reference.hpp"
#include "context_rules.hpp"
#include "extract/forbid_phrases.hpp"

namespace skillmatch::detail {
namespace {

TEST(ForbidPhrases, OnlyLowerCaseWordsJoinedBySingleSpacesAreWellFormed) {
  for (const char* good : {"puppet show", "less than", "r2", "chef de chef"}) {
    EXPECT_TRUE(ForbidPhrases::well_formed(good)) << good;
  }
  for (const char* bad : {"", " show", "show ", "puppet  show", "Puppet", "m/s", "e-business", "puppet\tshow",
                          "chef's", "caf\xC3\xA9", "a_b"}) {
    EXPECT_FALSE(ForbidPhrases::well_formed(bad)) << bad;
  }
}

// Whether a phrase of skill 0 covers `mention` (its first occurrence) in the whole of `text`.
bool covered(const ForbidPhrases& phrases, std::string_view text, std::string_view mention) {
  ForbidPhrases::Scratch scratch;
  return phrases.covers(0, text, 0, text.size(), text.find(mention), mention.size(), scratch);
}

TEST(ForbidPhrases, APhraseIsWholeWordsOfAnyCaseJoinedByAnyWhitespaceOverlappingTheMention) {
  ForbidPhrases phrases;
  phrases.add_skill({"puppet show", "sock puppet"});
  phrases.add_skill({});
  EXPECT_TRUE(covered(phrases, "ran a Puppet Show for kids", "Puppet"));
  EXPECT_TRUE(covered(phrases, "ran a PUPPET \t show", "PUPPET"));
  EXPECT_TRUE(covered(phrases, "a sock puppet.", "puppet"));
  EXPECT_TRUE(covered(phrases, "a puppet show", "et sh"));  // any overlap counts, as for a pattern
  EXPECT_FALSE(covered(phrases, "puppet shows", "puppet"));
  EXPECT_FALSE(covered(phrases, "puppet_show", "puppet"));
  EXPECT_FALSE(covered(phrases, "puppet-show", "puppet"));
  EXPECT_FALSE(covered(phrases, "sockpuppet show", "show"));
  EXPECT_FALSE(covered(phrases, "the puppet, show", "puppet"));
  EXPECT_FALSE(covered(phrases, "Puppet, then a puppet show", "Puppet"));  // not this mention's
  EXPECT_FALSE(phrases.has_phrases(1));
  ForbidPhrases::Scratch scratch;
  EXPECT_FALSE(phrases.covers(1, "puppet show", 0, 11, 0, 6, scratch));
}

TEST(ForbidPhrases, APhraseLiesWhollyInTheWindowAndTheTextBeyondItStillBoundsAWord) {
  ForbidPhrases phrases;
  phrases.add_skill({"puppet show"});
  ForbidPhrases::Scratch scratch;
  const std::string_view text = "xpuppet show";
  EXPECT_FALSE(phrases.covers(0, text, 1, text.size(), 1, 6, scratch));  // "x" before the window
  EXPECT_FALSE(phrases.covers(0, "puppet shows", 0, 11, 0, 6, scratch));  // "s" after it
  EXPECT_FALSE(phrases.covers(0, "puppet show", 0, 10, 0, 6, scratch));   // "show" cut by it
  EXPECT_TRUE(phrases.covers(0, "puppet show", 0, 11, 0, 6, scratch));
}

// The reference: the pattern a list of phrases was, \b(?:...)\b in Latin-1, case-insensitive,
// leftmost-longest, every match start tried until one covers the mention (as ContextRules does).
class Reference {
 public:
  explicit Reference(const std::vector<std::string>& phrases) {
    std::string pattern = "(?i)(?:";
    for (std::size_t i = 0; i < phrases.size(); ++i) {
      std::string words = phrases[i];
      for (std::size_t space = words.find(' '); space != std::string::npos; space = words.find(' ', space + 3)) {
        words.replace(space, 1, "\\s+");
      }
      pattern += (i > 0 ? "|" : "") + std::string("(?:\\b") + words + "\\b)";
    }
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingLatin1);
    options.set_longest_match(true);
    regex_ = std::make_unique<RE2>(pattern + ")", options);
  }
  bool ok() const { return regex_->ok(); }
  bool covers(std::string_view text, std::size_t start, std::size_t end, std::size_t offset, std::size_t length) const {
    return testing::regex_covers(*regex_, text, start, end, offset, length);
  }

 private:
  std::unique_ptr<RE2> regex_;
};

// The samples, and each skill's phrases written into text with other spacing and case, cut
// short or run on.
std::vector<std::string> texts_for(const std::vector<std::string>& phrases) {
  std::vector<std::string> texts = testing::sample_texts();
  std::string written;
  for (const std::string& phrase : phrases) {
    std::string spaced = phrase, upper = phrase;
    for (char& c : spaced) c = c == ' ' ? '\t' : c;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    written += "a " + phrase + ", " + spaced + "  \xC3\xA9" + upper + " x" + phrase + "s_" + phrase + "\n" +
               phrase.substr(0, phrase.size() - 1) + " (" + phrase + ") -" + phrase + "- \f" + phrase + "\r\n";
  }
  texts.push_back(written);
  return texts;
}

// Every skill's phrases in the built-in rules, with every word of the texts taken as a
// mention, in the window ContextRules gives it, answer as the regex they came from.
TEST(ForbidPhrases, AnswerAsTheForbidPatternsTheyReplacedOnTheBuiltInRules) {
  const RulesLoad rules = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  std::size_t skills = 0, checked = 0, vetoed = 0;
  ForbidPhrases::Scratch scratch;
  for (const Skill& skill : rules.taxonomy.skills) {
    const auto& list = skill.context.forbid_phrases;
    if (list.empty()) continue;
    ++skills;
    ForbidPhrases phrases;
    phrases.add_skill(list);
    const Reference reference(list);
    ASSERT_TRUE(reference.ok()) << skill.id;
    for (const std::string& text : texts_for(list)) {
      for (std::size_t i = 0; i < text.size();) {
        const std::size_t end = std::min(text.find_first_of(" \n\t,.;:()-", i), text.size());
        if (end > i) {
          const std::size_t from = i > 60 ? i - 60 : 0, to = std::min(text.size(), end + 60);
          const bool expected = reference.covers(text, from, to, i, end - i);
          ASSERT_EQ(phrases.covers(0, text, from, to, i, end - i, scratch), expected)
              << skill.id << " at " << i << ": '" << text.substr(i, end - i) << "'";
          vetoed += expected;
          ++checked;
        }
        i = end + 1;
      }
    }
  }
  EXPECT_GT(skills, 50u);
  EXPECT_GT(vetoed, 1000u);
  EXPECT_GT(checked - vetoed, 100000u);
}

TEST(ForbidPhrases, AnIllFormedPhraseIsOneErrorNamingItsSkillAndRulesFile) {
  Taxonomy taxonomy;
  Skill& skill = taxonomy.skills.emplace_back();
  skill.id = "puppet";
  skill.kind = "tool";
  skill.origin = "my-rules/skills/tools.json:7";
  skill.context.forbid_phrases = {"puppet show", "Puppet  Master", "sock puppet"};
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].to_string().rfind("my-rules/skills/tools.json:7: skill 'puppet' forbid_phrases: 'Puppet  Master'", 0), 0u)
      << problems[0].to_string();
  ContextRules::DocumentScan scan;
  const std::string text = "a sock puppet";
  scan.start(text);
  EXPECT_TRUE(rules.forbidden(0, scan, text.find("puppet"), 6));  // the well-formed ones still count
}

}  // namespace
}  // namespace skillmatch::detail
