// evidence: what a candidate's documents show about each skill, per mention and merged.
#include <algorithm>

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

// read_positions is what a resume's structured profile reads instead of a whole profile:
// it must find the positions ProfileBuilder finds, skills sorted and once each, negated
// mentions and projects as the builder has them.
TEST(Evidence, ReadPositionsAreTheProfilesPositions) {
  const std::string resume =
      "Experience\nData Engineer, Acme (Mar 2021 - Present)\n"
      "  - Shipped Python jobs on Docker; Python again, and SQL reports.\n"
      "  - No experience with Kubernetes.\n"
      "Analyst, Globex (2018 - 2020)\n  - Wrote SQL reports for the finance team.\n"
      "\nProjects\nCapstone (Jan 2017 - Jun 2017)\n  - Built a Python pipeline.\n";
  const ExtractedDocument item = extracted(resume);
  ProfileBuilder builder(kToday);
  builder.add(extracted("Skills\nSQL\n"));  // a document before it: the builder numbers this one 1
  builder.add(item);
  const CandidateProfile p = std::move(builder).finish();
  const std::vector<Position> read = read_positions(item.document, item.extraction, kToday);
  ASSERT_EQ(read.size(), 3u);
  ASSERT_EQ(p.positions.size(), read.size());
  for (std::size_t i = 0; i < read.size(); ++i) {
    EXPECT_EQ(read[i].document, 0u);
    EXPECT_EQ(p.positions[i].document, 1u);
    EXPECT_EQ(read[i].heading, p.positions[i].heading);
    EXPECT_EQ(read[i].start, p.positions[i].start);
    EXPECT_EQ(read[i].finish, p.positions[i].finish);
    EXPECT_EQ(read[i].project, p.positions[i].project);
    EXPECT_EQ(read[i].ongoing, p.positions[i].ongoing);
    EXPECT_EQ(read[i].skills, p.positions[i].skills);
  }
  // Python twice in the first job is one skill, in order; the negated Kubernetes is none.
  std::vector<std::size_t> first{id("python"), id("docker"), id("sql")};
  std::sort(first.begin(), first.end());
  EXPECT_EQ(read[0].skills, first);
  EXPECT_TRUE(read[0].ongoing);
  EXPECT_TRUE(read[2].project);
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
