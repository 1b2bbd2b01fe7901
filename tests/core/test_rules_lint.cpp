#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <skillmatch/rules_lint.hpp>
#include "scratch_dir.hpp"

namespace skillmatch {
namespace {

namespace fs = std::filesystem;

Skill make_skill(const std::string& id, std::vector<Alias> aliases, std::vector<std::string> implies = {}) {
  Skill skill;
  skill.id = id;
  skill.name = id;
  skill.category = "C";
  skill.kind = "tool";
  skill.aliases = std::move(aliases);
  skill.implies = std::move(implies);
  skill.origin = "skills/x.json:" + std::to_string(id.size());
  return skill;
}

Alias literal(const std::string& text, bool case_sensitive = false) { return Alias{text, false, case_sensitive, false}; }

Taxonomy taxonomy_of(std::vector<Skill> skills) {
  Taxonomy taxonomy;
  taxonomy.skills = std::move(skills);
  taxonomy.reindex();
  return taxonomy;
}

std::string lines_of(const std::vector<Error>& problems) {
  std::string out;
  for (const auto& problem : problems) out += problem.to_string() + "\n";
  return out;
}

// A folder holding the given files (relative path -> content), fresh per test.
fs::path folder_of(const std::string& name, const std::map<std::string, std::string>& files) {
  const fs::path root = skillmatch::testing::test_tmp() / ("skillmatch-lint-" + name);
  fs::remove_all(root);
  for (const auto& [path, content] : files) {
    fs::create_directories((root / path).parent_path());
    std::ofstream(root / path) << content;
  }
  return root;
}

// The loader keeps the last definition of an id: a duplicate in another file of the same
// folder was replaced without a word.
TEST(RulesLint, ASkillIdDefinedInTwoFilesNamesBothPlaces) {
  const fs::path folder = folder_of("dup-id", {{"skills/a.json", "{\"skills\": [\n  {\"id\": \"spark\"}]}"},
                                               {"skills/b.json", "{\"skills\": [\n\n  {\"id\": \"spark\"},\n {\"id\": \"kafka\"}]}"}});
  const auto problems = lint_duplicate_ids(read_rules_sources(folder));
  ASSERT_EQ(problems.size(), 1u) << lines_of(problems);
  EXPECT_EQ(problems[0].to_string(), (folder / "skills/b.json").string() + ":3: skill 'spark': also defined at " +
                                         (folder / "skills/a.json").string() + ":2");
}

// Folded as the locator folds: "Machine  Learning" and "machine-learning" are one alias.
TEST(RulesLint, AnAliasClaimedByTwoSkillsAsTheLocatorFoldsIt) {
  const auto problems = lint_aliases(taxonomy_of({make_skill("ml", {literal("machine-learning")}),
                                                  make_skill("ml2", {literal("Machine  Learning")})}));
  ASSERT_EQ(problems.size(), 1u) << lines_of(problems);
  EXPECT_EQ(problems[0].to_string(), "skills/x.json:3: skill 'ml2': alias 'Machine  Learning' is also claimed by skill 'ml'");
}

TEST(RulesLint, ACaseSensitiveAliasClashesWithACaseInsensitiveOneOnly) {
  const auto clash = lint_aliases(taxonomy_of({make_skill("sas", {literal("SAS", true)}), make_skill("sas2", {literal("sas")})}));
  EXPECT_EQ(clash.size(), 1u) << lines_of(clash);
  const auto apart = lint_aliases(taxonomy_of({make_skill("go", {literal("Go", true)}), make_skill("go2", {literal("GO", true)})}));
  EXPECT_TRUE(apart.empty()) << lines_of(apart);
}

TEST(RulesLint, AnUnknownOrCyclicImplies) {
  const auto problems = lint_implies(taxonomy_of({make_skill("a", {literal("a")}, {"b"}), make_skill("b", {literal("b")}, {"a"}),
                                                  make_skill("c", {literal("c")}, {"ghost"})}));
  const std::string lines = lines_of(problems);
  EXPECT_NE(lines.find("skill 'c': implies unknown skill 'ghost'"), std::string::npos) << lines;
  EXPECT_NE(lines.find("skill 'b': implies 'a', which leads back to it (a cycle)"), std::string::npos) << lines;
  EXPECT_EQ(problems.size(), 2u) << lines;
}

TEST(RulesLint, ARoleNamingAnUnknownSkill) {
  Taxonomy taxonomy = taxonomy_of({make_skill("python", {literal("Python")})});
  Role role;
  role.id = "analyst";
  role.origin = "roles/analyst.json:1";
  role.groups.push_back(RequirementGroup{"Languages", RequirementLevel::kRequired, GroupMode::kAnyOf, 1, 1.0, {"python", "rust"}, ""});
  taxonomy.roles.push_back(role);
  const auto problems = lint_roles(taxonomy);
  ASSERT_EQ(problems.size(), 1u) << lines_of(problems);
  EXPECT_EQ(problems[0].to_string(), "roles/analyst.json:1: role 'analyst': group 'Languages' names unknown skill 'rust'");
}

// Every fragment RE2 rejects is named, not only the first of a list.
// "PLC" is a controller as well as a company's suffix: as a suffix it would drop "Siemens"
// in "Siemens PLC programming".
TEST(RulesLint, ACompanySuffixThatIsAnAlias) {
  Taxonomy taxonomy = taxonomy_of({make_skill("plc", {literal("PLC")}), make_skill("sap", {literal("SAP")})});
  taxonomy.company_names.suffixes = {"Inc", "plc"};
  taxonomy.company_names.origin = "extraction.json:7";
  const std::string problems = lines_of(lint_company_suffixes(taxonomy));
  EXPECT_NE(problems.find("extraction.json:7: company_names: suffix 'plc' is an alias of skill 'plc'"), std::string::npos) << problems;
  EXPECT_EQ(problems.find("'Inc'"), std::string::npos) << problems;
}

TEST(RulesLint, EveryPatternRe2RejectsIsNamed) {
  Skill go = make_skill("go", {literal("golang")});
  go.context = {{"golang", "[bad"}, {"(worse", "go\\s+to"}};
  Taxonomy taxonomy = taxonomy_of({go});
  const std::string lines = lines_of(lint_patterns(taxonomy));
  EXPECT_NE(lines.find("skills/x.json:2: skill 'go' cue: RE2 cannot compile '[bad'"), std::string::npos) << lines;
  EXPECT_NE(lines.find("skills/x.json:2: skill 'go' forbid: RE2 cannot compile '(worse'"), std::string::npos) << lines;
  EXPECT_EQ(lint_patterns(taxonomy).size(), 2u) << lines;
}

TEST(RulesLint, EveryIllFormedForbidPhraseIsNamed) {
  Skill go = make_skill("go", {literal("golang")});
  go.context.forbid_phrases = {"go on", "Go Far", "go  to", "go-live", "go get*", "go*ing", "", "*go", "go _to"};
  const std::string lines = lines_of(lint_patterns(taxonomy_of({go})));
  for (const char* phrase : {"'Go Far'", "'go  to'", "'go*ing'", "''", "'*go'", "'go _to'"}) {
    EXPECT_NE(lines.find(std::string("skills/x.json:2: skill 'go' forbid_phrases: ") + phrase), std::string::npos) << lines;
  }
  EXPECT_EQ(lint_patterns(taxonomy_of({go})).size(), 6u) << lines;
}

TEST(RulesLint, EveryIllFormedCuePhraseIsNamed) {
  Skill go = make_skill("go", {literal("golang")});
  go.context.cue_phrases = {"go module*", "Gopher", "go  routine*", "go*lang"};
  const std::string lines = lines_of(lint_patterns(taxonomy_of({go})));
  for (const char* phrase : {"'Gopher'", "'go  routine*'", "'go*lang'"}) {
    EXPECT_NE(lines.find(std::string("skills/x.json:2: skill 'go' cue_phrases: ") + phrase), std::string::npos) << lines;
  }
  EXPECT_EQ(lint_patterns(taxonomy_of({go})).size(), 3u) << lines;
}

std::vector<Error> boundary_problems(std::vector<std::string> forbid) {
  Skill skill = make_skill("apache-airflow", {literal("Airflow")});
  skill.context.forbid = std::move(forbid);
  return lint_forbid_boundaries(taxonomy_of({skill}));
}

// The bug of issue 16: "ducts?" matched inside "production", so "Apache Airflow in
// production" lost Airflow.
TEST(RulesLint, AForbidPatternThatCanEndInsideAWord) {
  const auto problems = boundary_problems({"\\bairflow[^.\\n]{0,40}(hvac|ventilation|ducts?|cooling)"});
  ASSERT_EQ(problems.size(), 1u) << lines_of(problems);
  EXPECT_NE(problems[0].message.find("can end inside a word (it matches 'airflowhvac' in 'airflowhvacx'"), std::string::npos)
      << problems[0].message;
  EXPECT_TRUE(boundary_problems({"\\bairflow[^.\\n]{0,40}(hvac|ventilation|ducts?|cooling)\\b"}).empty());
}

// "(the|a)\s+spark" matched "a Spark" inside "Java Spark".
TEST(RulesLint, AForbidPatternThatCanStartInsideAWord) {
  const auto problems = boundary_problems({"(the|a)\\s+spark\\b"});
  ASSERT_EQ(problems.size(), 1u) << lines_of(problems);
  EXPECT_NE(problems[0].message.find("can start inside a word (it matches in 'xthe spark'"), std::string::npos) << problems[0].message;
  EXPECT_TRUE(boundary_problems({"\\b(the|a)\\s+spark\\b"}).empty());
}

// A stem, a run of the line, a number or punctuation at an edge is not a word cut in two.
TEST(RulesLint, StemsRunsNumbersAndPunctuationAtTheEdgesAreFine) {
  const auto problems = boundary_problems({"\\bbootstrap\\s+(sampl|estimat)\\w*", "[^\\n]*?\\bvol\\.\\s*\\d", "\\br\\s*=\\s*[-\\d.]",
                                           "\\d+\\s*°?\\s*c\\b", "\\(eds?\\.?\\)", "\\bteams?(\\s+[^b\\s]\\w*|[^\\w\\s]|$)"});
  EXPECT_TRUE(problems.empty()) << lines_of(problems);
}

// Whatever RE2 accepts is read: named groups, \x{...}, Unicode classes, flags, counted runs.
TEST(RulesLint, LessCommonSyntaxIsReadToo) {
  const auto problems = boundary_problems({"\\b(?P<word>caf\\x{e9})\\b", "\\b\\pL{2,3}\\s+(?i:ducts?)\\b", "[[:alpha:]]+\\s+duct",
                                           "\\bduct\\x41"});
  ASSERT_EQ(problems.size(), 2u) << lines_of(problems);
  EXPECT_NE(problems[0].message.find("'[[:alpha:]]+\\s+duct' can end inside a word"), std::string::npos) << problems[0].message;
  EXPECT_NE(problems[1].message.find("'\\bduct\\x41' can end inside a word (it matches 'ductA'"), std::string::npos) << problems[1].message;
}

TEST(RulesLint, ASeedTermNoSkillCovers) {
  Skill go = make_skill("go", {Alias{"Go", false, true, true}});
  go.context.cues = {"golang"};
  const Taxonomy taxonomy = taxonomy_of({go, make_skill("docker", {literal("Docker")})});
  const auto extractor = Extractor::compile(taxonomy);
  ASSERT_TRUE(extractor) << extractor.error().to_string();
  RulesSources sources;
  sources.coverage = {{"coverage.tsv:2", "Go", "go"},            // ambiguous, but a seed term is a skill's name
                      {"coverage.tsv:3", "Docker", "docker"},
                      {"coverage.tsv:4", "Podman", ""},
                      {"coverage.tsv:5", "Kubernetes", "kubernetes"},
                      {"coverage.tsv:6", "Docker Swarm mode", "go"}};
  const auto problems = lint_coverage(extractor.value(), sources);
  EXPECT_EQ(lines_of(problems), "coverage.tsv:4: seed term 'Podman': no skill covers it\n"
                                "coverage.tsv:5: seed term 'Kubernetes': unknown skill 'kubernetes'\n"
                                "coverage.tsv:6: seed term 'Docker Swarm mode': extraction does not find skill 'go' in it\n");
}

TEST(RulesLint, CoverageRowsNameTheirLine) {
  const fs::path folder = folder_of("coverage", {{"coverage.tsv", "seed_file\tterm\tskill_id\n000.txt\tDocker\tdocker\r\n001.txt\tPodman\t\n"}});
  const auto sources = read_rules_sources(folder);
  ASSERT_EQ(sources.coverage.size(), 2u);
  EXPECT_EQ(sources.coverage[0].skill, "docker");  // a CRLF line end is not part of the id
  EXPECT_EQ(sources.coverage[1].origin, (folder / "coverage.tsv").string() + ":3");
  EXPECT_EQ(sources.coverage[1].term, "Podman");
  EXPECT_EQ(sources.coverage[1].skill, "");
}

}  // namespace
}  // namespace skillmatch
