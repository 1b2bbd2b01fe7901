// evidence: what a candidate's documents show about each skill, per mention and merged.
#include <gtest/gtest.h>

#include "fixture_taxonomy.hpp"

namespace skillmatch {
namespace {

using namespace fixture_rules;

const std::string kResume =
    "Experience\nData Engineer, Acme (Mar 2021 - Feb 2023)\n"
    "  - Shipped Python jobs on Docker for the billing team.\n"
    "\nSkills\nSQL, Python\n";

TEST(Evidence, StrengthsHaveNames) {
  EXPECT_EQ(to_string(Strength::kDemonstrated), "demonstrated");
  EXPECT_EQ(to_string(Strength::kListed), "listed");
  EXPECT_EQ(to_string(Strength::kSummary), "summary");
  EXPECT_EQ(to_string(Strength::kImplied), "implied");
  EXPECT_EQ(to_string(Strength::kNone), "none");
}

TEST(Evidence, EachMentionNamesItsLineSectionAndTrimmedSnippet) {
  const CandidateProfile p = profile(kResume);
  const SkillEvidence* python = p.find(id("python"));
  ASSERT_NE(python, nullptr);
  ASSERT_EQ(python->mentions.size(), 2u);
  const EvidenceRef& work = python->mentions[0];
  EXPECT_EQ(work.line, 3u);
  EXPECT_EQ(work.section, "experience");
  EXPECT_EQ(work.snippet, "Shipped Python jobs on Docker for the billing team.");
  EXPECT_EQ(work.strength, Strength::kDemonstrated);
  EXPECT_EQ(kResume.substr(work.offset, work.length), "Python");
  EXPECT_EQ(python->mentions[1].strength, Strength::kListed);
  EXPECT_EQ(python->strength, Strength::kDemonstrated);  // the best of its mentions
}

// A document on one line has no section heading to end its top lines: that line is prose,
// and was taken whole as a headline (a 10 MB one-line resume's words held as a title).
TEST(Evidence, AHeadlineIsAShortLineNeverALineOfProse) {
  std::string one_line = "Jane Doe Senior Data Engineer";
  while (one_line.size() < 5000) one_line += " Built Python jobs on Docker for the billing team.";
  EXPECT_TRUE(profile(one_line).headlines.empty());
  const CandidateProfile p = profile("Jane Doe\nSenior Data Engineer\n\n" + kResume);
  EXPECT_EQ(p.headlines, (std::vector<std::string>{"Jane Doe", "Senior Data Engineer"}));
}

TEST(Evidence, ScoreOnlyKeepsWhatAScoreNeedsAndNoMentions) {
  const std::vector<ExtractedDocument> documents{extracted(kResume)};
  const CandidateProfile full = build_profile(documents, kToday, EvidenceDetail::kMentions);
  const CandidateProfile lean = build_profile(documents, kToday, EvidenceDetail::kScoreOnly);
  ASSERT_EQ(lean.skills.size(), full.skills.size());
  for (std::size_t i = 0; i < lean.skills.size(); ++i) {
    EXPECT_TRUE(lean.skills[i].mentions.empty());
    EXPECT_EQ(lean.skills[i].skill, full.skills[i].skill);
    EXPECT_EQ(lean.skills[i].strength, full.skills[i].strength);
    EXPECT_EQ(lean.skills[i].months, full.skills[i].months);
    EXPECT_EQ(lean.skills[i].implied_by, full.skills[i].implied_by);
  }
  EXPECT_EQ(lean.experience_months, 24);
}

TEST(Evidence, AnImpliedSkillNamesWhatImpliesItAndHasNoMentions) {
  const CandidateProfile p = profile(kResume);
  const SkillEvidence* containers = p.find(id("containerization"));
  ASSERT_NE(containers, nullptr);
  EXPECT_EQ(containers->strength, Strength::kImplied);
  EXPECT_TRUE(containers->mentions.empty());
  EXPECT_EQ(containers->implied_by, std::vector<std::size_t>{id("docker")});
}

TEST(Evidence, SkillsAreSortedByIndexAndFindMissesAbsentOnes) {
  const CandidateProfile p = profile(kResume);
  for (std::size_t i = 1; i < p.skills.size(); ++i) EXPECT_LT(p.skills[i - 1].skill, p.skills[i].skill);
  EXPECT_EQ(p.find(id("kubernetes")), nullptr);
  EXPECT_EQ(p.sources, std::vector<std::string>{"test.txt"});
}

}  // namespace
}  // namespace skillmatch
