// extract/short_acronyms: which aliases are short acronyms, which mentions show the domain.
#include <gtest/gtest.h>

#include "extract/short_acronyms.hpp"

namespace skillmatch::detail {
namespace {

ShortAcronymRule rule() {
  ShortAcronymRule r;
  r.max_length = 3;
  r.evidence_kinds = {"tool", "language"};
  return r;
}

Alias literal(const std::string& text) {
  Alias alias;
  alias.text = text;
  return alias;
}

TEST(ShortAcronyms, CapitalsAndDigitsUpToTheLengthAreShortAcronyms) {
  EXPECT_TRUE(is_short_acronym(literal("IAM"), rule()));
  EXPECT_TRUE(is_short_acronym(literal("T5"), rule()));
  EXPECT_FALSE(is_short_acronym(literal("HVAC"), rule()));    // longer than max_length
  EXPECT_FALSE(is_short_acronym(literal("Git"), rule()));     // not written in capitals
  EXPECT_FALSE(is_short_acronym(literal("C++"), rule()));     // a mark
  EXPECT_FALSE(is_short_acronym(literal("123"), rule()));     // no capital
  ShortAcronymRule off = rule();
  off.max_length = 0;
  EXPECT_FALSE(is_short_acronym(literal("IAM"), off));
}

TEST(ShortAcronyms, AmbiguousAliasesAndPatternsAreLeftToTheirOwnRules) {
  Alias go = literal("GO");
  go.ambiguous = true;
  EXPECT_FALSE(is_short_acronym(go, rule()));
  Alias pattern = literal("K8S");
  pattern.is_pattern = true;
  EXPECT_FALSE(is_short_acronym(pattern, rule()));
}

TEST(ShortAcronyms, AKeptSkillOfAnEvidenceKindShowsTheDomain) {
  Skill tool;
  tool.kind = "tool";
  Skill soft;
  soft.kind = "soft-skill";
  EXPECT_TRUE(shows_domain(literal("Kubernetes"), tool, rule()));
  EXPECT_FALSE(shows_domain(literal("Kubernetes"), soft, rule()));
  EXPECT_FALSE(shows_domain(literal("EKS"), tool, rule()));  // a short acronym itself
  Alias spark = literal("Spark");
  spark.ambiguous = true;
  EXPECT_TRUE(shows_domain(spark, tool, rule()));  // once its support kept it
}

}  // namespace
}  // namespace skillmatch::detail
