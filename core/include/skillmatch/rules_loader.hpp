// Reads rules/ folders (skills, roles, section headings, extraction settings) and checks them.
#pragma once

#include <filesystem>
#include <vector>

#include <skillmatch/result.hpp>
#include <skillmatch/taxonomy.hpp>

namespace skillmatch {

struct RulesLoad {
  Taxonomy taxonomy;
  std::vector<Error> problems;  // subject "file:line", message names the skill or role
  std::string fingerprint;      // hex hash of every rules file read (name and content), in order
  bool ok() const { return problems.empty(); }
};

// Loads each folder in order; a later folder adds skills and roles or replaces those with
// the same id. Every problem found is reported, not only the first.
RulesLoad load_rules(const std::vector<std::filesystem::path>& folders);

}  // namespace skillmatch
