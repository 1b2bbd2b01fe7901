#include <skillmatch/dates.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <re2/re2.h>

namespace skillmatch {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

// One date: "Mar 2019", "March 2019", "Sept. 2019", "03/2019", "2019-03", "2019".
constexpr std::string_view kDate =
    R"((?:(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:19|20)\d\d))|(?:(0?[1-9]|1[0-2])/((?:19|20)\d\d))|(?:((?:19|20)\d\d)-(0[1-9]|1[0-2]))|((?:19|20)\d\d)))";

// A range: a date, a dash or "to", then another date or "Present". Groups 1-7 are the
// start, 8 the open end, 9-15 the end.
const RE2& range_regex() {
  static const RE2 regex("(?i)\\b" + std::string(kDate) +
                             R"(\s*(?:-|–|—|to|until|till|through)\s*(?:(present|current|now|today|date|ongoing)\b|)" +
                             std::string(kDate) + R"()\b)",
                         RE2::Quiet);
  return regex;
}

struct ParsedDate {
  YearMonth month;
  bool year_only = false;
};

std::optional<ParsedDate> parse_groups(const re2::StringPiece* g) {
  // g: month-name, year | mm, yyyy | yyyy, mm | yyyy
  if (!g[0].empty()) {
    std::string name(g[0].substr(0, 3));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto it = std::find(kMonths.begin(), kMonths.end(), name);
    return ParsedDate{{std::stoi(std::string(g[1])), static_cast<int>(it - kMonths.begin()) + 1}, false};
  }
  if (!g[2].empty()) return ParsedDate{{std::stoi(std::string(g[3])), std::stoi(std::string(g[2]))}, false};
  if (!g[4].empty()) return ParsedDate{{std::stoi(std::string(g[4])), std::stoi(std::string(g[5]))}, false};
  if (!g[6].empty()) return ParsedDate{{std::stoi(std::string(g[6])), 7}, true};
  return std::nullopt;
}

}  // namespace

std::string YearMonth::to_string() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  return buffer;
}

std::optional<YearMonth> YearMonth::parse(std::string_view iso) {
  if (iso.size() < 4 || !std::all_of(iso.begin(), iso.begin() + 4, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return std::nullopt;
  }
  YearMonth out{std::stoi(std::string(iso.substr(0, 4))), 1};
  if (iso.size() >= 7 && iso[4] == '-' && std::isdigit(static_cast<unsigned char>(iso[5])) &&
      std::isdigit(static_cast<unsigned char>(iso[6]))) {
    out.month = std::stoi(std::string(iso.substr(5, 2)));
  }
  if (out.month < 1 || out.month > 12) return std::nullopt;
  return out;
}

YearMonth YearMonth::today() {
  const std::chrono::year_month_day date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month()))};
}

std::vector<TextDateRange> find_date_ranges(std::string_view text, YearMonth today) {
  std::vector<TextDateRange> ranges;
  const RE2& regex = range_regex();
  constexpr int kGroups = 7 + 1 + 7;
  re2::StringPiece groups[kGroups + 1];
  std::size_t from = 0;
  while (from < text.size() && regex.Match(text, from, text.size(), RE2::UNANCHORED, groups, kGroups + 1)) {
    const auto offset = static_cast<std::size_t>(groups[0].data() - text.data());
    from = offset + std::max<std::size_t>(groups[0].size(), 1);
    const auto start = parse_groups(groups + 1);
    if (!start) continue;
    TextDateRange range{start->month, today, false, offset, groups[0].size()};
    if (!groups[8].empty()) {
      range.ongoing = true;
    } else {
      const auto end = parse_groups(groups + 9);
      if (!end) continue;
      range.end = end->month;
      // Two bare years: the first's middle to the second's middle; "2019-2019" is half a year.
      if (start->year_only && end->year_only) {
        range.end.month = range.end.year == range.start.year ? 12 : 6;
      }
    }
    if (range.end < range.start || today < range.start) continue;
    if (today < range.end) range.end = today;
    ranges.push_back(range);
  }
  return ranges;
}

int months_inclusive(YearMonth start, YearMonth end) { return std::max(0, end.index() - start.index() + 1); }

int union_months(std::vector<std::pair<YearMonth, YearMonth>> ranges) {
  std::sort(ranges.begin(), ranges.end());
  int total = 0;
  std::optional<std::pair<YearMonth, YearMonth>> current;
  for (const auto& range : ranges) {
    if (current && range.first.index() <= current->second.index() + 1) {
      current->second = std::max(current->second, range.second);
      continue;
    }
    if (current) total += months_inclusive(current->first, current->second);
    current = range;
  }
  if (current) total += months_inclusive(current->first, current->second);
  return total;
}

}  // namespace skillmatch
