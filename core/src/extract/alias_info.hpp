// What every extraction stage knows of an alias, by alias id (the order Extractor::compile
// met them in the taxonomy).
#pragma once

#include <cstdint>

namespace skillmatch::detail {

struct AliasInfo {
  std::uint32_t skill;  // index into Taxonomy::skills
  bool ambiguous;       // an ordinary word: kept only with support (support.hpp)
  bool mostly_skill;    // ambiguous, yet nearly always the skill ("Python")
};

}  // namespace skillmatch::detail
