// The last stage: the extraction itself. Accepted candidates become mentions (line, column,
// section, negation), grouped by skill in order of first mention; then the skills their
// taxonomy `implies` relations reach, by id.
#pragma once

#include <cstddef>
#include <vector>

#include <skillmatch/document.hpp>
#include <skillmatch/extractor.hpp>
#include <skillmatch/taxonomy.hpp>

#include "alias_info.hpp"
#include "scratch.hpp"

namespace skillmatch::detail {

// What the stage reads; all of it outlives the extraction.
struct AssemblyRules {
  const Taxonomy& taxonomy;
  const std::vector<AliasInfo>& aliases;
  const std::vector<std::vector<std::size_t>>& implies;  // per skill, as indices
};

// Reads scratch.candidates, accepted, negated and sections of `document`.
Extraction assemble(const AssemblyRules& rules, const Document& document, Scratch& scratch);

}  // namespace skillmatch::detail
