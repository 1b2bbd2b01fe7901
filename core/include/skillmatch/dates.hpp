// Date ranges as resumes write them ("Mar 2019 – Present", "2017-2020", "06/2018 to 09/2021"),
// and month arithmetic for experience.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace skillmatch {

// A calendar month; comparable, and months_between counts whole months.
struct YearMonth {
  int year = 0;
  int month = 0;  // 1-12
  int index() const { return year * 12 + (month - 1); }
  auto operator<=>(const YearMonth&) const = default;
  std::string to_string() const;  // "2019-03"
  // Parses "2019-03", "2019-03-15" or "2019" (as January).
  static std::optional<YearMonth> parse(std::string_view iso);
  // Exactly "2019-03", what --today and a request's "today" take; nullopt otherwise.
  static std::optional<YearMonth> parse_month(std::string_view text);
  static YearMonth today();
};

// A range found in text: [offset, offset + length) covers the whole expression.
struct TextDateRange {
  YearMonth start;
  YearMonth end;  // "Present" resolves to the `today` given to find_date_ranges
  bool ongoing = false;
  std::size_t offset = 0;
  std::size_t length = 0;
};

// Every date range in `text`. A bare year stands for its middle ("2017-2020" is July 2017
// to June 2020, 36 months) since the months are unknown; ranges that end before they
// start, or lie in the future of `today`, are ignored.
std::vector<TextDateRange> find_date_ranges(std::string_view text, YearMonth today);

// Inclusive months from start to end ("Mar 2019 - Mar 2019" is one month).
int months_inclusive(YearMonth start, YearMonth end);

// Total months covered by the union of the ranges: overlaps are counted once.
int union_months(std::vector<std::pair<YearMonth, YearMonth>> ranges);

}  // namespace skillmatch
