// extract/company_names: a mention followed by the rest of a company's legal name.
#include <gtest/gtest.h>

#include "extract/company_names.hpp"

namespace skillmatch::detail {
namespace {

const CompanyNameRule& rule() {
  static const CompanyNameRule r{{"Inc", "LLC", "Ltd", "Limited", "Corporation", "S.A.", "Co."}, 2, "test"};
  return r;
}

// Whether the name `mention`, which starts `text`, ends a company's name there.
bool ends(const std::string& text, const std::string& mention) {
  return CompanyNames(&rule()).ends_name(text, mention.size());
}

TEST(CompanyNames, ASuffixRightAfterTheMentionOrAfterACommaEndsAName) {
  EXPECT_TRUE(ends("Oracle Corporation, Redwood City", "Oracle"));
  EXPECT_TRUE(ends("Snowflake Inc. (2021-2023)", "Snowflake"));
  EXPECT_TRUE(ends("Tableau, Inc.", "Tableau"));
  EXPECT_TRUE(ends("Acme Analytics LLC", "Acme Analytics"));
  EXPECT_FALSE(ends("Kafka", "Kafka"));  // nothing follows
}

TEST(CompanyNames, UpToTheRuleCountOfCapitalisedWordsMayComeBetween) {
  EXPECT_TRUE(ends("Spark Energy Inc., Houston", "Spark"));
  EXPECT_TRUE(ends("Kafka Law Group LLC handles it", "Kafka"));
  EXPECT_TRUE(ends("Python & Sons Ltd", "Python"));
  EXPECT_FALSE(ends("Spark Green Energy Holdings Inc", "Spark"));  // three words between
  EXPECT_FALSE(ends("Spark jobs for Acme Inc", "Spark"));          // a lower-case word ends the name
}

TEST(CompanyNames, ColumnsOfAFlattenedLineAreNoName) {
  EXPECT_FALSE(ends("QA  McAfee Inc, Canada", "QA"));      // two spaces part the columns
  EXPECT_FALSE(ends("SQL\tSwimsuits Inc.", "SQL"));         // so does a tab
  EXPECT_FALSE(ends("Go\nAcme Inc.", "Go"));                // and a line break
  EXPECT_FALSE(ends("Java, Spring Inc", "Java"));           // a comma before a word that is no suffix
}

TEST(CompanyNames, TheSuffixIsACapitalisedWordOfItsOwn) {
  EXPECT_FALSE(ends("AWS, limited GCP", "AWS"));             // the adjective
  EXPECT_TRUE(ends("TATA COMMUNICATIONS LIMITED", "TATA"));  // capitals throughout
  EXPECT_FALSE(ends("Oracle Incident response", "Oracle"));  // "Inc" starts a longer word
  EXPECT_FALSE(ends("Excel Corporation-wide reports", "Excel"));
  EXPECT_FALSE(ends("OracleInc", "Oracle"));                 // glued: no name of its own
  EXPECT_FALSE(ends("SAP. Inc", "SAP"));                     // a sentence ends first
  EXPECT_TRUE(ends("Spark Energy Co. Ltd", "Spark"));
  EXPECT_TRUE(ends("Nuxeo S.A.", "Nuxeo"));
}

TEST(CompanyNames, NoRuleOrNoSuffixesNamesNoCompany) {
  EXPECT_FALSE(CompanyNames().ends_name("Oracle Corporation", 6));
  const CompanyNameRule empty;
  EXPECT_FALSE(CompanyNames(&empty).ends_name("Oracle Corporation", 6));
}

}  // namespace
}  // namespace skillmatch::detail
