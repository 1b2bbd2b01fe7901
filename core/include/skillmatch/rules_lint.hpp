// Lints a rules folder for what a person editing it by hand gets wrong and loading alone
// does not catch: ids and aliases claimed twice, implies and roles naming what is not there,
// patterns RE2 rejects or that match inside words, seed terms no skill covers. Each problem
// is one Error whose subject is "file:line".
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <skillmatch/extractor.hpp>
#include <skillmatch/result.hpp>
#include <skillmatch/taxonomy.hpp>

namespace skillmatch {

// A skill as a rules file defines it. The loaded taxonomy keeps only the last definition
// of an id, so a duplicate is seen only here.
struct SkillDefinition {
  std::string id;
  std::string origin;  // "file:line"
};

// A row of coverage.tsv: a term of a seed document and the skill that must cover it.
struct CoverageTerm {
  std::string origin;  // "file:line"
  std::string term;
  std::string skill;   // empty: no skill covers it
};

// Where the items of one rules folder came from.
struct RulesSources {
  std::vector<SkillDefinition> definitions;  // every skills/*.json entry, in file order
  std::vector<CoverageTerm> coverage;        // empty when the folder has no coverage.tsv
};

RulesSources read_rules_sources(const std::filesystem::path& folder);

// A skill id defined twice in one folder (a later folder replacing an id is an overlay).
std::vector<Error> lint_duplicate_ids(const RulesSources& sources);
// A literal alias, folded as the alias locator folds it, claimed by two skills.
std::vector<Error> lint_aliases(const Taxonomy& taxonomy);
// An implies naming an unknown skill, or leading back to its skill.
std::vector<Error> lint_implies(const Taxonomy& taxonomy);
// A role's group naming an unknown skill.
std::vector<Error> lint_roles(const Taxonomy& taxonomy);
// A cue or forbid fragment RE2 rejects, each one named.
std::vector<Error> lint_patterns(const Taxonomy& taxonomy);
// A skill's forbid fragment whose match can start or end inside a word ("ducts?" matches
// inside "production", and "Apache Airflow in production" lost Airflow).
std::vector<Error> lint_forbid_boundaries(const Taxonomy& taxonomy);
// A posting zone (sections.json "zones") that is neither "job" nor a section extraction.json
// "posting_ignored_sections" names: its sentences would be cut out and still ask for skills.
std::vector<Error> lint_zones(const Taxonomy& taxonomy);
// A company_names suffix that is also a literal alias of a skill ("PLC"): that skill's mentions
// after a name would be read as the end of a company's name.
std::vector<Error> lint_company_suffixes(const Taxonomy& taxonomy);
// Every check above, over a taxonomy and the sources of each folder it was loaded from.
std::vector<Error> lint_taxonomy(const Taxonomy& taxonomy, const std::vector<RulesSources>& sources);
// A seed term whose skill is missing or unknown, or in which extraction does not find it.
std::vector<Error> lint_coverage(const Extractor& extractor, const RulesSources& sources);

}  // namespace skillmatch
