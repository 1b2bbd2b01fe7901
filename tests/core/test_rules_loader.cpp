#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <skillmatch/extractor.hpp>
#include <skillmatch/rules_loader.hpp>
#include "scratch_dir.hpp"

namespace skillmatch {
namespace {

namespace fs = std::filesystem;

// A rules folder made of the given files (relative path -> content), fresh per test.
fs::path rules_folder(const std::string& name, const std::map<std::string, std::string>& files) {
  const fs::path root = skillmatch::testing::test_tmp() / ("skillmatch-rules-" + name);
  fs::remove_all(root);
  for (const auto& [path, content] : files) {
    fs::create_directories((root / path).parent_path());
    std::ofstream(root / path) << content;
  }
  return root;
}

std::string problems_of(const RulesLoad& load) {
  std::string out;
  for (const auto& p : load.problems) out += p.to_string() + "\n";
  return out;
}

const char* kTwoSkills = R"({"skills": [
  {"id": "python", "name": "Python", "category": "Programming", "kind": "language", "aliases": ["Python"]},
  {"id": "docker", "name": "Docker", "category": "Cloud", "kind": "tool", "aliases": ["Docker"]}
]})";

TEST(RulesLoader, LoadsSkillsWithCommentsAndSortsById) {
  const auto load = load_rules({rules_folder("ok", {{"skills/a.json", std::string("// comment\n") + kTwoSkills}})});
  ASSERT_TRUE(load.ok()) << problems_of(load);
  ASSERT_EQ(load.taxonomy.skills.size(), 2u);
  EXPECT_EQ(load.taxonomy.skills[0].id, "docker");
  EXPECT_EQ(*load.taxonomy.skill_index("python"), 1u);
}

