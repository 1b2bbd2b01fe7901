// What `skillmatch match` and `skillmatch audit` print as JSON, from the binding.
#pragma once

#include <string>
#include <vector>

#include <skillmatch/dates.hpp>
#include <skillmatch/engine.hpp>

namespace skillmatch::python {

// The role with this id; std::invalid_argument naming the closest ids when there is none.
const Role& role_by_id(const Taxonomy& taxonomy, const std::string& id);

// A report and the problems met beside it (postings that could not be read).
struct ReportText {
  std::string json;
  std::vector<Error> errors;
};

// `skillmatch match RESUME --role ROLE --format json` (ROLE an id or "best"), or with
// `postings` instead (one posting explained, several ranked). A resume that cannot be
// read at all is std::invalid_argument naming it: the CLI prints no report then.
ReportText match_json(const Engine& engine, const std::string& resume, const std::string& role,
                      const std::vector<std::string>& postings, YearMonth today);

// `skillmatch audit --role ID... --format json INPUTS`, read with `jobs` threads.
std::string audit_json(const Engine& engine, const std::vector<std::string>& inputs,
                       const std::vector<std::string>& role_ids, YearMonth today, unsigned jobs);

}  // namespace skillmatch::python
