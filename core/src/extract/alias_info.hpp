// What every extraction stage knows of an alias, by alias id (the order Extractor::compile
// met them in the taxonomy).
#pragma once

#include <cstdint>

namespace skillmatch::detail {

struct AliasInfo {
  std::uint32_t skill;  // index into Taxonomy::skills
  bool ambiguous;       // an ordinary word: kept only with support (support.hpp)
  bool mostly_skill;    // ambiguous, yet nearly always the skill ("Python")
  bool short_acronym;   // "IAM", "T5": kept only where the document shows its domain (short_acronyms.hpp)
  bool shows_domain;    // kept, it shows the technical domain ("Kubernetes"; short_acronyms.hpp)
};

}  // namespace skillmatch::detail
