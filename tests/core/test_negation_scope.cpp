// The negation stage alone: which mentions a trigger governs, with rules written here so
// each test shows the one behaviour it pins.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include <skillmatch/rules_loader.hpp>

#include "case_file.hpp"
#include "negation_scope.hpp"

namespace skillmatch::detail {
namespace {

NegationRule base_rule() {
  NegationRule rule;
  rule.triggers.pre = {"no", "not", "never"};
  rule.triggers.post = {"not yet"};
  rule.triggers.both = {"no experience"};
  rule.not_asked.post = {"is not required", "not required"};
  rule.pseudo = {"not only", "no-nonsense"};
  rule.terminations = {"but", "however"};
  rule.pre_terminations = {"and"};
  rule.list_words = {"and", "or", "nor"};
  rule.scope_words = 4;
  rule.window = 100;
  rule.origin = "test-rules/extraction.json:3";
  return rule;
}

// Whether each of `skills` (the first occurrence of each in `text`) is negated.
std::map<std::string, bool> negated(const std::string& text, const std::vector<std::string>& skills,
                                    const NegationRule& rule = base_rule(), bool resume = false) {
  std::vector<RawMatch> mentions;
  for (const auto& skill : skills) mentions.push_back({.offset = text.find(skill), .alias = 0, .length = static_cast<std::uint32_t>(skill.size())});
  std::sort(mentions.begin(), mentions.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
  auto scope = NegationScope::compile(rule);
  EXPECT_TRUE(scope.ok()) << scope.error().to_string();
  std::vector<char> flags;
  scope.value().mark(text, mentions, resume, flags);
  std::map<std::string, bool> out;
  for (std::size_t i = 0; i < mentions.size(); ++i) out[text.substr(mentions[i].offset, mentions[i].length)] = flags[i] != 0;
  return out;
}

using Flags = std::map<std::string, bool>;

TEST(NegationScope, APreTriggerGovernsAListOfMentionsAndStopsAtAClauseComma) {
  EXPECT_EQ(negated("no Java, C++ or Go experience, Python daily", {"Java", "C++", "Go", "Python"}),
            (Flags{{"Java", true}, {"C++", true}, {"Go", true}, {"Python", false}}));
}

TEST(NegationScope, APostTriggerReachesBackAcrossAParenthesisBesideIt) {
  EXPECT_EQ(negated("Kubernetes (not yet), Docker daily", {"Kubernetes", "Docker"}),
            (Flags{{"Kubernetes", true}, {"Docker", false}}));
  EXPECT_EQ(negated("Docker daily, Kubernetes: not yet", {"Kubernetes", "Docker"}),
            (Flags{{"Kubernetes", true}, {"Docker", false}}));
}

TEST(NegationScope, APostTriggerAnswersTheQuestionRightBeforeIt) {
  EXPECT_EQ(negated("Kubernetes? Not yet.", {"Kubernetes"}), (Flags{{"Kubernetes", true}}));
  // Only a question right before it: an answer in between ends the scope.
  EXPECT_EQ(negated("Kubernetes? Sure. Not yet", {"Kubernetes"}), (Flags{{"Kubernetes", false}}));
}

TEST(NegationScope, ABothTriggerGovernsEitherSide) {
  EXPECT_EQ(negated("no experience with Rust", {"Rust"}), (Flags{{"Rust", true}}));
  EXPECT_EQ(negated("Rust: no experience", {"Rust"}), (Flags{{"Rust", true}}));
}

TEST(NegationScope, APseudoTriggerHidesTheTriggerInside) {
  EXPECT_EQ(negated("not only Python", {"Python"}), (Flags{{"Python", false}}));
  EXPECT_EQ(negated("no-nonsense SQL", {"SQL"}), (Flags{{"SQL", false}}));
  EXPECT_EQ(negated("not Python", {"Python"}), (Flags{{"Python", true}}));
}

TEST(NegationScope, TerminationsEndTheScope) {
  EXPECT_EQ(negated("no Java however Python", {"Java", "Python"}), (Flags{{"Java", true}, {"Python", false}}));
  EXPECT_EQ(negated("no Java. Python", {"Java", "Python"}), (Flags{{"Java", true}, {"Python", false}}));
}

TEST(NegationScope, AClauseJoinerEndsAScopeAfterItsTriggerAndBeforeItOnlyRightBesideIt) {
  EXPECT_EQ(negated("no Java and strong Python", {"Java", "Python"}), (Flags{{"Java", true}, {"Python", false}}));
  EXPECT_EQ(negated("Go and Rust not required", {"Go"}), (Flags{{"Go", true}}));
  // Before its trigger only right beside it: the trigger starts a clause of its own.
  NegationRule rule = base_rule();
  rule.triggers.both = {"have not used"};
  EXPECT_EQ(negated("I know Java well and have not used Kotlin", {"Java", "Kotlin"}, rule),
            (Flags{{"Java", false}, {"Kotlin", true}}));
  EXPECT_EQ(negated("Java and other tools have not used", {"Java"}, rule), (Flags{{"Java", true}}));
}

// Bug fix (session 12, fresh12/dev): a joiner right before a post trigger ended its backward
// scope though the trigger's predicate shares the subject before the joiner.
TEST(NegationScope, APostTriggerStartingAPredicateAfterAJoinerDeniesTheSubjectBeforeIt) {
  EXPECT_EQ(negated("Kafka runs fine and is not required", {"Kafka"}), (Flags{{"Kafka", true}}));
  NegationRule rule = base_rule();
  rule.not_asked.post = {"isn't required"};
  EXPECT_EQ(negated("Kafka runs fine and isn't required", {"Kafka"}, rule), (Flags{{"Kafka", true}}));
  // A post trigger that starts no predicate ("not yet") is a clause of its own.
  EXPECT_EQ(negated("Kafka runs fine and not yet", {"Kafka"}), (Flags{{"Kafka", false}}));
  // A pre or both trigger after a joiner starts a clause of its own, as before.
  rule.triggers.both = {"have not used"};
  EXPECT_EQ(negated("I know Java well and have not used Kotlin", {"Java", "Kotlin"}, rule),
            (Flags{{"Java", false}, {"Kotlin", true}}));
}

// A trigger's or pseudo-trigger's span never reaches past a word that opens a subordinate
// clause: "no Python on my CV because I never" is no double negation.
TEST(NegationScope, ASpanHoldingASubordinatingWordIsNone) {
  NegationRule rule = base_rule();
  rule.pseudo = {"no( \\w+){0,5}? I never"};  // "no tool I never used" affirms
  rule.terminations = {"but", "however", "I", "because"};
  EXPECT_EQ(negated("no tool of Kafka I never used", {"Kafka"}, rule), (Flags{{"Kafka", false}}));
  EXPECT_EQ(negated("no Python on my CV because I never learned it", {"Python"}, rule), (Flags{{"Python", true}}));
}

// Bug fix (session 12): a pronoun object followed by an adverb of time ("it since") was not
// read as closing its clause.
TEST(NegationScope, APronounObjectMayBeFollowedByAnAdverbOfTime) {
  EXPECT_EQ(negated("Used SAS until 2018 and have not touched it since.", {"SAS"}), (Flags{{"SAS", true}}));
  EXPECT_EQ(negated("SAS was fine; we never needed it again", {"SAS"}), (Flags{{"SAS", true}}));
  EXPECT_EQ(negated("SAS was fine; we never needed it daily.", {"SAS"}), (Flags{{"SAS", false}}));
}

// A post trigger that reads a few words between its copula and its denial, as the rules' do.
NegationRule wide_post_rule() {
  NegationRule rule = base_rule();
  rule.triggers.post = {"(is|was)( \\w+){0,3}? (I|we) (do not|never)"};
  return rule;
}

TEST(NegationScope, APseudoTriggerThatRunsPastATriggersSpanVoidsIt) {
  NegationRule rule = wide_post_rule();
  rule.pseudo = {"do not mind", "no longer"};
  // "is great and I do not" would deny Python; "do not mind" is the longer reading.
  EXPECT_EQ(negated("Python is great and I do not mind it", {"Python"}, rule), (Flags{{"Python", false}}));
  EXPECT_EQ(negated("Python is great and I do not use it", {"Python"}, rule), (Flags{{"Python", true}}));
  // A pseudo-trigger wholly inside a trigger's span leaves it a trigger.
  rule.not_asked.post = {"is (not|no longer) required"};
  EXPECT_EQ(negated("Kafka is no longer required", {"Kafka"}, rule), (Flags{{"Kafka", true}}));
}

TEST(NegationScope, ATriggerSpanHoldingAJoinerBeforeASubjectIsTwoClausesAndNoTrigger) {
  NegationRule rule = wide_post_rule();
  rule.terminations = {"but", "however", "I", "we"};
  EXPECT_EQ(negated("Python is great and we never used Java", {"Python", "Java"}, rule),
            (Flags{{"Python", false}, {"Java", true}}));
  // No joiner, one clause: the trigger stands.
  EXPECT_EQ(negated("Go is a language we never used", {"Go"}, rule), (Flags{{"Go", true}}));
}

TEST(NegationScope, AScopeReachesAtMostScopeWordsWords) {
  EXPECT_EQ(negated("never used it at work with Java", {"Java"}), (Flags{{"Java", false}}));  // 5 words
  EXPECT_EQ(negated("never used it at Java", {"Java"}), (Flags{{"Java", true}}));             // 3 words
}

TEST(NegationScope, ATriggerWhoseObjectIsAPronounGovernsTheMentionBeforeItInTheSentence) {
  // The pronoun reaches back over a comma and "so", which end any other scope.
  EXPECT_EQ(negated("Kafka was too costly, so we did not use it.", {"Kafka"}), (Flags{{"Kafka", true}}));
  EXPECT_EQ(negated("Go daily; Kafka was too costly, so we never used them", {"Go", "Kafka"}),
            (Flags{{"Go", false}, {"Kafka", true}}));
  // A question is answered about the mention it asks of.
  EXPECT_EQ(negated("Kafka? We did not use it.", {"Kafka"}), (Flags{{"Kafka", true}}));
  // A preposition may stand before the pronoun; any other second word may not.
  EXPECT_EQ(negated("Azure: never worked with it.", {"Azure"}), (Flags{{"Azure", true}}));
  EXPECT_EQ(negated("Azure was fine, we never worked hard it.", {"Azure"}), (Flags{{"Azure", false}}));
}

TEST(NegationScope, APronounNeverReachesIntoTheSentenceBeforeNorPastAClauseItDoesNotClose) {
  EXPECT_EQ(negated("I used Kafka. We did not need it later.", {"Kafka"}), (Flags{{"Kafka", false}}));
  EXPECT_EQ(negated("I used Kafka! We did not need it.", {"Kafka"}), (Flags{{"Kafka", false}}));
  // The pronoun must close its clause: "use it for the big jobs" may deny only the jobs.
  EXPECT_EQ(negated("Kafka was fine, we did not use it for the big jobs", {"Kafka"}), (Flags{{"Kafka", false}}));
  // At most one word between the trigger and the pronoun; "item", "itself" are no pronoun.
  EXPECT_EQ(negated("Kafka was fine, we did not really want to use it", {"Kafka"}), (Flags{{"Kafka", false}}));
  EXPECT_EQ(negated("Kafka was fine, we did not use item.", {"Kafka"}), (Flags{{"Kafka", false}}));
  // A pseudo-trigger is no trigger, so it has no object.
  EXPECT_EQ(negated("Kafka was fine, not only it", {"Kafka"}), (Flags{{"Kafka", false}}));
  // Farther than `window` bytes back is no referent (Go, after, makes the scan reach the trigger).
  std::string filler;
  for (int i = 0; i < 30; ++i) filler += "word ";
  EXPECT_EQ(negated("Kafka " + filler + "we did not use it; Go daily", {"Kafka", "Go"}),
            (Flags{{"Kafka", false}, {"Go", false}}));
  EXPECT_EQ(negated("Kafka we did not use it; Go daily", {"Kafka", "Go"}), (Flags{{"Kafka", true}, {"Go", false}}));
}

// Session 14: an indefinite object ("anything", "much") may stand between the verb and the
// preposition before the pronoun; any other word may not.
TEST(NegationScope, APronounObjectMayFollowAnIndefiniteObjectAndAPreposition) {
  EXPECT_EQ(negated("Elixir is fun, but I have never built anything with it.", {"Elixir"}), (Flags{{"Elixir", true}}));
  EXPECT_EQ(negated("Elixir is fun, we never did much with it", {"Elixir"}), (Flags{{"Elixir", true}}));
  EXPECT_EQ(negated("Elixir is fun, we never built a thing with it.", {"Elixir"}), (Flags{{"Elixir", false}}));
  EXPECT_EQ(negated("Elixir is fun, we never built anything at all with it.", {"Elixir"}), (Flags{{"Elixir", false}}));
}

// Session 14: a trigger whose own span ends in an object pronoun closing its clause ("never
// touched it") governs the mention before it, as one followed by the pronoun does.
TEST(NegationScope, ATriggerWhoseSpanEndsInAPronounGovernsTheMentionBeforeIt) {
  NegationRule rule = base_rule();
  rule.triggers.both = {"no experience", "never touched( it)?"};
  rule.terminations = {"but", "however", "I"};
  EXPECT_EQ(negated("Terraform was theirs and I never touched it.", {"Terraform"}, rule), (Flags{{"Terraform", true}}));
  // The pronoun must close its clause, and be a word of its own.
  EXPECT_EQ(negated("Terraform was theirs and I never touched it at work", {"Terraform"}, rule),
            (Flags{{"Terraform", false}}));
  EXPECT_EQ(negated("Terraform was theirs and I never touched item.", {"Terraform"}, rule), (Flags{{"Terraform", false}}));
}

// Session 14: backward, a comma and a clause joiner between two mentions join two clauses,
// unless a list runs on before them ("Go, Rust, and Scala are not required").
TEST(NegationScope, ACommaAndAJoinerBeforeAPostTriggersSubjectEndItsScopeUnlessAListRunsOn) {
  EXPECT_EQ(negated("Converted the models to Python, and MATLAB is not required", {"Python", "MATLAB"}),
            (Flags{{"Python", false}, {"MATLAB", true}}));
  EXPECT_EQ(negated("Go, Rust, and Scala is not required", {"Go", "Rust", "Scala"}),
            (Flags{{"Go", true}, {"Rust", true}, {"Scala", true}}));
  EXPECT_EQ(negated("Go and Rust is not required", {"Go", "Rust"}), (Flags{{"Go", true}, {"Rust", true}}));
  // "or" joins a list, not clauses.
  EXPECT_EQ(negated("Go, or Rust is not required", {"Go", "Rust"}), (Flags{{"Go", true}, {"Rust", true}}));
}

// Session 14: between two mentions a preposition of destination ends a forward scope ("moved
// off SQL Server to PostgreSQL"); beside its trigger it is the trigger's own.
TEST(NegationScope, APrepositionOfDestinationBetweenTwoMentionsEndsAForwardScope) {
  EXPECT_EQ(negated("never Oracle to Postgres", {"Oracle", "Postgres"}), (Flags{{"Oracle", true}, {"Postgres", false}}));
  EXPECT_EQ(negated("never Oracle, moved into Postgres", {"Oracle", "Postgres"}), (Flags{{"Oracle", true}, {"Postgres", false}}));
  EXPECT_EQ(negated("no access to Snowflake", {"Snowflake"}), (Flags{{"Snowflake", true}}));
  // A list gap is no destination.
  EXPECT_EQ(negated("never Oracle or Postgres", {"Oracle", "Postgres"}), (Flags{{"Oracle", true}, {"Postgres", true}}));
  // Backward the subject is one: "to" there is inside it.
  EXPECT_EQ(negated("Oracle to Postgres is not required", {"Oracle", "Postgres"}),
            (Flags{{"Oracle", true}, {"Postgres", true}}));
}

TEST(NegationScope, TriggersMatchWholeWordsOnly) {
  EXPECT_EQ(negated("piano Java", {"Java"}), (Flags{{"Java", false}}));
  EXPECT_EQ(negated("knotty Java", {"Java"}), (Flags{{"Java", false}}));
}

TEST(NegationScope, NotAskedTriggersAreIgnoredInAResume) {
  EXPECT_EQ(negated("Kafka is not required", {"Kafka"}), (Flags{{"Kafka", true}}));
  EXPECT_EQ(negated("Kafka is not required", {"Kafka"}, base_rule(), /*resume=*/true), (Flags{{"Kafka", false}}));
}

TEST(NegationScope, OnlyTextNearMentionsIsScanned) {
  const std::string text = "no " + std::string(300, ' ') + "Java, never Go";
  std::vector<RawMatch> mentions = {{.offset = text.find("Go"), .alias = 0, .length = 2}};
  auto scope = NegationScope::compile(base_rule());
  ASSERT_TRUE(scope.ok());
  std::vector<NegationScope::Event> events;
  scope.value().find_events(text, mentions, events);
  ASSERT_EQ(events.size(), 1u);  // "never"; the "no" 300 bytes away was not looked at
  EXPECT_EQ(text.substr(events[0].start, events[0].end - events[0].start), "never");
  EXPECT_EQ(events[0].kind, NegationScope::Kind::kPre);
}

// The triggers find_events reports in `text`, with one mention spanning all of it (so the
// whole text is in the window), as "class:text" in order.
std::vector<std::string> events(const std::string& text, const NegationRule& rule = base_rule()) {
  auto scope = NegationScope::compile(rule);
  EXPECT_TRUE(scope.ok()) << scope.error().to_string();
  const std::vector<RawMatch> mentions = {{.offset = 0, .alias = 0, .length = static_cast<std::uint32_t>(text.size())}};
  std::vector<NegationScope::Event> found;
  scope.value().find_events(text, mentions, found);
  std::vector<std::string> out;
  for (const auto& event : found) {
    out.push_back(std::to_string(static_cast<int>(event.kind)) + ":" + text.substr(event.start, event.end - event.start));
  }
  return out;
}

using Events = std::vector<std::string>;

TEST(NegationScope, APostTriggerRightAfterATerminationYieldsToTheTriggersInsideIt) {
  NegationRule rule = base_rule();
  rule.triggers.post = {"was never \\w+ed"};
  rule.terminations = {"but", "however", "I"};
  // Its subject is "I": "never" inside it governs what follows.
  EXPECT_EQ(negated("I was never exposed to Kotlin", {"Kotlin"}, rule), (Flags{{"Kotlin", true}}));
  // After a mention it stands: "Kotlin was never used" denies the subject.
  EXPECT_EQ(negated("Kotlin was never used", {"Kotlin"}, rule), (Flags{{"Kotlin", true}}));
  EXPECT_EQ(events("I was never exposed", rule), (Events{"1:never"}));
  EXPECT_EQ(events("Kotlin was never used", rule), (Events{"2:was never used"}));
}

TEST(NegationScope, APseudoTriggerSpanHoldingTwoClausesIsNone) {
  NegationRule rule = base_rule();
  rule.pseudo = {"no( \\w+){0,3}? I have not"};  // "no feature of Kafka I have not used" affirms
  rule.triggers.both = {"have not used"};
  rule.terminations = {"but", "however", "I"};
  EXPECT_EQ(negated("No Kotlin feature I have not used", {"Kotlin"}, rule), (Flags{{"Kotlin", false}}));
  EXPECT_EQ(negated("No Java and I have not used Kotlin", {"Java", "Kotlin"}, rule),
            (Flags{{"Java", true}, {"Kotlin", true}}));
}

TEST(NegationScope, WhereTheLongestMatchIsNoneTheLongestOfAnotherClassAtThatPlaceIsRead) {
  NegationRule rule = base_rule();
  rule.triggers.post = {"never \\w+ed"};  // "Kotlin never learned"; after "I" it governs nothing
  rule.terminations = {"but", "however", "I"};
  EXPECT_EQ(events("I never learned Kotlin", rule), (Events{"1:never"}));
  EXPECT_EQ(negated("I never learned Kotlin", {"Kotlin"}, rule), (Flags{{"Kotlin", true}}));
}

TEST(NegationScope, ATriggerInsideAWordIsNoEventAndTheWordAfterIsStillScanned) {
  EXPECT_EQ(events("knotty snowy nothing annotated"), Events{});
  // The scan goes on after a word that held a trigger: "not" in "knot", then the real one.
  EXPECT_EQ(events("knot not"), (Events{"1:not"}));
  EXPECT_EQ(events("nonono no"), (Events{"1:no"}));
}

TEST(NegationScope, TriggersAtTheStartAndTheEndOfTheTextAreFound) {
  EXPECT_EQ(events("no"), (Events{"1:no"}));
  EXPECT_EQ(events("never Java, Kafka not yet"), (Events{"1:never", "2:not yet"}));
}

TEST(NegationScope, TheLongestMatchAtAPlaceDecidesItsClassThenTheClassOrder) {
  // "no experience" (both) is longer than "no" (pre) at the same place.
  EXPECT_EQ(events("no experience in Go"), (Events{"3:no experience"}));
  // The same span in two classes is the first class's: pseudo, pre, post, both, then the
  // posting forms.
  NegationRule rule = base_rule();
  rule.triggers.post = {"not yet", "no"};
  rule.triggers.both = {"no experience", "not yet"};
  rule.pseudo = {"not only", "no experience"};
  EXPECT_EQ(events("no experience; not yet; no", rule), (Events{"0:no experience", "2:not yet", "1:no"}));
  // A class whose fragment matches only a part of the span is not the span's class.
  rule.triggers.pre = {"not"};
  rule.pseudo = {"not only"};
  EXPECT_EQ(events("not yet", rule), (Events{"2:not yet"}));
}

// The scanner names an event's class from its own groups; on the built-in rules and every
// sentence of the negation sets, that is the first class whose fragments alone match the
// event's whole span, as the rule says.
TEST(NegationScope, EachEventOfTheBuiltInRulesIsTheFirstClassMatchingItsWholeSpan) {
  const RulesLoad loaded = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  ASSERT_TRUE(loaded.ok());
  const NegationRule& rule = loaded.taxonomy.negation;
  auto scope = NegationScope::compile(rule);
  ASSERT_TRUE(scope.ok()) << scope.error().to_string();
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_longest_match(true);
  std::vector<std::unique_ptr<RE2>> classes;
  for (const auto* list : {&rule.pseudo, &rule.triggers.pre, &rule.triggers.post, &rule.triggers.both,
                           &rule.not_asked.pre, &rule.not_asked.post, &rule.not_asked.both}) {
    std::string alternation;
    for (const auto& fragment : *list) alternation += (alternation.empty() ? "" : "|") + ("(?:" + fragment + ")");
    classes.push_back(std::make_unique<RE2>("(?i)(?:" + (alternation.empty() ? "\\b\\B" : alternation) + ")", options));
  }
  std::size_t checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(SKILLMATCH_SOURCE_DIR) + "/tests/data/negation")) {
    if (entry.path().extension() != ".tsv") continue;
    for (const auto& line : testing::read_case_file(entry.path().string())) {
      const std::string& text = line.sentence;
      std::vector<NegationScope::Event> found;
      scope.value().find_events(text, {{.offset = 0, .alias = 0, .length = static_cast<std::uint32_t>(text.size())}}, found);
      for (const auto& event : found) {
        const std::string span = text.substr(event.start, event.end - event.start);
        std::size_t first = 0;
        while (first + 1 < classes.size() && !RE2::FullMatch(span, *classes[first])) ++first;
        EXPECT_EQ(static_cast<std::size_t>(event.kind), first) << entry.path().filename() << ":" << line.number << " '" << span << "'";
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 500u);
}

TEST(NegationScope, BytesOfUtf8LettersBesideATriggerContinueItsWord) {
  // "é", "ï" and "’" are bytes above 0x7F: word bytes, so a trigger touching one is inside a word.
  EXPECT_EQ(events("noé éno nïno no’"), Events{});
  EXPECT_EQ(events("naïve no café"), (Events{"1:no"}));
}

TEST(NegationScope, ATriggerStartingWithAMarkIsFoundWhereverTheMarkStands) {
  NegationRule rule = base_rule();
  rule.triggers.pre = {"no", "\\(not\\)", "--\\s*none"};
  // After a space, at the start of the text, after an ASCII letter and after a UTF-8 letter.
  EXPECT_EQ(events("Java (not) Go", rule), (Events{"1:(not)"}));
  EXPECT_EQ(events("(not) Go, Java(not), café(not) -- none", rule), (Events{"1:(not)", "1:(not)", "1:(not)", "1:-- none"}));
}

TEST(NegationScope, ATerminationInsideAWordDoesNotEndTheScope) {
  EXPECT_EQ(negated("no Java debuts Go", {"Java", "Go"}), (Flags{{"Java", true}, {"Go", true}}));
  EXPECT_EQ(negated("no Java but Go", {"Java", "Go"}), (Flags{{"Java", true}, {"Go", false}}));
}

TEST(NegationScope, AFragmentRE2RejectsNamesTheRulesAndTheFragment) {
  NegationRule rule = base_rule();
  rule.terminations.push_back("(unclosed");
  const auto scope = NegationScope::compile(rule);
  ASSERT_FALSE(scope.ok());
  EXPECT_NE(scope.error().to_string().find("test-rules/extraction.json:3"), std::string::npos) << scope.error().to_string();
  EXPECT_NE(scope.error().to_string().find("'(unclosed'"), std::string::npos) << scope.error().to_string();
}

// The rules loader checks only a fragment's syntax: one matching the empty string is
// refused here, named, whichever list it is in.
TEST(NegationScope, AFragmentMatchingTheEmptyStringIsAnErrorNamingIt) {
  for (auto list : {&NegationRule::pseudo, &NegationRule::terminations, &NegationRule::pre_terminations,
                    &NegationRule::list_words}) {
    NegationRule rule = base_rule();
    (rule.*list).push_back("(never)?");
    const auto scope = NegationScope::compile(rule);
    ASSERT_FALSE(scope.ok());
    EXPECT_EQ(scope.error().to_string(), "test-rules/extraction.json:3: negation: pattern '(never)?' matches the empty string");
  }
  NegationRule rule = base_rule();
  rule.triggers.post.push_back("x*");
  ASSERT_FALSE(NegationScope::compile(rule).ok());
}

TEST(NegationScope, FragmentsWithTheirOwnGroupsKeepTheClassesApart) {
  NegationRule rule = base_rule();
  rule.pseudo = {"(not|never) (only|just)"};  // groups before the trigger classes' groups
  EXPECT_EQ(negated("never just Java", {"Java"}, rule), (Flags{{"Java", false}}));
  EXPECT_EQ(negated("never Java", {"Java"}, rule), (Flags{{"Java", true}}));
}

// The built-in rules' exception fragments, narrowed: a whole, then its exception as a word.
NegationRule exception_rule() {
  NegationRule rule = base_rule();
  rule.triggers.pre.push_back("(every|all)( \\w+){0,3}? (except|other than)\\b");
  rule.pseudo.push_back("(no|not|never)( \\w+){0,5}? (every|all)( \\w+){0,5}? (except|other than)\\b");
  return rule;
}

TEST(NegationScope, AnExceptionToAWholeIsFoundWhereItsWordStandsInAnyCase) {
  EXPECT_EQ(negated("I know every language EXCEPT PHP", {"PHP"}, exception_rule()), (Flags{{"PHP", true}}));
  EXPECT_EQ(negated("I know all of them Other Than Perl", {"Perl"}, exception_rule()), (Flags{{"Perl", true}}));
  // Its pseudo-trigger is longer than "never" at the same place.
  EXPECT_EQ(negated("never used all tools except Excel", {"Excel"}, base_rule()), (Flags{{"Excel", true}}));
  EXPECT_EQ(negated("never used all tools except Excel", {"Excel"}, exception_rule()), (Flags{{"Excel", false}}));
}

TEST(NegationScope, AWordThatOnlyBeginsLikeAnExceptionWordLeavesTheOtherTriggersAsTheyAre) {
  EXPECT_EQ(negated("all exceptional Go, never Java", {"Go", "Java"}, exception_rule()), (Flags{{"Go", false}, {"Java", true}}));
}

TEST(NegationScope, AnExceptionWordInsideAnotherMatchStillCallsForTheExceptionFragments) {
  NegationRule rule = exception_rule();
  rule.pseudo.push_back("languages \\w+");  // names no exception word, and may cover one
  // The pseudo-trigger covers "except"; "all languages except" starts before it and wins.
  EXPECT_EQ(negated("I know all languages except when noted PHP", {"PHP"}, rule), (Flags{{"PHP", true}}));
}

TEST(NegationScope, ManyTriggersBeforeALongListStayLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "no ";
  std::vector<RawMatch> mentions;
  for (int i = 0; i < 20000; ++i) {
    mentions.push_back({.offset = text.size(), .alias = 0, .length = 4});
    text += "Java, ";
  }
  auto scope = NegationScope::compile(base_rule());
  ASSERT_TRUE(scope.ok());
  std::vector<char> flags;
  scope.value().mark(text, mentions, false, flags);
  EXPECT_EQ(std::count(flags.begin(), flags.end(), 1), 20000);
}

}  // namespace
}  // namespace skillmatch::detail
