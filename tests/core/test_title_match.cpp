// Titles compared as words, with the built-in rules/titles.json (issue 18).
#include <gtest/gtest.h>

#include <skillmatch/rules_loader.hpp>
#include <skillmatch/title_match.hpp>

namespace skillmatch {
namespace {

const TitleRule& rule() {
  static const RulesLoad rules = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  return rules.taxonomy.titles;
}

using Words = std::vector<std::string>;

TEST(TitleMatch, SynonymsSeniorityAndAsidesAreRead) {
  EXPECT_EQ(title_words("Senior ML Engineer II", rule()), (Words{"machine", "learning", "engineer"}));
  EXPECT_EQ(title_words("Machine Learning Engineer (Recommendations)", rule()), (Words{"machine", "learning", "engineer"}));
  EXPECT_EQ(title_words("Data Engineering Intern", rule()), (Words{"data", "engineer"}));
}

TEST(TitleMatch, APostingTitleIsItsRoleBeforeAnyQualifier) {
  EXPECT_EQ(wanted_title_words("Data Analyst, Growth & Marketing", rule()), (Words{"data", "analyst"}));
  EXPECT_EQ(wanted_title_words("Data Scientist - Forecasting and Pricing", rule()), (Words{"data", "scientist"}));
  EXPECT_EQ(wanted_title_words("MLOps Engineer", rule()), (Words{"mlops", "engineer"}));
}

TEST(TitleMatch, RecentJobsAndHeadlinesFitAWishCountsHalf) {
  CandidateProfile candidate;
  candidate.as_of = {2026, 11};
  candidate.headlines = {"Jane Doe", "Aspiring Data Engineer"};
  const auto wanted = wanted_title_words("Senior Data Engineer", rule());
  EXPECT_DOUBLE_EQ(title_fit(candidate_titles(candidate, rule()), wanted).score, 0.5);
  candidate.positions.push_back({0, "Data Engineer, Acme", {2022, 1}, {2026, 11}, false, {}});
  const TitleFit fit = title_fit(candidate_titles(candidate, rule()), wanted);
  EXPECT_DOUBLE_EQ(fit.score, 1.0);
  EXPECT_EQ(fit.matched, "Data Engineer, Acme");
  candidate.positions.front().finish = {2015, 6};  // long ago: half
  EXPECT_DOUBLE_EQ(title_fit(candidate_titles(candidate, rule()), wanted).score, 0.5);
}

// A title's words are held as one string (a string per word held 23 MB of a 10 MB one-line
// resume's titles, issue 21): a wanted word counts only when a whole word of it.
TEST(TitleMatch, ATitleHoldsItsWordsAsOneStringOfWholeWords) {
  CandidateProfile candidate;
  candidate.as_of = {2026, 11};
  candidate.positions.push_back({0, "Senior Database Administrator, Acme", {2022, 1}, {2026, 11}, false, {}});
  const CandidateTitles titles = candidate_titles(candidate, rule());
  ASSERT_EQ(titles.titles.size(), 1u);
  EXPECT_EQ(titles.titles[0].words, " database administrator acme ");
  EXPECT_DOUBLE_EQ(title_coverage({"data", "administrator"}, titles.titles[0].words), 0.5);  // "data" is not "database"
  EXPECT_DOUBLE_EQ(title_coverage({"base"}, titles.titles[0].words), 0.0);
  EXPECT_DOUBLE_EQ(title_coverage({"acme"}, titles.titles[0].words), 1.0);  // the last word too
  EXPECT_DOUBLE_EQ(title_coverage({}, titles.titles[0].words), 0.0);
}

}  // namespace
}  // namespace skillmatch
