#include <gtest/gtest.h>

#include <skillmatch/dates.hpp>

namespace skillmatch {
namespace {

const YearMonth kToday{2026, 11};

std::vector<std::pair<std::string, std::string>> ranges_in(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& r : find_date_ranges(text, kToday)) out.emplace_back(r.start.to_string(), r.end.to_string());
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(Dates, MonthNamesAndPresent) {
  EXPECT_EQ(ranges_in("ML Engineer, Acme (Mar 2019 \xE2\x80\x93 Present)"), (Pairs{{"2019-03", "2026-11"}}));
  EXPECT_EQ(ranges_in("January 2020 - June 2022"), (Pairs{{"2020-01", "2022-06"}}));
  EXPECT_EQ(ranges_in("Sept. 2018 to Dec 2019"), (Pairs{{"2018-09", "2019-12"}}));
}

TEST(Dates, NumericForms) {
  EXPECT_EQ(ranges_in("06/2018 to 09/2021"), (Pairs{{"2018-06", "2021-09"}}));
  EXPECT_EQ(ranges_in("2019-03 \xE2\x80\x94 2021-06"), (Pairs{{"2019-03", "2021-06"}}));
  EXPECT_EQ(ranges_in("2017-2020"), (Pairs{{"2017-07", "2020-06"}}));  // bare years stand for their middle
  EXPECT_EQ(ranges_in("2021 - current"), (Pairs{{"2021-07", "2026-11"}}));
}

// Issue 18: dates as people and PDF extraction write them.
TEST(Dates, ALostDashBetweenAMonthAndPresent) {
  EXPECT_EQ(ranges_in("Senior Engineer  Mar. 2021  Present"), (Pairs{{"2021-03", "2026-11"}}));
  EXPECT_EQ(ranges_in("Jan 2018 Dec 2019"), (Pairs{{"2018-01", "2019-12"}}));
  EXPECT_EQ(ranges_in("Jan 2018\xC2\xA0" "Dec 2019"), (Pairs{{"2018-01", "2019-12"}}));  // a no-break space
}

TEST(Dates, OddDashes) {
  EXPECT_EQ(ranges_in("Mar 2019 \xE2\x80\x90 Jun 2020"), (Pairs{{"2019-03", "2020-06"}}));  // U+2010 hyphen
  EXPECT_EQ(ranges_in("Mar 2019 \xE2\x88\x92 Jun 2020"), (Pairs{{"2019-03", "2020-06"}}));  // U+2212 minus
  EXPECT_EQ(ranges_in("Mar 2019 -- Jun 2020"), (Pairs{{"2019-03", "2020-06"}}));
  EXPECT_EQ(ranges_in("Mar 2019 ~ Jun 2020"), (Pairs{{"2019-03", "2020-06"}}));
  EXPECT_EQ(ranges_in("Mar 2019 \xEF\xBF\xBD Jun 2020"), (Pairs{{"2019-03", "2020-06"}}));  // U+FFFD, a lost dash
}

TEST(Dates, SinceAndNow) {
  EXPECT_EQ(ranges_in("Data engineer since 2020"), (Pairs{{"2020-07", "2026-11"}}));
  EXPECT_EQ(ranges_in("Since March 2020, leading the team"), (Pairs{{"2020-03", "2026-11"}}));
  EXPECT_EQ(ranges_in("2019 \xE2\x80\x93 now"), (Pairs{{"2019-07", "2026-11"}}));
  EXPECT_EQ(ranges_in("Jun 2022 - currently"), (Pairs{{"2022-06", "2026-11"}}));
}

TEST(Dates, Seasons) {
  EXPECT_EQ(ranges_in("Summer 2019 - Fall 2020"), (Pairs{{"2019-06", "2020-09"}}));
  EXPECT_EQ(ranges_in("Intern, Spring 2021 to Autumn 2021"), (Pairs{{"2021-03", "2021-09"}}));
}

TEST(Dates, IsoAndOpenEnds) {
  EXPECT_EQ(ranges_in("2019-03-15 \xE2\x80\x93 2021-06-30"), (Pairs{{"2019-03", "2021-06"}}));
  EXPECT_EQ(ranges_in("Acme (03/2019\xE2\x80\x93)"), (Pairs{{"2019-03", "2026-11"}}));
  EXPECT_EQ(ranges_in("Acme 03/2019 -\nBuilt things"), (Pairs{{"2019-03", "2026-11"}}));
}

TEST(Dates, OneDigitMonths) {
  EXPECT_EQ(ranges_in("3/2019 - 11/2020"), (Pairs{{"2019-03", "2020-11"}}));
  EXPECT_EQ(ranges_in("3.2019 - 7.2020"), (Pairs{{"2019-03", "2020-07"}}));
}

TEST(Dates, LoneDatesAndYearsApartAreNoRanges) {
  EXPECT_TRUE(ranges_in("B.S. Computer Science, 2016").empty());
  EXPECT_TRUE(ranges_in("Founded in 2017 2020 employees").empty());
  EXPECT_TRUE(ranges_in("Mar 2019\n2020 was a good year").empty());
}

TEST(Dates, NonsenseIsIgnored) {
  EXPECT_TRUE(ranges_in("Call 555-0142 or visit room 2019").empty());
  EXPECT_TRUE(ranges_in("2022 - 2019").empty());   // ends before it starts
  EXPECT_TRUE(ranges_in("Jan 2030 - Present").empty());  // starts in the future
}

TEST(Dates, MonthsAreInclusiveAndOverlapsCountOnce) {
  EXPECT_EQ(months_inclusive({2019, 3}, {2019, 3}), 1);
  EXPECT_EQ(months_inclusive({2019, 1}, {2020, 12}), 24);
  // Jan 2018-Dec 2019 and Jul 2019-Jun 2020 overlap for six months: 30, not 36.
  EXPECT_EQ(union_months({{{2018, 1}, {2019, 12}}, {{2019, 7}, {2020, 6}}}), 30);
  // Adjacent ranges join; a gap does not count.
  EXPECT_EQ(union_months({{{2018, 1}, {2018, 6}}, {{2018, 7}, {2018, 12}}}), 12);
  EXPECT_EQ(union_months({{{2018, 1}, {2018, 6}}, {{2019, 1}, {2019, 6}}}), 12);
  EXPECT_EQ(union_months({}), 0);
}

TEST(Dates, ParsesIsoDates) {
  EXPECT_EQ(YearMonth::parse("2019-03-15")->to_string(), "2019-03");
  EXPECT_EQ(YearMonth::parse("2019")->to_string(), "2019-01");
  EXPECT_FALSE(YearMonth::parse("March"));
  EXPECT_FALSE(YearMonth::parse("2019-13"));
}

// --today and a request's "today" take a month exactly: a date or a bare year is refused.
TEST(Dates, ParsesAMonthExactly) {
  EXPECT_EQ(YearMonth::parse_month("2026-06")->to_string(), "2026-06");
  EXPECT_FALSE(YearMonth::parse_month("2026-06-01"));
  EXPECT_FALSE(YearMonth::parse_month("2026"));
  EXPECT_FALSE(YearMonth::parse_month("June"));
  EXPECT_FALSE(YearMonth::parse_month("2026-13"));
}

}  // namespace
}  // namespace skillmatch
