// context_rules: the forbid and cue patterns around a mention, and the kind_forbid spans of
// the lines it classified.
#include <gtest/gtest.h>

#include "context_rules.hpp"

namespace skillmatch::detail {
namespace {

using Words = std::map<std::string, std::vector<std::string>>;

Taxonomy one_skill(const std::string& kind, std::vector<std::string> forbid, Words kind_forbid) {
  Taxonomy taxonomy;
  Skill skill;
  skill.id = "mentoring";
  skill.kind = kind;
  skill.context.forbid = std::move(forbid);
  taxonomy.skills.push_back(skill);
  taxonomy.kind_forbid.kinds = {"soft-skill"};
  taxonomy.kind_forbid.words = std::move(kind_forbid);
  return taxonomy;
}

// As the support stage asks: the mention's line classified first when its kind is checked.
bool forbidden_in(const Taxonomy& taxonomy, const std::string& text, const std::string& mention) {
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  EXPECT_TRUE(problems.empty());
  ContextRules::DocumentScan scan;
  scan.start(text);
  if (rules.kind_checked(0)) rules.classify_around(scan, text.find(mention), mention.size());
  rules.classified(scan);
  return rules.forbidden(0, scan, text.find(mention), mention.size());
}

TEST(ContextRules, KindForbidAppliesOnlyToTheKindsItNamesAndOwnPatternsToTheirSkill) {
  const std::string text = "Winner of the Excellence in Mentoring Award";
  const Words award = {{"name_ends", {"Award"}}, {"name_joiners", {"in"}}};
  EXPECT_TRUE(forbidden_in(one_skill("soft-skill", {}, award), text, "Mentoring"));
  EXPECT_FALSE(forbidden_in(one_skill("tool", {}, award), text, "Mentoring"));
  EXPECT_TRUE(forbidden_in(one_skill("tool", {"mentoring award"}, {}), text, "Mentoring"));
  // Without the word that ends the name, nothing is forbidden.
  EXPECT_FALSE(forbidden_in(one_skill("soft-skill", {}, award), "Excellence in Mentoring juniors", "Mentoring"));
  // A span lies inside the mention's line.
  EXPECT_FALSE(forbidden_in(one_skill("soft-skill", {}, award), "Excellence in Mentoring\nAward", "Mentoring"));
}

TEST(ContextRules, TheWindowsOfCheckedMentionsAreClassifiedJoinedWhereTheyTouch) {
  Taxonomy taxonomy = one_skill("soft-skill", {}, Words{{"name_ends", {"Award"}}});
  taxonomy.context_window = 10;
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  const std::string text = "Peer Mentoring Award\nMentoring juniors\nthe Mentoring and Coaching Award, twice";
  const std::size_t last = text.rfind("Mentoring");
  ContextRules::DocumentScan scan;
  scan.start(text);
  // Line 1 twice (one stretch), line 2, and on line 3 two windows that touch: "Award" lies
  // outside the first mention's window but inside the joined stretch.
  for (const std::size_t offset : {5, 5, 21, 43, 57}) rules.classify_around(scan, offset, 9);
  rules.classified(scan);
  EXPECT_TRUE(rules.forbidden(0, scan, 5, 9));
  EXPECT_FALSE(rules.forbidden(0, scan, 21, 9));
  // The span reaches only a window back from "Award": the first mention of line 3 stays.
  EXPECT_FALSE(rules.forbidden(0, scan, last, 9));
  EXPECT_TRUE(rules.forbidden(0, scan, text.rfind("Coaching"), 8));
}

TEST(ContextRules, EveryBadPatternIsOneErrorNamingItsSkillAndRulesFile) {
  Taxonomy taxonomy = one_skill("tool", {"(worse", "fine", "[bad"}, {});
  taxonomy.skills[0].origin = "my-rules/skills/people.json:12";
  taxonomy.skills[0].context.cues = {"mentor\\", "coach"};
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  std::vector<std::string> lines;
  for (const Error& problem : problems) lines.push_back(problem.to_string());
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].rfind("my-rules/skills/people.json:12: skill 'mentoring' cue: RE2 cannot compile 'mentor\\'", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1].rfind("my-rules/skills/people.json:12: skill 'mentoring' forbid: RE2 cannot compile '(worse'", 0), 0u) << lines[1];
  EXPECT_EQ(lines[2].rfind("my-rules/skills/people.json:12: skill 'mentoring' forbid: RE2 cannot compile '[bad'", 0), 0u) << lines[2];
}

