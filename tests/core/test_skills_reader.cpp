// The one-pass reader of skills files (core/src/skills_reader.hpp): it reads what the tree
// reader reads, and gives up (nullopt) on everything the tree reader would report.
#include <gtest/gtest.h>

#include "skills_reader.hpp"

namespace skillmatch::detail {
namespace {

TEST(SkillsReader, ReadsEveryMemberAndSkipsUnknownOnesWhateverTheyHold) {
  const auto skills = read_skills(R"(// a comment
{"note": {"a": [1, {"b": null}]}, "skills": [
  {"id": "go", "name": "Go", "category": "P / L", "kind": "language", "esco": "http://e/go", "onet": "Go",
   "owner": [{"x": true}], "implies": ["programming"],
   "aliases": ["Golang", {"text": "Go", "case": "sensitive", "ambiguous": true, "mostly_skill": true, "note": 1},
               {"pattern": "go\\s*lang", "text": "ignored"}],
   "context": {"cues": ["golang"], "forbid": ["go\\s+to"], "forbid_phrases": ["go on", "go far"],
               "cue_phrases": ["go module*", "gopher"], "note": {"y": []}}},
  {"id": "sql", "name": "SQL", "category": "P", "kind": "", "aliases": [{"text": "SQL", "mostly_skill": true}]}
], "trailer": 3})");
  ASSERT_TRUE(skills.has_value());
  ASSERT_EQ(skills->size(), 2u);
  const Skill& go = (*skills)[0];
  EXPECT_EQ(go.id, "go");
  EXPECT_EQ(go.category, "P / L");
  EXPECT_EQ(go.esco, "http://e/go");
  EXPECT_EQ(go.onet, "Go");
  EXPECT_EQ(go.implies, std::vector<std::string>{"programming"});
  ASSERT_EQ(go.aliases.size(), 3u);
  EXPECT_EQ(go.aliases[0].text, "Golang");
  EXPECT_FALSE(go.aliases[0].case_sensitive);
  EXPECT_TRUE(go.aliases[1].case_sensitive && go.aliases[1].ambiguous && go.aliases[1].mostly_skill);
  EXPECT_TRUE(go.aliases[2].is_pattern);
  EXPECT_EQ(go.aliases[2].text, "go\\s*lang");  // a pattern wins over a text, as in the tree reader
  EXPECT_EQ(go.context.cues, std::vector<std::string>{"golang"});
  EXPECT_EQ(go.context.forbid, std::vector<std::string>{"go\\s+to"});
  EXPECT_EQ(go.context.forbid_phrases, (std::vector<std::string>{"go on", "go far"}));
  EXPECT_EQ(go.context.cue_phrases, (std::vector<std::string>{"go module*", "gopher"}));
  EXPECT_FALSE((*skills)[1].aliases[0].mostly_skill);  // only an ambiguous alias is mostly a skill
}

TEST(SkillsReader, GivesUpOnWhatTheTreeReaderReportsAsAProblem) {
  const char* const skill = R"("name": "A", "category": "C", "kind": "tool")";
  for (const std::string& text : std::vector<std::string>{
           std::string(R"([1])"),                                       // not an object
           std::string(R"({"other": []})"),                             // no skills array
           std::string(R"({"skills": {}})"),                            // skills not an array
           std::string(R"({"skills": [1]})"),                           // a skill not an object
           R"({"skills": [{"id": 7, )" + std::string(skill) + R"(, "aliases": ["A"]}]})",
           std::string(R"({"skills": [{"id": "a", "name": null, "category": "C", "kind": "tool", "aliases": ["A"]}]})"),
           std::string(R"({"skills": [{"id": "a", "category": "C", "kind": "tool", "aliases": ["A"]}]})"),
           R"({"skills": [{"id": "a", )" + std::string(skill) + R"(, "aliases": []}]})",
           R"({"skills": [{"id": "a", )" + std::string(skill) + R"(, "aliases": [{"case": "sensitive"}]}]})",
           R"({"skills": [{"id": "a", )" + std::string(skill) + R"(, "aliases": [{"text": "A", "ambiguous": "yes"}]}]})",
           R"({"skills": [{"id": "a", )" + std::string(skill) + R"(, "aliases": ["A"], "implies": [2]}]})",
           R"({"skills": [{"id": "a", )" + std::string(skill) + R"(, "aliases": ["A"], "context": ["x"]}]})",
           R"({"skills": [{"id": "a", )" + std::string(skill) + R"(, "aliases": ["A"]},]})",  // invalid JSON
       }) {
    EXPECT_FALSE(read_skills(text).has_value()) << text;
  }
}

// The tree reader takes the last of duplicate keys; the events reader appended a second
// "aliases" array to the first, so one file read two ways. Such a file is the tree reader's now.
TEST(SkillsReader, LeavesDuplicateKeysToTheTreeReader) {
  const char* const skill = R"("name": "A", "category": "C", "kind": "tool")";
  for (const std::string& text : std::vector<std::string>{
           R"({"skills": [{"id": "a", )" + std::string(skill) + R"(, "aliases": ["A"], "aliases": ["B"]}]})",
           R"({"skills": [{"id": "a", )" + std::string(skill) + R"(, "aliases": ["A"]}], "skills": []})",
           R"({"skills": [{"id": "a", "id": "b", )" + std::string(skill) + R"(, "aliases": ["A"]}]})",
           R"({"skills": [{"id": "a", )" + std::string(skill) + R"(, "aliases": [{"text": "A", "text": "B"}]}]})",
           R"({"skills": [{"id": "a", )" + std::string(skill) + R"(, "aliases": ["A"], "context": {"cues": [], "cues": ["x"]}}]})",
       }) {
    EXPECT_FALSE(read_skills(text).has_value()) << text;
  }
  // A duplicate of a member it does not read changes nothing.
  const auto read = read_skills(R"({"note": 1, "note": 2, "skills": [{"id": "a", )" + std::string(skill) +
                                R"(, "x": 1, "x": [], "aliases": ["A"]}]})");
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->at(0).aliases.at(0).text, "A");
}

}  // namespace
}  // namespace skillmatch::detail
