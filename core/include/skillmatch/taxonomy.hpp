// The skills and role profiles skillmatch knows, as loaded from rules/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <skillmatch/sections.hpp>

namespace skillmatch {

// One way a document may name a skill.
struct Alias {
  std::string text;             // a literal, or an RE2 pattern when is_pattern
  bool is_pattern = false;
  bool case_sensitive = false;
  bool ambiguous = false;       // an ordinary word: kept only with supporting context
};

// What supports or rules out an ambiguous alias near a mention; RE2 fragments.
struct ContextRule {
  std::vector<std::string> cues;
  std::vector<std::string> forbid;
};

struct Skill {
  std::string id;
  std::string name;
  std::string category;  // "Top / Sub", " / " between levels
  std::string kind;
  std::vector<Alias> aliases;
  std::vector<std::string> implies;
  ContextRule context;
  std::string origin;  // "file:line" where it was defined, for messages
};

enum class RequirementLevel { kRequired, kPreferred };
enum class GroupMode { kAllOf, kAnyOf };

struct RequirementGroup {
  std::string name;
  RequirementLevel level = RequirementLevel::kRequired;
  GroupMode mode = GroupMode::kAllOf;
  int min = 1;  // any-of: how many members are enough
  double weight = 1.0;
  std::vector<std::string> skills;
  std::string shared_from;  // id of the shared group set it came from, if any
};

struct Role {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::string summary;
  std::string seed;
  std::vector<std::string> includes;
  std::vector<RequirementGroup> groups;  // shared groups already merged in
  std::string origin;
};

// Negation detection settings (rules/extraction.json).
struct NegationRule {
  std::vector<std::string> cues;
  std::vector<std::string> clause_breaks;
  std::size_t window = 60;
};

class Taxonomy {
 public:
  std::vector<Skill> skills;
  std::vector<Role> roles;
  SectionVocabulary sections;
  NegationRule negation;
  std::size_t context_window = 60;

  // Index of the skill or role with this id; nullopt when unknown. Call reindex() after edits.
  std::optional<std::size_t> skill_index(const std::string& id) const;
  std::optional<std::size_t> role_index(const std::string& id) const;
  void reindex();

 private:
  std::unordered_map<std::string, std::size_t> skill_by_id_;
  std::unordered_map<std::string, std::size_t> role_by_id_;
};

}  // namespace skillmatch
