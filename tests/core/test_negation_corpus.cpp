// The negation set (tests/data/negation): resume and posting sentences through the
// extractor with the built-in rules. The rules were written against dev.tsv, which must
// pass line by line; heldout.tsv was not looked at while writing them, and its figures
// must stay above the targets (recall of negated mentions >= 0.95, at most 3% of the
// positive lines wrongly negated).
#include <tuple>

#include <gtest/gtest.h>

#include <skillmatch/extractor.hpp>
#include <skillmatch/posting_analysis.hpp>
#include <skillmatch/rules_loader.hpp>

#include "case_file.hpp"

namespace skillmatch {
namespace {

struct Outcome {
  std::size_t negated_lines = 0, negated_right = 0;
  std::size_t positive_lines = 0, positive_wrong = 0;
  std::vector<std::string> failures;  // "file:line: what"
  std::vector<std::string> not_found;  // lines whose skill was not found at all
};

const RulesLoad& rules() {
  static const RulesLoad loaded = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  return loaded;
}

// The mentions' negated flags of `skill` in `sentence`, read as a document of unknown kind.
std::vector<bool> flags_of(const Extractor& extractor, const std::string& skill, const std::string& sentence) {
  Document document;
  document.text = sentence;
  document.sections = detect_sections(document.text, rules().taxonomy.sections);
  const auto extraction = extractor.extract(document);
  std::vector<bool> flags;
  if (!extraction.ok()) return flags;
  for (const auto& hit : extraction.value().skills) {
    if (rules().taxonomy.skills[hit.skill].id != skill) continue;
    for (const auto& mention : hit.mentions) flags.push_back(mention.negated);
  }
  return flags;
}

Outcome run(const std::string& name) {
  const auto extractor = Extractor::compile(rules().taxonomy);
  Outcome outcome;
  const std::vector<testing::CaseLine> cases =
      testing::read_case_file(std::string(SKILLMATCH_SOURCE_DIR) + "/tests/data/negation/" + name);
  EXPECT_FALSE(cases.empty()) << name << ": cannot read";
  for (const auto& [number, expect, skill, sentence] : cases) {
    const std::string where = name + ":" + std::to_string(number) + ": ";
    const std::vector<bool> flags = flags_of(extractor.value(), skill, sentence);
    const bool all_negated = !flags.empty() && std::find(flags.begin(), flags.end(), false) == flags.end();
    if (flags.empty()) {
      outcome.not_found.push_back(where + skill + " not found in: " + sentence);
    } else if (expect == "negated") {
      ++outcome.negated_lines;
      outcome.negated_right += all_negated;
      if (!all_negated) outcome.failures.push_back(where + skill + " not negated in: " + sentence);
    } else if (expect == "positive") {
      ++outcome.positive_lines;
      outcome.positive_wrong += all_negated;
      if (all_negated) outcome.failures.push_back(where + skill + " wrongly negated in: " + sentence);
    } else {
      outcome.failures.push_back(where + "unknown expectation '" + expect + "'");
    }
  }
  return outcome;
}

TEST(NegationCorpus, EveryDevLinePasses) {
  ASSERT_TRUE(rules().ok());
  const Outcome dev = run("dev.tsv");
  EXPECT_GE(dev.negated_lines + dev.positive_lines, 150u);
  for (const auto& failure : dev.failures) ADD_FAILURE() << failure;
  // A skill not found at all is the word-sense model's decision, not negation's: since the
  // model came in, it drops two of these sentences' ambiguous names ("Go is preferred;",
  // "Without a doubt Docker changed..."). More would mean the model regressed.
  std::string not_found;
  for (const auto& line : dev.not_found) not_found += "\n  " + line;
  EXPECT_LE(dev.not_found.size(), 2u) << not_found;
}

// A dev half whose lines pass but the `failures` judged and named beside the test: at least
// `lines` lines found, and at most `not_found` lines whose skill is not found at all.
void expect_dev_lines(const std::string& name, std::size_t lines, std::size_t failures, std::size_t not_found) {
  const Outcome dev = run(name);
  EXPECT_GE(dev.negated_lines + dev.positive_lines, lines) << name;
  std::string listed;
  for (const auto& failure : dev.failures) listed += "\n  " + failure;
  EXPECT_LE(dev.failures.size(), failures) << name << listed;
  EXPECT_LE(dev.not_found.size(), not_found) << name;
}

// Each {sentence, skill, negated}: the skill is found, and negated in every mention or in none.
void expect_cases(const std::vector<std::tuple<std::string, std::string, bool>>& cases) {
  const auto extractor = Extractor::compile(rules().taxonomy);
  ASSERT_TRUE(extractor.ok());
  for (const auto& [sentence, skill, negated] : cases) {
    const std::vector<bool> flags = flags_of(extractor.value(), skill, sentence);
    ASSERT_FALSE(flags.empty()) << skill << " not found in: " << sentence;
    const bool all_negated = std::find(flags.begin(), flags.end(), false) == flags.end();
    EXPECT_EQ(all_negated, negated) << sentence;
  }
}

// Issue 16's targets on a held-out half of at least 50 lines each way: recall of negated
// lines >= 0.95, at most 3% of positive lines wrongly negated.
void expect_targets(const std::string& name) {
  const Outcome heldout = run(name);
  ASSERT_GE(heldout.negated_lines, 50u) << name;
  ASSERT_GE(heldout.positive_lines, 50u) << name;
  const double recall = static_cast<double>(heldout.negated_right) / static_cast<double>(heldout.negated_lines);
  const double wrong = static_cast<double>(heldout.positive_wrong) / static_cast<double>(heldout.positive_lines);
  std::string failures;
  for (const auto& failure : heldout.failures) failures += "\n  " + failure;
  EXPECT_GE(recall, 0.95) << name << failures;
  EXPECT_LE(wrong, 0.03) << name << failures;
  ::testing::Test::RecordProperty(name + " recall", std::to_string(recall));
  ::testing::Test::RecordProperty(name + " wrongly_negated", std::to_string(wrong));
}

// A held-out half below the targets, as last measured: at least `lines` lines each way found,
// at least `right` negated lines stated right and at most `wrong` positive lines wrongly
// negated (it must not fall back). Returns what was measured.
Outcome expect_as_measured(const std::string& name, std::size_t lines, std::size_t right, std::size_t wrong) {
  const Outcome heldout = run(name);
  EXPECT_GE(heldout.negated_lines, lines) << name;
  EXPECT_GE(heldout.positive_lines, lines) << name;
  EXPECT_GE(heldout.negated_right, right) << name << ": of " << heldout.negated_lines;
  EXPECT_LE(heldout.positive_wrong, wrong) << name << ": of " << heldout.positive_lines;
  return heldout;
}

TEST(NegationCorpus, HeldOutFiguresMeetTheTargets) {
  ASSERT_TRUE(rules().ok());
  expect_targets("heldout.tsv");
}

// tests/data/negation/fresh: sentences written after the rules above, split before any rule
// was changed; the rules were then changed against its dev half only. Its held-out half
// measured recall 0.905 (38 of 42) with 3 of 32 positive lines wrongly negated (main before:
// 0.833 and 3 of 32), after session 8's rules (built on blind/dev.tsv) and sense model
// 0.932 (41 of 44) with 2 of 33, after session 11's scope rules 0.955 (42 of 44) with 2 of
// 33, and after session 12's 0.977 (43 of 44) with 2 of 33. Issue 16 asks for >= 0.95 and
// <= 3%: the share wrongly negated is not reached, so this asserts what was.
TEST(NegationCorpus, FreshHeldOutFiguresAsMeasured) {
  ASSERT_TRUE(rules().ok());
  expect_as_measured("fresh/heldout.tsv", 30, 43, 2);
}

// tests/data/negation/blind: session 8's set, split before any change; rules were built on
// blind/dev.tsv, whose lines pass but one: "Never had to scale Flask beyond two workers, but I
// built five services with it", where only the pronoun of the next clause says Flask was used.
// A skill not found at all is the word-sense model's doing (one: "Ruby on Rails" is its own skill).
TEST(NegationCorpus, BlindDevLinesPassButOne) {
  ASSERT_TRUE(rules().ok());
  expect_dev_lines("blind/dev.tsv", 100, 1, 1);
}

// blind/heldout.tsv measured recall 0.868 (46 of 53) with 9 of 51 positive lines wrongly
// negated before session 8's rules, 1.000 and 0 of 52 after (with its sense model), and 0.981
// (52 of 53) and 0 of 52 after session 11's (a joiner right before a post trigger now ends
// its backward scope: "MATLAB is no longer used by our team and is not required"), and 1.000
// (53 of 53) after session 12's (not before a post trigger that starts a predicate), and 1 of
// 52 wrongly negated after session 14's ("We moved off Selenium; no flaky tests since then":
// this set's writer reads a move off a tool as past use, fresh12's and fresh14's as a denial).
TEST(NegationCorpus, BlindHeldOutFiguresMeetTheTargets) {
  ASSERT_TRUE(rules().ok());
  expect_targets("blind/heldout.tsv");
}

// tests/data/negation/fresh9: session 9's set in posting, resume and interview shapes, split
// and committed before any rule change; rules were then changed against the dev halves only.
// Its dev lines pass but three, judged and left: a hypothetical lack in a posting ("If you
// don't know SQL, you will learn it here", which the rules read as saying nothing of SQL), a
// denial with no object ("...and I haven't since 2019") and "not usable today" ("never made
// it past the proof of concept" passes since session 11, "Not in the last decade" since
// session 12). A skill not found at all is the taxonomy's or the sense model's doing (Jest,
// Illustrator, Unity, GIMP, Rails, Solidity, Groovy).
TEST(NegationCorpus, Fresh9DevLinesPassButThree) {
  ASSERT_TRUE(rules().ok());
  expect_dev_lines("fresh9/dev.tsv", 150, 3, 9);
}

// tests/data/negation/fresh11: session 11's set in posting, resume, cover-letter and
// interview shapes, split and committed before any rule change; the scope rules and triggers
// were then changed against the dev halves only. Its dev lines pass but two, judged and left:
// "Rust: nice to have but not needed" (a plus, which fresh9 and the rules read as asked;
// the set's own labels disagree on it) and "Scala: not discussed, candidate has no exposure"
// (the denial is a clause away). A skill not found at all is the sense model's or the
// taxonomy's doing (Solidity, Selenium, Great Expectations, Unity).
TEST(NegationCorpus, Fresh11DevLinesPassButTwo) {
  ASSERT_TRUE(rules().ok());
  expect_dev_lines("fresh11/dev.tsv", 140, 2, 4);
}

// fresh9/heldout.tsv measured, with the rules before session 9's change, recall 0.797 (51 of
// 64) with 1 of 55 positive lines wrongly negated; after it 0.844 (54 of 64) and 1 of 55;
// after session 11's 0.875 (56 of 64) and 1 of 55; after session 12's 0.922 (59 of 64) and 0
// of 55; after session 14's 0.938 (60 of 64: "every JVM language except Scala") and 0 of 55.
// Issue 16 asks for >= 0.95 and <= 3%: recall is not reached, so this asserts what was.
TEST(NegationCorpus, Fresh9HeldOutFiguresAsMeasured) {
  ASSERT_TRUE(rules().ok());
  const Outcome heldout = expect_as_measured("fresh9/heldout.tsv", 50, 60, 0);
  EXPECT_LE(heldout.positive_wrong * 100, heldout.positive_lines * 3) << "issue 16: at most 3% wrongly negated";
}

// Session 9's constructions, each in a sentence of no set, with the near-misses that must
// stay as they are: an alternative chosen over the mention, a denied availability or choice,
// a weighing that rejected it, a denial with no object ("zero.", "never came up"), a chance
// never had, a pronoun standing for the mention; and the pseudo-triggers beside them.
// {sentence, skill, negated}.
TEST(NegationCorpus, AlternativesDenialsOfChoiceAndPronouns) {
  ASSERT_TRUE(rules().ok());
  const std::vector<std::tuple<std::string, std::string, bool>> cases = {
      {"Picked Postgres instead of MongoDB for the ledger.", "mongodb", true},
      {"Instead of hand-written scripts, I used Terraform.", "terraform", false},
      {"We chose Kafka instead of building our own queue.", "apache-kafka", false},
      {"Went with Vue rather than Angular.", "angular", true},
      {"Went with Vue rather than Angular.", "vuejs", false},
      {"Jest in place of Mocha for unit tests.", "jest", false},
      {"Docker was not permitted on the trading floor machines.", "docker", true},
      {"Redis isn't an option for this client.", "redis", true},
      {"Spark was evaluated and rejected in favour of plain SQL.", "apache-spark", true},
      {"Apache Spark was evaluated and adopted across the company.", "apache-spark", false},
      {"Power BI was outside the scope of my contract.", "power-bi", true},
      {"Scala is not something we use.", "scala", true},
      {"Fortran never came up at work.", "fortran", true},
      {"Perl: zero.", "perl", true},
      {"Zero downtime releases with Ansible.", "ansible", false},
      {"Elixir? Never had the opportunity.", "elixir", true},
      {"Rust is not my language.", "rust", true},
      {"Python isn't my only language.", "python", false},
      {"Never had a single incident with PostgreSQL replication.", "postgresql", false},
      {"No shortage of Python work at the lab.", "python", false},
      {"Zero missed releases while I owned the Jenkins pipelines.", "jenkins", false},
      {"Rarely a week passes without a Terraform change.", "terraform", false},
      {"Without Node.js the front end would not build.", "nodejs", false},
      {"Our client refused Azure, so we did not use it.", "azure", true},
      {"I adopted Kotlin early and never regretted it.", "kotlin", false},
      {"I learned Rust. We did not need it at work though.", "rust", false},
  };
  expect_cases(cases);
}

// The kinds of construction session 8's rules handle, each in a sentence of no set: a
// denial later in the predicate, a double negation, a counterfactual, an exception, a
// compound, a litotes, a denied problem, a denied leaving or liking, a hypothetical, and
// the posting forms of "not asked". {sentence, skill, negated}.
TEST(NegationCorpus, ClauseConstructionsBeyondTheTriggerWord) {
  ASSERT_TRUE(rules().ok());
  const std::vector<std::tuple<std::string, std::string, bool>> cases = {
      {"Kotlin was never covered in my degree.", "kotlin", true},
      {"MongoDB is a database we have not adopted.", "mongodb", true},
      {"Terraform and Ansible remain largely unknown to me.", "ansible", true},
      {"Kubernetes is a blind spot for me.", "kubernetes", true},
      {"Docker is expected; Helm is not.", "helm", true},
      {"Familiarity with Tableau will not be needed.", "tableau", true},
      {"Snowflake is out of scope for this contract.", "snowflake", true},
      {"Never a deploy goes out without Terraform plans reviewed.", "terraform", false},
      {"Without Kafka, we would have lost those events.", "apache-kafka", false},
      {"I have no database experience beyond PostgreSQL.", "postgresql", false},
      {"Built a no-touch release flow with Jenkins.", "jenkins", false},
      {"It is not unusual for me to debug Rust at night.", "rust", false},
      {"Zero outages running Redis at a million keys.", "redis", false},
      {"We have not yet moved off Oracle Database, so you will tune it.", "oracle-database", false},
      {"I am not the biggest fan of Jira, yet I used it for years.", "jira", false},
      {"If you have not used Kotlin before, we will teach you.", "kotlin", false},
      {"I would not hesitate to reach for Python here.", "python", false},
  };
  expect_cases(cases);
}

// fresh11/heldout.tsv measured with main's rules before session 11 recall 0.818 (63 of 77)
// with 4 of 70 positive lines wrongly negated; after session 11's rules 0.857 (66 of 77) and
// 2 of 70. Issue 16 asks for >= 0.95 and <= 3%: recall is not reached, so this asserts what was.
TEST(NegationCorpus, Fresh11HeldOutFiguresAsMeasured) {
  ASSERT_TRUE(rules().ok());
  const Outcome heldout = expect_as_measured("fresh11/heldout.tsv", 60, 66, 2);
  EXPECT_LE(heldout.positive_wrong * 100, heldout.positive_lines * 3) << "issue 16: at most 3% wrongly negated";
}

// tests/data/negation/fresh12: session 12's set (resume skills lines, posting forms, cover
// letters, chat-like lines, long sentences, lists, double negations, questions, contrast,
// time), split and committed before the program read it; rules were then changed against
// the dev halves only. Its dev lines pass but five, judged and left: "I wouldn't call myself
// someone who knows jQuery" (the relative clause ends the scope), "I didn't expect to like
// Go, but..." (a denied expectation; "we do not expect candidates to know Rust" is a denial),
// "MongoDB is not a database I would choose, and I have never used it" (the pronoun takes
// the nearer mention "database"), and two declined offers ("skipped that course", "offered
// COBOL training and declined"). A skill not found at all is the sense model's or the
// taxonomy's doing (lower-case "rust", "go", "scala" in chat lines, a Rust and a SAS line,
// a bare "R", Unity, Jest, "Linux administration").
TEST(NegationCorpus, Fresh12DevLinesPassButFive) {
  ASSERT_TRUE(rules().ok());
  expect_dev_lines("fresh12/dev.tsv", 180, 5, 12);
}

// fresh12/heldout.tsv measured, with the rules before session 12's change (main 1ceafea),
// recall 0.800 (68 of 85) with 10 of 103 positive lines wrongly negated; after it 0.894 (76 of
// 85) and 7 of 103 (evaluate.py, through the CLI); read here as documents of unknown kind,
// 75 of 85. After session 14's rules 0.906 (77 of 85; here 76) and 7 of 103: "We moved off SQL
// Server to PostgreSQL" now denies SQL Server, and not PostgreSQL ("to" between two mentions
// ends a forward scope). Issue 16
// asks for >= 0.95 and <= 3%: neither is reached, so this asserts what was.
TEST(NegationCorpus, Fresh12HeldOutFiguresAsMeasured) {
  ASSERT_TRUE(rules().ok());
  expect_as_measured("fresh12/heldout.tsv", 80, 76, 7);
}

// tests/data/negation/fresh14: session 14's set (resumes, postings, cover letters; a negation
// far from its skill, lists after a negation, "neither ... nor", moves off a tool, "rather
// than", "except", "without", "lack", "not yet", modal and posting forms, pseudo-negations,
// double negations, questions, parentheses, capitals, bullets), split and committed before
// the program's negation output on it was read; rules were then changed against the dev
// halves only. Its dev lines pass but four, judged and left: three lines whose skill is named
// twice, once outside the negation ("Linux experience would be wasted here; ... we do not run
// Linux", "other than Node.js ...; Node.js is not needed", "Converted every MATLAB model to
// Python, and MATLAB is no longer installed"), and "Vue.js is optional and not part of the
// interview" (the joiner ends the backward scope of a trigger that starts with no copula).
TEST(NegationCorpus, Fresh14DevLinesPassButFour) {
  ASSERT_TRUE(rules().ok());
  expect_dev_lines("fresh14/dev.tsv", 110, 4, 0);
}

// fresh14/heldout.tsv measured once with main's build (e33ccf8c) recall 0.725 (37 of 51) with
// 4 of 41 positive lines wrongly negated, and 0.765 (39 of 51) and 4 of 41 after session 14's
// rules (evaluate.py, through the CLI). Issue 16 asks for >= 0.95 and <= 3%: neither is
// reached, so this asserts what was.
TEST(NegationCorpus, Fresh14HeldOutFiguresAsMeasured) {
  ASSERT_TRUE(rules().ok());
  expect_as_measured("fresh14/heldout.tsv", 40, 39, 4);
}

// Session 11's scope rules and triggers, each in a sentence of no set, with near-misses: a
// trigger's span that holds two clauses or that a pseudo-trigger runs past, a joiner right
// before a trigger, a post trigger after a subject pronoun, a pronoun after a preposition, a
// denied use or a gap of one's own, short answers, posting forms, double negations and denied
// expertise. {sentence, skill, negated}.
TEST(NegationCorpus, ClauseScopesShortAnswersAndDeniedExpertise) {
  ASSERT_TRUE(rules().ok());
  const std::vector<std::tuple<std::string, std::string, bool>> cases = {
      {"Python is great and we never used Java.", "python", false},
      {"Python is great and we never used Java.", "java", true},
      {"Docker was easy but I did not need help with it.", "docker", false},
      {"I know Java well and have not used Kotlin.", "java", false},
      {"I know Java well and have not used Kotlin.", "kotlin", true},
      {"No Java and I have not used Kotlin.", "java", true},
      {"No Java and I have not used Kotlin.", "kotlin", true},
      {"I was never exposed to Kotlin.", "kotlin", true},
      {"Azure: never worked with it.", "azure", true},
      {"Redis was not deployed in production.", "redis", true},
      {"Cassandra never made it to production.", "cassandra", true},
      {"I'm fairly new to Vue.js.", "vuejs", true},
      {"I have only read about Svelte.", "svelte", true},
      {"I know nothing about Kotlin.", "kotlin", true},
      {"Rust is on my to-learn list.", "rust", true},
      {"PyTorch: not my thing.", "pytorch", true},
      {"Scala is beyond me.", "scala", true},
      {"Terraform - no hands-on yet.", "terraform", true},
      {"Rust: no production use.", "rust", true},
      {"Kotlin: zero years.", "kotlin", true},
      {"Java? Not really.", "java", true},
      {"Hadoop: haven't.", "hadoop", true},
      {"I moved to R and no longer use SAS.", "sas", true},
      {"Java is not a prerequisite, Python is.", "java", true},
      {"Java is not a prerequisite, Python is.", "python", false},
      {"Not required: Java, Scala.", "scala", true},
      {"Knowing Java is not a must-have.", "java", true},
      {"I did not stop using TensorFlow.", "tensorflow", false},
      {"I can't imagine working without Git.", "git", false},
      {"I wasn't just using Docker, I was building the images.", "docker", false},
      {"I'm not exactly a Kubernetes guru, but I run our clusters.", "kubernetes", false},
      {"I am not a Kubernetes user.", "kubernetes", true},
  };
  expect_cases(cases);
}

// Session 12's trigger classes and scope rules, each in a sentence of no set, with near-misses:
// a use given up ("stopped using", "gave up on", "was decommissioned", "no longer in use",
// "Not since 2019"), an inverted denial, an alternative chosen, posting forms ("not the
// focus", "won't be assessed", "are not expected to know"), a post predicate after a joiner,
// a subordinate clause inside a span, a pronoun before an adverb of time; and the affirming
// forms beside them: denied expertise or novicehood ("not a Docker novice") but not denied
// use ("call myself a Kotlin developer"), a denied denial, a preference, a past first
// impression, a denied fear. {sentence, skill, negated}.
TEST(NegationCorpus, GivenUpUsesPostingFormsAndAffirmingDenials) {
  ASSERT_TRUE(rules().ok());
  const std::vector<std::tuple<std::string, std::string, bool>> cases = {
      {"We stopped using Jenkins after the move to GitLab CI.", "jenkins", true},
      {"We stopped using Jenkins after the move to GitLab CI.", "gitlab-ci", false},
      {"I never stopped using Git.", "git", false},
      {"She gave up on Angular two years ago.", "angular", true},
      {"We got rid of Hadoop last year.", "hadoop", true},
      {"Never have I deployed Kubernetes in production.", "kubernetes", true},
      {"Nothing was built with Java on this team.", "java", true},
      {"Nothing beats Python for glue code.", "python", false},
      {"Kafka? Not anymore.", "apache-kafka", true},
      {"Docker? Not since 2019.", "docker", true},
      {"Go (no longer used)", "go", true},
      {"MySQL is no longer in use.", "mysql", true},
      {"We chose Vue.js as opposed to React.", "react", true},
      {"We chose Vue.js as opposed to React.", "vuejs", false},
      {"Kotlin is not the focus of this team.", "kotlin", true},
      {"Terraform won't be assessed during the interview.", "terraform", true},
      {"Candidates are not expected to know Scala.", "scala", true},
      {"You are not required to know Kafka.", "apache-kafka", true},
      {"No one is expected to know Rust on day one.", "rust", true},
      {"Kafka runs our event bus and is not required for this role.", "apache-kafka", true},
      {"Docker was retired last year.", "docker", true},
      {"I have no Scala on my CV because I never learned it.", "scala", true},
      {"Used Perl until 2012 and have not touched it since.", "perl", true},
      {"I would not call myself a Kotlin developer.", "kotlin", true},
      {"I would not call myself a Kotlin expert.", "kotlin", false},
      {"Not a Docker novice: I wrote the base images.", "docker", false},
      {"I have never been afraid of Bash.", "bash", false},
      {"It's not that I don't like Ruby; I just use Go.", "ruby", false},
      {"I can't say I haven't enjoyed Scala.", "scala", false},
      {"Terraform is not a tool I would recommend, but I use it daily.", "terraform", false},
      {"Terraform is not a tool I have used.", "terraform", true},
      {"Jira was new to me in 2018 and now I administer it.", "jira", false},
      {"Jira is new to me.", "jira", true},
      {"Excel is not something we could drop.", "excel", false},
      {"Excel is not something we use.", "excel", true},
      {"I haven't seen a Kafka outage I couldn't fix.", "apache-kafka", false},
  };
  expect_cases(cases);
}

// Session 14's trigger classes, each in a sentence of no set, with near-misses: a move off a
// tool, a retirement said with its subject, a wish to learn, a licence not renewed, a note
// that its use ended, "the wish list", "not part of the interview", what replaced it as a
// termination, a pronoun after an indefinite object or inside the trigger. {sentence, skill,
// negated}.
TEST(NegationCorpus, MovesOffRetirementsWishesToLearnAndEndedUses) {
  ASSERT_TRUE(rules().ok());
  const std::vector<std::tuple<std::string, std::string, bool>> cases = {
      {"We moved away from MySQL towards PostgreSQL.", "mysql", true},
      {"We moved away from MySQL towards PostgreSQL.", "postgresql", false},
      {"Migrated all builds off Jenkins in favour of GitHub Actions.", "jenkins", true},
      {"Migrated all builds off Jenkins in favour of GitHub Actions.", "github-actions", false},
      {"We have not migrated off Jenkins.", "jenkins", false},
      {"Last year we decommissioned Hadoop.", "hadoop", true},
      {"I'd like to learn Haskell.", "haskell", true},
      {"I would love to learn more about how you run Kafka.", "apache-kafka", false},
      {"Our Jira licences were not renewed this year.", "jira", true},
      {"Perl (retired in 2019)", "perl", true},
      {"Perl (since 2019)", "perl", false},
      {"Terraform is still on the wish list.", "terraform", true},
      {"Not part of the interview: GraphQL.", "graphql", true},
      {"The team no longer has Tableau.", "tableau", true},
      {"I find Elixir interesting but have never done much with it.", "elixir", true},
      {"Docker belonged to ops and I never touched it.", "docker", true},
      {"Moved the reports to Python, and SAS is no longer installed.", "python", false},
      {"Moved the reports to Python, and SAS is no longer installed.", "sas", true},
      {"I know every listed language other than PHP.", "php", true},
      {"All stores are relational, except MongoDB.", "mongodb", true},
      {"I never used all of those tools, except Excel.", "excel", false},
      {"No tools other than Excel.", "excel", false},
      {"Switched our builds off Jenkins to GitHub Actions.", "github-actions", false},
      {"Java is no longer something we hire for.", "java", true},
  };
  expect_cases(cases);
}

// What a posting says is not asked never reaches its requirements, what it calls a plus is
// preferred, what it requires is required: with the built-in rules, through the extractor to
// analyze_posting, which scoring reads.
TEST(NegationCorpus, APostingsNotAskedAndOptionalSkillsReachItsRequirementsSo) {
  ASSERT_TRUE(rules().ok());
  const auto extractor = Extractor::compile(rules().taxonomy);
  ASSERT_TRUE(extractor.ok());
  Document posting;
  posting.kind = DocumentKind::kPosting;
  posting.text =
      "Data Engineer\n\nRequirements\n- Python is required.\n- Kafka experience is not necessary.\n"
      "- Terraform knowledge is not expected.\n- No need to know Scala.\n- SAS is no longer required.\n"
      "- Kubernetes is required, not optional.\n- Go is a plus.\n- AWS certification is a bonus.\n"
      "- Snowflake is nice to have.\n- Java is not a prerequisite.\n- Rust experience not required.\n"
      "- GraphQL is optional and will not be assessed.\n- You are not expected to know Elixir.\n";
  posting.sections = detect_sections(posting.text, rules().taxonomy.sections);
  const auto extraction = extractor.value().extract(posting);
  ASSERT_TRUE(extraction.ok());
  const PostingRequirements asked = analyze_posting(posting, extraction.value());
  const auto level = [&](const std::string& skill) -> std::string {
    for (const auto& requirement : asked.skills) {
      if (rules().taxonomy.skills[requirement.skill].id != skill) continue;
      return requirement.level == RequirementLevel::kRequired ? "required" : "preferred";
    }
    return "not asked";
  };
  EXPECT_EQ(level("python"), "required");
  EXPECT_EQ(level("kubernetes"), "required");
  for (const char* skill : {"apache-kafka", "terraform", "scala", "sas", "java", "rust", "graphql", "elixir"}) {
    EXPECT_EQ(level(skill), "not asked") << skill;
  }
  for (const char* skill : {"go", "aws", "snowflake"}) EXPECT_EQ(level(skill), "preferred") << skill;
}

}  // namespace
}  // namespace skillmatch
