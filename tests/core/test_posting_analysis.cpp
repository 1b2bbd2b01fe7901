// posting_analysis: levels, years, emphasis and the deciding sentence of each requirement.
#include <gtest/gtest.h>

#include "fixture_taxonomy.hpp"

namespace skillmatch {
namespace {

using namespace fixture_rules;

TEST(PostingAnalysis, EmphasisCountsEveryMentionThatAsks) {
  const PostingRequirements r = posting_requirements(
      "Requirements\n- Python for services.\n- Python for data pipelines.\n- SQL.\n");
  EXPECT_EQ(find(r, "python")->mentions, 2);
  EXPECT_EQ(find(r, "sql")->mentions, 1);
}

TEST(PostingAnalysis, RequiredAnywhereWinsAndItsSentenceIsTheEvidence) {
  const PostingRequirements r = posting_requirements(
      "Nice to have\n- Docker is a bonus.\n\nRequirements\n- Docker in production.\n");
  const SkillRequirement* docker = find(r, "docker");
  ASSERT_NE(docker, nullptr);
  EXPECT_EQ(docker->level, RequirementLevel::kRequired);
  EXPECT_NE(docker->evidence.find("Docker in production"), std::string::npos) << docker->evidence;
}

TEST(PostingAnalysis, RequiredComeFirstThenByFirstMention) {
  const PostingRequirements r = posting_requirements(
      "Nice to have\n- Docker.\n\nRequirements\n- Kubernetes.\n- Python.\n");
  ASSERT_EQ(r.skills.size(), 3u);
  EXPECT_EQ(r.skills[0].skill, id("kubernetes"));
  EXPECT_EQ(r.skills[1].skill, id("python"));
  EXPECT_EQ(r.skills[2].skill, id("docker"));
  EXPECT_EQ(r.skills[2].level, RequirementLevel::kPreferred);
}

TEST(PostingAnalysis, NegatedAndInformationalMentionsAskForNothing) {
  const PostingRequirements r = posting_requirements(
      "Requirements\n- Python.\n- No Kubernetes experience needed.\n\nBenefits\n- Free PostgreSQL stickers\n");
  EXPECT_NE(find(r, "python"), nullptr);
  EXPECT_EQ(find(r, "kubernetes"), nullptr);
  EXPECT_EQ(find(r, "postgresql"), nullptr);
}

TEST(PostingAnalysis, APostingWithoutSkillsAsksForNothing) {
  const PostingRequirements r = posting_requirements("Requirements\nA kind and curious person.\n");
  EXPECT_TRUE(r.skills.empty());
  EXPECT_EQ(r.overall_min_years, 0);
}

}  // namespace
}  // namespace skillmatch
