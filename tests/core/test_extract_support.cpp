// extract/support: which candidates become mentions, on hand-made candidates of a
// three-skill taxonomy (no sense model: every ambiguous mention needs the usual support).
#include <gtest/gtest.h>

#include "extract/support.hpp"

namespace skillmatch::detail {
namespace {

// Skill 0 "go" (ambiguous alias 0, with a cue and a forbid pattern), skill 1 "sql"
// (unambiguous alias 1, which shows the technical domain, as "PostgreSQL" does), skill 2
// "spark" (ambiguous product name, alias 2), skill 3 "iam" and skill 4 "poc" (short acronyms,
// aliases 3 and 4).
class SupportStage : public ::testing::Test {
 protected:
  SupportStage() : lists(list_rule()) {
    for (const char* id : {"go", "sql", "spark", "iam", "poc"}) {
      Skill skill;
      skill.id = id;
      taxonomy.skills.push_back(skill);
    }
    taxonomy.skills[0].context.cues = {"golang"};
    taxonomy.skills[0].context.forbid = {"go\\s+live"};
    taxonomy.context_window = 30;
    std::vector<Error> problems;
    context = ContextRules::compile(taxonomy, problems);
    EXPECT_TRUE(problems.empty());
    lists.add_any_case(0, "Go");
    lists.add_any_case(2, "Spark");
  }
  static ListRule list_rule() {
    ListRule rule;
    rule.tag_lines = true;
    rule.ambiguous_support_each_other = true;
    return rule;
  }

  // Which of the words (each at its first occurrence in `text`, with its alias) are kept.
  std::vector<bool> kept(const std::string& text, const std::vector<std::pair<std::string, std::uint32_t>>& words,
                         LabelRule labels = LabelRule::kRules, std::vector<Section> sections = {},
                         std::size_t min_domain_skills = 2) {
    document.text = text;
    document.sections = std::move(sections);
    scratch.candidates.clear();
    for (const auto& [word, alias] : words) {
      scratch.candidates.push_back({text.find(word), alias, static_cast<std::uint32_t>(word.size())});
    }
    lists.find(text, document.sections, scratch.candidates, scratch.list_lines);
    SectionRules(taxonomy).resolve(document, scratch.sections);
    acronyms.min_document_skills = min_domain_skills;
    decide_support({aliases, lists, context, senses, labels, acronyms}, document, scratch);
    return std::vector<bool>(scratch.accepted.begin(), scratch.accepted.end());
  }