// A list that could outgrow RE2's memory budget is compiled with the rules, not when a
// document first needs it: one that does is an error before any document.
TEST(ContextRules, AListOverRE2sBudgetIsAnErrorWhenTheRulesCompile) {
  std::string huge;
  for (int i = 0; i < 1000; ++i) huge += "(?:[a-z0-9]{1000})";  // a million instructions
  Taxonomy taxonomy = one_skill("tool", {"fine", huge}, {});
  taxonomy.skills[0].origin = "my-rules/skills/people.json:12";
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].to_string().find("skill 'mentoring' forbid: RE2 cannot compile"), std::string::npos) << problems[0].to_string();
  EXPECT_NE(problems[0].to_string().find("pattern too large"), std::string::npos) << problems[0].to_string();
}

// Whether a cue of skill 0 supports "Mentoring" in `text`.
bool cued_at_mentoring(const ContextRules& rules, const std::string& text) {
  ContextRules::DocumentScan scan;
  scan.start(text);
  return rules.has_cue(0, scan, text.find("Mentoring"), 9);
}

TEST(ContextRules, CuesAreSoughtOnTheMentionsLineWithinTheWindowFromAWordStart) {
  Taxonomy taxonomy = one_skill("tool", {}, {});
  taxonomy.context_window = 20;
  taxonomy.skills[0].context.cues = {"coach"};
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  ASSERT_TRUE(problems.empty());
  const auto cued = [&](const std::string& text) { return cued_at_mentoring(rules, text); };
  EXPECT_TRUE(cued("Mentoring and coaching juniors"));      // a stem, from a word start
  EXPECT_FALSE(cued("Mentoring and autocoach juniors"));    // not from a word start
  EXPECT_FALSE(cued("Mentoring\ncoaching juniors"));        // another line
  EXPECT_FALSE(cued("Mentoring and then, much later, coaching"));  // past the window
}

TEST(ContextRules, CuePhrasesAreSoughtAnywhereInTheWindowOnTheMentionsLine) {
  Taxonomy taxonomy = one_skill("tool", {}, {});
  taxonomy.context_window = 20;
  taxonomy.skills[0].context.cue_phrases = {"team lead*", "k8s"};
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  ASSERT_TRUE(problems.empty());
  const auto cued = [&](const std::string& text) { return cued_at_mentoring(rules, text); };
  EXPECT_TRUE(cued("as team\tleaders: Mentoring"));  // before the mention, a last stem run on
  EXPECT_TRUE(cued("Mentoring on k8s"));              // after it, a whole last word
  EXPECT_FALSE(cued("Mentoring on k8ss"));            // a last word is whole
  EXPECT_FALSE(cued("Mentoring on steam leads"));     // from a word start only
  EXPECT_FALSE(cued("team lead\nMentoring"));         // another line
  EXPECT_FALSE(cued("Mentoring and then, much later, k8s"));  // past the window
}

TEST(ContextRules, AnIllFormedCuePhraseIsAnErrorNamingItsSkillAndRulesFile) {
  Taxonomy taxonomy = one_skill("tool", {}, {});
  taxonomy.skills[0].origin = "my-rules/skills/soft.json:3";
  taxonomy.skills[0].context.cue_phrases = {"Team lead", "coach*"};
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].to_string().rfind("my-rules/skills/soft.json:3: skill 'mentoring' cue_phrases: 'Team lead'", 0), 0u)
      << problems[0].to_string();
  ContextRules::DocumentScan scan;
  const std::string text = "Mentoring and coaching";
  scan.start(text);
  EXPECT_TRUE(rules.has_cue(0, scan, 0, 9));  // the well-formed ones still count
}

}  // namespace
}  // namespace skillmatch::detail
