// match_breakdown: a match's hard and soft skills apart, with both sides' counts.
#include <gtest/gtest.h>

#include <skillmatch/match_breakdown.hpp>

namespace skillmatch {
namespace {

// Hard and soft skills apart, each most stressed first: required, then most named.
TEST(MatchBreakdown, SkillsComeApartByKindMostStressedFirst) {
  Taxonomy taxonomy;
  taxonomy.skills.resize(3);
  taxonomy.skills[2].kind = "soft-skill";
  MatchResult result;
  SkillEvidence python{};
  python.mentioned = 4;
  result.verdicts = {{0, RequirementLevel::kPreferred}, {1, RequirementLevel::kRequired}, {2, RequirementLevel::kRequired}};
  result.verdicts[0].posting_mentions = 5;
  result.verdicts[1].posting_mentions = 1;
  result.verdicts[1].evidence = &python;
  result.verdicts[1].credit = 1.0;
  result.verdicts[2].posting_mentions = 2;
  const MatchBreakdown breakdown = match_breakdown(result, taxonomy);
  ASSERT_EQ(breakdown.hard.size(), 2u);
  EXPECT_EQ(breakdown.hard[0].skill, 1u);  // required before a preferred skill named more often
  EXPECT_EQ(breakdown.hard[0].resume_mentions, 4);
  EXPECT_EQ(breakdown.hard[1].skill, 0u);
  ASSERT_EQ(breakdown.soft.size(), 1u);
  EXPECT_EQ(breakdown.soft[0].skill, 2u);
  EXPECT_EQ(breakdown.to_add, (std::vector<std::size_t>{2, 0}));
}

}  // namespace
}  // namespace skillmatch