  Taxonomy taxonomy;
  std::vector<AliasInfo> aliases = {{0, true, false, false, false}, {1, false, false, false, true},
                                    {2, true, false, false, false}, {3, false, false, true, false},
                                    {4, false, false, true, false}};
  ListLines lists;
  ContextRules context;
  SenseModel senses{&taxonomy.senses};  // no model: hash_bits 0
  ShortAcronymRule acronyms = [] {
    ShortAcronymRule rule;
    rule.veto = 0.1;
    return rule;
  }();
  Document document;
  Scratch scratch;
};

TEST_F(SupportStage, AnAmbiguousMentionNeedsANeighbourOnItsLineOrACue) {
  EXPECT_EQ(kept("We go there.", {{"go", 0}}), std::vector<bool>{false});
  EXPECT_EQ(kept("Services in Go and SQL.", {{"Go", 0}, {"SQL", 1}}), (std::vector<bool>{true, true}));
  EXPECT_EQ(kept("Services in Go.\nSQL reports.", {{"Go", 0}, {"SQL", 1}}), (std::vector<bool>{false, true}));
  EXPECT_EQ(kept("Go services (golang).", {{"Go", 0}}), std::vector<bool>{true});
}

TEST_F(SupportStage, ASkillsSectionOrAListNeighbourSupportsAnAmbiguousMention) {
  EXPECT_EQ(kept("Skills\nGo\n", {{"Go", 0}}, LabelRule::kRules, {{"skills", 0, 10}}), std::vector<bool>{true});
  EXPECT_EQ(kept("Skills\nGo\n", {{"Go", 0}}, LabelRule::kRules, {{"experience", 0, 10}}), std::vector<bool>{false});
  // Two ambiguous product names of different skills side by side in a list.
  EXPECT_EQ(kept("Go / Spark", {{"Go", 0}, {"Spark", 2}}), (std::vector<bool>{true, true}));
}

TEST_F(SupportStage, ForbidPatternsVetoEvenASupportedMention) {
  EXPECT_EQ(kept("Go live with SQL.", {{"Go", 0}, {"SQL", 1}}), (std::vector<bool>{false, true}));
}

TEST_F(SupportStage, AListLabelIsDecidedAsExtractionJsonSays) {
  const std::string line = "Go: Spark, Flink, Beam";
  EXPECT_EQ(kept(line, {{"Go", 0}}, LabelRule::kDrop), std::vector<bool>{false});
  EXPECT_EQ(kept(line, {{"Go", 0}}, LabelRule::kKeep), std::vector<bool>{true});
  EXPECT_EQ(kept(line, {{"Go", 0}}, LabelRule::kRules), std::vector<bool>{false});
}

// A sense model that reads every word in its everyday sense.
void read_everything_as_everyday(SenseWeights& weights) {
  weights.hash_bits = 1;
  weights.weights = {0.0, 0.0};
  weights.bias = -10.0;
  weights.veto = 0.5;
}

TEST_F(SupportStage, AShortAcronymWithoutItsDomainIsLeftToTheSenseModel) {
  // Without a model a short acronym is kept, as "No SQL experience" alone should be.
  EXPECT_EQ(kept("Steward for IAM Local 751.", {{"IAM", 3}}), std::vector<bool>{true});
  read_everything_as_everyday(taxonomy.senses);
  EXPECT_EQ(kept("Steward for IAM Local 751.", {{"IAM", 3}}), std::vector<bool>{false});
}

TEST_F(SupportStage, AShortAcronymNeedsTheDocumentToShowItsDomain) {
  read_everything_as_everyday(taxonomy.senses);
  // A lone line of another trade: the union local, a point of contact.
  EXPECT_EQ(kept("Steward for IAM Local 751.", {{"IAM", 3}}), std::vector<bool>{false});
  // Another short acronym shows no domain: a nurse's "POC" beside "IAM" stays out.
  EXPECT_EQ(kept("Met the IAM steward and our POC at noon.", {{"IAM", 3}, {"POC", 4}}), (std::vector<bool>{false, false}));
  // A skill that shows the domain on its line, or a Skills section.
  EXPECT_EQ(kept("IAM roles for SQL users.", {{"IAM", 3}, {"SQL", 1}}), (std::vector<bool>{true, true}));
  EXPECT_EQ(kept("Skills\nIAM\n", {{"IAM", 3}}, LabelRule::kRules, {{"skills", 0, 10}}), std::vector<bool>{true});
}

TEST_F(SupportStage, AShortAcronymCountsInADocumentNamingEnoughDomainSkills) {
  read_everything_as_everyday(taxonomy.senses);
  const std::string text = "Served as the POC.\nWrote SQL.";
  EXPECT_EQ(kept(text, {{"POC", 4}, {"SQL", 1}}, LabelRule::kRules, {}, 1), (std::vector<bool>{true, true}));
  // One such skill is not the two asked.
  EXPECT_EQ(kept(text, {{"POC", 4}, {"SQL", 1}}, LabelRule::kRules, {}, 2), (std::vector<bool>{false, true}));
}

TEST(SupportLabels, TheSettingIsReadOnce) {
  EXPECT_EQ(label_rule("drop"), LabelRule::kDrop);
  EXPECT_EQ(label_rule("keep"), LabelRule::kKeep);
  EXPECT_EQ(label_rule("rules"), LabelRule::kRules);
}

}  // namespace
}  // namespace skillmatch::detail