TEST(RulesLoader, ReadsEscoAndOnetCodesAndRejectsCodesThatAreNotStrings) {
  const auto load = load_rules({rules_folder("codes", {{"skills/a.json", R"({"skills": [
    {"id": "okta", "name": "Okta", "category": "P", "kind": "platform", "aliases": ["Okta"],
     "esco": "http://data.europa.eu/esco/skill/x", "onet": "43233201"},
    {"id": "jax", "name": "JAX", "category": "P", "kind": "library", "aliases": ["JAX"]}]})"}})});
  ASSERT_TRUE(load.ok()) << problems_of(load);
  const Skill& okta = load.taxonomy.skills[*load.taxonomy.skill_index("okta")];
  EXPECT_EQ(okta.esco, "http://data.europa.eu/esco/skill/x");
  EXPECT_EQ(okta.onet, "43233201");
  EXPECT_TRUE(load.taxonomy.skills[*load.taxonomy.skill_index("jax")].esco.empty());
  const auto bad = load_rules({rules_folder("bad-codes", {{"skills/a.json", R"({"skills": [
    {"id": "okta", "name": "Okta", "category": "P", "kind": "platform", "aliases": ["Okta"], "onet": 43233201}]})"}})});
  EXPECT_NE(problems_of(bad).find("okta: \"onet\" must be a string"), std::string::npos) << problems_of(bad);
}

TEST(RulesLoader, BothSkillsReadersReadCuePhrases) {
  const char* skill = R"({"id": "go", "name": "Go", "category": "P", "kind": "language", "aliases": ["Golang"],
     "context": {"cue_phrases": ["go module*", "gopher"]}})";
  // A sound file is read in one pass; one with a problem (an unknown kind) as a tree.
  for (const char* other : {R"({"id": "b", "name": "B", "category": "P", "kind": "tool", "aliases": ["Bb"]})",
                            R"({"id": "b", "name": "B", "category": "P", "kind": "toool", "aliases": ["Bb"]})"}) {
    const auto load = load_rules({rules_folder("cue-phrases", {{"skills/a.json",
                                                                 std::string(R"({"skills": [)") + skill + ", " + other + "]}"}})});
    const auto go = load.taxonomy.skill_index("go");
    ASSERT_TRUE(go.has_value()) << problems_of(load);
    EXPECT_EQ(load.taxonomy.skills[*go].context.cue_phrases, (std::vector<std::string>{"go module*", "gopher"})) << other;
  }
}

TEST(RulesLoader, InvalidJsonNamesFileAndLine) {
  const auto load = load_rules({rules_folder("badjson", {{"skills/a.json", "{\n\"skills\": [\n,\n]}"}})});
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_NE(load.problems[0].subject.find("a.json:3"), std::string::npos) << problems_of(load);
  EXPECT_NE(load.problems[0].message.find("invalid JSON"), std::string::npos);
}

// fuzz_rules found it: a number too large for a double is no parse_error but an
// out_of_range from nlohmann::json, and it escaped the loader (std::terminate).
TEST(RulesLoader, ANumberTooLargeIsInvalidJsonNamingFileAndLine) {
  const auto load = load_rules({rules_folder("overflow", {{"skills/a.json", "{\n\"skills\": [],\n\"x\": 1e3082\n}"}})});
  ASSERT_EQ(load.problems.size(), 1u) << problems_of(load);
  EXPECT_NE(load.problems[0].subject.find("a.json:3"), std::string::npos) << problems_of(load);
  EXPECT_TRUE(load.problems[0].message.starts_with("invalid JSON: ")) << problems_of(load);
  EXPECT_NE(load.problems[0].message.find("number overflow parsing '1e3082'"), std::string::npos) << problems_of(load);
}

TEST(RulesLoader, AnAliasClaimedByTwoSkillsIsAProblem) {
  const auto load = load_rules({rules_folder("dup-alias", {{"skills/a.json", R"({"skills": [
    {"id": "go", "name": "Go", "category": "P", "kind": "language", "aliases": ["Golang"]},
    {"id": "golang2", "name": "Go2", "category": "P", "kind": "language", "aliases": ["golang"]}]})"}})});
  EXPECT_NE(problems_of(load).find("alias 'golang' is also claimed by skill 'go'"), std::string::npos) << problems_of(load);
}

TEST(RulesLoader, DuplicateIdInOneFileIsAProblem) {
  const auto load = load_rules({rules_folder("dup-id", {{"skills/a.json", R"({"skills": [
    {"id": "go", "name": "Go", "category": "P", "kind": "language", "aliases": ["Golang"]},
    {"id": "go", "name": "Go", "category": "P", "kind": "language", "aliases": ["Go lang"]}]})"}})});
  EXPECT_NE(problems_of(load).find("skill 'go': defined twice in this file"), std::string::npos) << problems_of(load);
}

TEST(RulesLoader, KindForbidIsReadAndAnUnknownKindIsAProblem) {
  const auto good = load_rules({rules_folder("kind-forbid", {{"skills/a.json", kTwoSkills},
      {"extraction.json", R"({"kind_forbid": {"kinds": ["concept", "soft-skill"], "sources": ["journal"]}})"}})});
  ASSERT_TRUE(good.ok()) << problems_of(good);
  EXPECT_EQ(good.taxonomy.kind_forbid.kinds, (std::vector<std::string>{"concept", "soft-skill"}));
  EXPECT_EQ(good.taxonomy.kind_forbid.words.at("sources"), std::vector<std::string>{"journal"});
  const auto bad = load_rules({rules_folder("kind-forbid-bad", {{"skills/a.json", kTwoSkills},
      {"extraction.json", R"({"kind_forbid": {"kinds": ["gadget"]}})"}})});
  EXPECT_NE(problems_of(bad).find("kind_forbid: unknown kind 'gadget'"), std::string::npos) << problems_of(bad);
}

TEST(RulesLoader, ShortAcronymsAreReadAndAnUnknownKindOrAZeroCountIsAProblem) {
  const auto good = load_rules({rules_folder("short-acronyms", {{"skills/a.json", kTwoSkills},
      {"extraction.json", R"({"short_acronyms": {"max_length": 3, "min_document_skills": 2, "veto": 0.1, "evidence_kinds": ["tool"]}})"}})});
  ASSERT_TRUE(good.ok()) << problems_of(good);
  EXPECT_EQ(good.taxonomy.short_acronyms.max_length, 3u);
  EXPECT_EQ(good.taxonomy.short_acronyms.min_document_skills, 2u);
  EXPECT_EQ(good.taxonomy.short_acronyms.evidence_kinds, std::vector<std::string>{"tool"});
  EXPECT_DOUBLE_EQ(good.taxonomy.short_acronyms.veto, 0.1);
  const auto bad = load_rules({rules_folder("short-acronyms-bad", {{"skills/a.json", kTwoSkills},
      {"extraction.json", R"({"short_acronyms": {"max_length": 3, "min_document_skills": 0, "veto": 1.5, "evidence_kinds": ["gadget"]}})"}})});
  EXPECT_NE(problems_of(bad).find("short_acronyms: unknown kind 'gadget'"), std::string::npos) << problems_of(bad);
  EXPECT_NE(problems_of(bad).find("min_document_skills must be at least 1"), std::string::npos) << problems_of(bad);
  EXPECT_NE(problems_of(bad).find("veto must be at least 0 and below 1"), std::string::npos) << problems_of(bad);
}

TEST(RulesLoader, CompanyNameSuffixesAreReadAndOneThatIsNoWordIsAProblem) {
  const auto good = load_rules({rules_folder("company-names", {{"skills/a.json", kTwoSkills},
      {"extraction.json", R"({"company_names": {"max_words_between": 1, "suffixes": ["Inc", "S.A."]}})"}})});
  ASSERT_TRUE(good.ok()) << problems_of(good);
  EXPECT_EQ(good.taxonomy.company_names.suffixes, (std::vector<std::string>{"Inc", "S.A."}));
  EXPECT_EQ(good.taxonomy.company_names.max_words_between, 1u);
  const auto bad = load_rules({rules_folder("company-names-bad", {{"skills/a.json", kTwoSkills},
      {"extraction.json", R"({"company_names": {"suffixes": ["Pty Ltd", ""]}})"}})});
  EXPECT_NE(problems_of(bad).find("company_names: suffix 'Pty Ltd' is not one word"), std::string::npos) << problems_of(bad);
  EXPECT_NE(problems_of(bad).find("company_names: suffix '' is not one word"), std::string::npos) << problems_of(bad);
}

// The classifier's word lists are checked as they load, so `rules check` names a bad entry; the
// RE2 patterns they replaced are refused rather than silently ignored.
TEST(RulesLoader, KindForbidWordListsAreCheckedAndOldPatternsRefused) {
  const auto load = load_rules({rules_folder("kind-forbid-words", {{"skills/a.json", kTwoSkills},
      {"extraction.json", R"({"kind_forbid": {"kinds": ["concept"], "forbid": ["journal of"],
        "sources": ["Journal"], "name_ends": ["Award Winner"], "events": ["summer  school"], "publishers": ["Press!"]}})"}})});
  const std::string problems = problems_of(load);
  EXPECT_NE(problems.find("\"forbid\" patterns are no longer read"), std::string::npos) << problems;
  EXPECT_NE(problems.find("kind_forbid.sources: 'Journal' must be lower case"), std::string::npos) << problems;
  EXPECT_NE(problems.find("kind_forbid.name_ends: 'Award Winner' must be one word"), std::string::npos) << problems;
  EXPECT_NE(problems.find("kind_forbid.events: 'summer  school': words must be separated by single spaces"),
            std::string::npos) << problems;
  EXPECT_NE(problems.find("kind_forbid.publishers: 'Press!' holds '!'"), std::string::npos) << problems;
}

TEST(RulesLoader, NegationTriggersAreReadByDirectionAndTheOlderKeysStillLoad) {
  const auto current = load_rules({rules_folder("negation", {{"skills/a.json", kTwoSkills}, {"extraction.json", R"({
  "negation": {"triggers": {"pre": ["no"], "both": ["no experience"]}, "not_asked": {"post": ["not required"]},
               "pseudo": ["not only"], "terminations": ["but"], "pre_terminations": ["and"], "scope_words": 5}})"}})});
  ASSERT_TRUE(current.ok()) << problems_of(current);
  const NegationRule& rule = current.taxonomy.negation;
  EXPECT_EQ(rule.triggers.pre, std::vector<std::string>{"no"});
  EXPECT_EQ(rule.triggers.both, std::vector<std::string>{"no experience"});
  EXPECT_EQ(rule.not_asked.post, std::vector<std::string>{"not required"});
  EXPECT_EQ(rule.pre_terminations, std::vector<std::string>{"and"});
  EXPECT_EQ(rule.scope_words, 5u);
  const auto older = load_rules({rules_folder("negation-older", {{"skills/a.json", kTwoSkills},
      {"extraction.json", R"({"negation": {"cues": ["never"], "clause_breaks": ["however"]}})"}})});
  ASSERT_TRUE(older.ok()) << problems_of(older);
  EXPECT_EQ(older.taxonomy.negation.triggers.pre, std::vector<std::string>{"never"});
  EXPECT_EQ(older.taxonomy.negation.terminations, std::vector<std::string>{"however"});
}

TEST(RulesLoader, ABadNegationEntryNamesItsFileAndLine) {
  const auto load = load_rules({rules_folder("negation-bad", {{"skills/a.json", kTwoSkills}, {"extraction.json", R"({
  "negation": {
    "triggers": {"pre": ["no"],
                 "sideways": ["x"]},
    "pseudo": ["not only",
               "(unclosed"],
    "scope": 3
  }
})"}})});
  const std::string problems = problems_of(load);
  EXPECT_NE(problems.find("extraction.json:4: negation.triggers: unknown direction 'sideways'"), std::string::npos) << problems;
  EXPECT_NE(problems.find("extraction.json:6: negation pseudo: RE2 cannot compile '(unclosed'"), std::string::npos) << problems;
  EXPECT_NE(problems.find("extraction.json:7: negation: unknown key 'scope'"), std::string::npos) << problems;
}

// The loader checks a negation fragment's syntax only; the engine refuses one that matches
// the empty string when it compiles the rules, before any document.
TEST(RulesLoader, ANegationFragmentMatchingTheEmptyStringFailsTheEngine) {
  const fs::path folder = rules_folder("negation-empty", {{"skills/a.json", kTwoSkills}, {"extraction.json", R"({
  "negation": {"triggers": {"pre": ["no", "(not)?"]}}
})"}});
  const auto load = load_rules({folder});
  ASSERT_TRUE(load.ok()) << problems_of(load);
  const auto compiled = Extractor::compile(load.taxonomy);
  ASSERT_FALSE(compiled.ok());
  EXPECT_NE(compiled.error().to_string().find("extraction.json:2: negation: pattern '(not)?' matches the empty string"),
            std::string::npos) << compiled.error().to_string();
}

// Regression (fuzz_rules): a role group whose "name" was an array aborted the process
// with nlohmann's type_error; a member of the wrong type is now a problem naming the file.
TEST(RulesLoader, AMemberOfTheWrongTypeIsAProblemNotACrash) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"roles/r.json", R"({"id": "r", "name": "R", "groups": [{"name": ["x"], "skills": ["python"]}]})"},
      {"roles/r.json", R"({"id": "r", "name": "R", "groups": [{"name": "g", "min": "two", "skills": ["python"]}]})"},
      {"skills/b.json", R"({"skills": [{"id": "b", "name": "B", "category": "P", "kind": "tool", "aliases": [{"text": "Bb", "ambiguous": "yes"}]}]})"},
      {"extraction.json", R"({"lists": {"min_items": "three"}})"},
      {"extraction.json", R"({"negation": {"window": [60]}})"}};
  int n = 0;
  for (const auto& [file, text] : cases) {
    const auto load = load_rules({rules_folder("wrong-type-" + std::to_string(n++), {{"skills/a.json", kTwoSkills}, {file, text}})});
    EXPECT_FALSE(load.ok()) << file << ": " << text;
    EXPECT_NE(problems_of(load).find(file + ": a value has the wrong type"), std::string::npos) << problems_of(load);
  }
}

TEST(RulesLoader, UnknownImpliesAndCyclesAreProblems) {
  const auto load = load_rules({rules_folder("implies", {{"skills/a.json", R"({"skills": [
    {"id": "a", "name": "A", "category": "P", "kind": "tool", "aliases": ["Aaa"], "implies": ["b"]},
    {"id": "b", "name": "B", "category": "P", "kind": "tool", "aliases": ["Bbb"], "implies": ["a", "nope"]}]})"}})});
  const std::string problems = problems_of(load);
  EXPECT_NE(problems.find("implies unknown skill 'nope'"), std::string::npos) << problems;
  EXPECT_NE(problems.find("(a cycle)"), std::string::npos) << problems;
}

TEST(RulesLoader, BadRegexesAndAliasesThatCannotMatchAreProblems) {
  const auto load = load_rules({rules_folder("regex", {{"skills/a.json", R"({"skills": [
    {"id": "a", "name": "A", "category": "P", "kind": "tool", "aliases": [{"pattern": "(unclosed"}, " ", "-x"]},
    {"id": "b", "name": "B", "category": "P", "kind": "tool", "aliases": [{"pattern": "x*"}]}]})"}})});
  const std::string problems = problems_of(load);
  EXPECT_NE(problems.find("RE2 cannot compile '(unclosed'"), std::string::npos) << problems;
  EXPECT_NE(problems.find("alias ' ' can never match"), std::string::npos) << problems;
  EXPECT_NE(problems.find("alias '-x' can never match"), std::string::npos) << problems;
  EXPECT_NE(problems.find("matches the empty string"), std::string::npos) << problems;
}

TEST(RulesLoader, MissingFieldsAndBadKindsAreProblems) {
  const auto load = load_rules({rules_folder("fields", {{"skills/a.json", R"({"skills": [
    {"id": "Bad Id", "name": "A", "category": "P", "kind": "gadget", "aliases": []},
    {"id": "ok", "aliases": ["Okay"]}]})"}})});
  const std::string problems = problems_of(load);
  EXPECT_NE(problems.find("id must be lowercase"), std::string::npos) << problems;
  EXPECT_NE(problems.find("unknown kind 'gadget'"), std::string::npos) << problems;
  EXPECT_NE(problems.find("needs a non-empty \"aliases\" array"), std::string::npos) << problems;
  EXPECT_NE(problems.find("ok: missing \"name\""), std::string::npos) << problems;
}

TEST(RulesLoader, RolesResolveSharedGroupsAndCheckSkillIds) {
  const auto load = load_rules({rules_folder("roles", {
      {"skills/a.json", kTwoSkills},
      {"roles/shared/common.json", R"({"id": "common", "groups": [{"name": "Basics", "skills": ["python"]}]})"},
      {"roles/dev.json", R"({"id": "dev", "name": "Developer", "aliases": ["Dev"], "include": ["common"],
         "groups": [{"name": "Cloud", "level": "preferred", "mode": "any-of", "min": 1, "skills": ["docker", "ghost"]}]})"}})});
  EXPECT_NE(problems_of(load).find("group 'Cloud' names unknown skill 'ghost'"), std::string::npos) << problems_of(load);
  const auto role = load.taxonomy.role_index("dev");
  ASSERT_TRUE(role);
  const Role& dev = load.taxonomy.roles[*role];
  ASSERT_EQ(dev.groups.size(), 2u);
  EXPECT_EQ(dev.groups[1].name, "Basics");
  EXPECT_EQ(dev.groups[1].shared_from, "common");
  EXPECT_EQ(dev.groups[0].level, RequirementLevel::kPreferred);
  EXPECT_EQ(dev.groups[0].mode, GroupMode::kAnyOf);
}

TEST(RulesLoader, AnyOfMinMustFitTheGroup) {
  const auto load = load_rules({rules_folder("min", {
      {"skills/a.json", kTwoSkills},
      {"roles/dev.json", R"({"id": "dev", "name": "Dev", "groups": [{"name": "G", "mode": "any-of", "min": 3, "skills": ["python"]}]})"}})});
  EXPECT_NE(problems_of(load).find("min must be between 1 and the number of skills"), std::string::npos);
}

TEST(RulesLoader, AnOverlayReplacesASkillByIdAndAddsNewOnes) {
  const fs::path base = rules_folder("base", {{"skills/a.json", kTwoSkills}});
  const fs::path overlay = rules_folder("overlay", {{"skills/mine.json", R"({"skills": [
    {"id": "docker", "name": "Docker Engine", "category": "Cloud", "kind": "tool", "aliases": ["Docker", "Moby"]},
    {"id": "house-style", "name": "House style", "category": "Mine", "kind": "practice", "aliases": ["house style"]}]})"}});
  const auto load = load_rules({base, overlay});
  ASSERT_TRUE(load.ok()) << problems_of(load);
  EXPECT_EQ(load.taxonomy.skills.size(), 3u);
  EXPECT_EQ(load.taxonomy.skills[*load.taxonomy.skill_index("docker")].name, "Docker Engine");
}

TEST(RulesLoader, AMissingFolderIsAProblem) {
  const auto load = load_rules({"/nonexistent/skillmatch-rules"});
  EXPECT_NE(problems_of(load).find("not a rules folder"), std::string::npos);
}

// Regression (issue 21): a symlink loop among an overlay's files threw an uncaught
// filesystem_error, which aborted every command. Now one problem names it, and the
// other files still load.
TEST(RulesLoader, ASymlinkLoopIsOneProblemNamingIt) {
  const fs::path root = rules_folder("loop", {{"skills/a.json", kTwoSkills}});
  fs::create_symlink("loop.json", root / "skills" / "loop.json");
  const auto load = load_rules({root});
  ASSERT_EQ(load.problems.size(), 1u) << problems_of(load);
  EXPECT_EQ(load.problems[0].subject, (root / "skills" / "loop.json").string());
  EXPECT_NE(load.problems[0].message.find("Too many levels of symbolic links"), std::string::npos);
  EXPECT_EQ(load.taxonomy.skills.size(), 2u);

  fs::create_symlink("looped", root / "looped");
  const auto looped = load_rules({root / "looped"});
  ASSERT_EQ(looped.problems.size(), 1u) << problems_of(looped);
  EXPECT_NE(looped.problems[0].message.find("not a rules folder (Too many levels of symbolic links)"), std::string::npos);
}

TEST(RulesLoader, TheBuiltInRulesLoadWithoutProblems) {
  const auto load = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  EXPECT_TRUE(load.ok()) << problems_of(load);
  EXPECT_GE(load.taxonomy.skills.size(), 100u);
  EXPECT_FALSE(load.taxonomy.sections.empty());
}

}  // namespace
}  // namespace skillmatch
