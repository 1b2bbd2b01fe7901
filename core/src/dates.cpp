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
// The month a season's first month is in: "Summer 2019" is June 2019.
constexpr std::array<std::pair<std::string_view, int>, 5> kSeasons = {
    {{"spr", 3}, {"sum", 6}, {"fal", 9}, {"aut", 9}, {"win", 1}}};

// One date: "Mar 2019", "March 2019", "Sept. 2019", "Summer 2019", "03/2019", "3.2019",
// "2019-03", "2019-03-15", "2019/03", "2019". Nine groups: month name, year | season,
// year | month, year | year, month | year.
constexpr std::string_view kDate =
    R"((?:(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:19|20)\d\d))|(?:(spring|summer|fall|autumn|winter)\s+((?:19|20)\d\d))|(?:(0?[1-9]|1[0-2])[/.]((?:19|20)\d\d))|(?:((?:19|20)\d\d)[-/.](0[1-9]|1[0-2])(?:[-/.](?:0[1-9]|[12]\d|3[01]))?)|((?:19|20)\d\d)))";
constexpr int kDateGroups = 9;

// What joins two dates: a dash of any kind (PDFs turn them into odd characters or drop
// them), "to", "until"; or nothing but white space, checked in code.
constexpr std::string_view kJoin =
    R"(((?:\s*(?:--?|–|—|‒|‐|‑|−|~|�|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*)|[ \t\x{A0}]+))";
constexpr std::string_view kOngoing = R"((present|current(?:ly)?|now|today|date|ongoing)\b)";

// A range is found in two steps, its start, then what follows it: RE2 finds a match's groups
// by backtracking over its whole program, and over one program holding both dates that cost
// about six times what the two smaller programs cost together. RE2 picks the first
// alternative that matches and the tail is optional, so the two steps choose what one
// regex of both would.
// "since DATE" or "DATE". Groups: 1 "since", 2-10 the start.
const RE2& start_regex() {
  static const RE2 regex("(?im)\\b(since\\s+|from\\s+)?" + std::string(kDate), RE2::Quiet);
  return regex;
}

// After the start: "- DATE", "- Present", "DATE Present", "-" (open), or nothing. Groups:
// 1 the join, 2 an ongoing word, 3-11 the end, 12 an open dash.
const RE2& rest_regex() {
  static const RE2 regex("(?im)(?:" + std::string(kJoin) + "(?:" + std::string(kOngoing) + "|" + std::string(kDate) +
                             R"()|(\s*(?:-|–|—)\s*(?:$|[)\],;|])))?)",
                         RE2::Quiet);
  return regex;
}

struct ParsedDate {
  YearMonth month;
  bool year_only = false;
};

int year_of(const re2::StringPiece& group) { return std::stoi(std::string(group)); }

std::optional<ParsedDate> parse_groups(const re2::StringPiece* g) {
  const auto lower3 = [](const re2::StringPiece& word) {
    std::string name(word.substr(0, 3));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return name;
  };
  if (!g[0].empty()) {
    const auto it = std::find(kMonths.begin(), kMonths.end(), lower3(g[0]));
    return ParsedDate{{year_of(g[1]), static_cast<int>(it - kMonths.begin()) + 1}, false};
  }
  if (!g[2].empty()) {
    const std::string name = lower3(g[2]);
    const auto it = std::find_if(kSeasons.begin(), kSeasons.end(), [&](const auto& s) { return s.first == name; });
    return ParsedDate{{year_of(g[3]), it->second}, false};
  }
  if (!g[4].empty()) return ParsedDate{{year_of(g[5]), year_of(g[4])}, false};
  if (!g[6].empty()) return ParsedDate{{year_of(g[6]), year_of(g[7])}, false};
  if (!g[8].empty()) return ParsedDate{{year_of(g[8]), 7}, true};
  return std::nullopt;
}

bool is_blank(const re2::StringPiece& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace

std::string YearMonth::to_string() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  return buffer;
}

std::optional<YearMonth> YearMonth::parse_month(std::string_view text) {
  if (text.size() != 7) return std::nullopt;
  return parse(text);
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

namespace {

// The range a start and its tail stand for (their groups as find_date_ranges joins them), or
// nullopt for a lone date or a join of white space that does not read as a range ("2017 2020"
// is two numbers).
std::optional<TextDateRange> range_of(const re2::StringPiece* g, std::string_view text, YearMonth today) {
  const auto start = parse_groups(g + 2);
  if (!start) return std::nullopt;
  const auto offset = static_cast<std::size_t>(g[0].data() - text.data());
  TextDateRange range{start->month, today, false, offset, g[0].size()};
  const bool ongoing_word = !g[12].empty();
  const bool has_end = !g[13 + 0].empty() || !g[13 + 2].empty() || !g[13 + 4].empty() || !g[13 + 6].empty() || !g[13 + 8].empty();
  if (!g[1].empty() && !ongoing_word && !has_end) {
    range.ongoing = true;  // "since 2020"
  } else if (ongoing_word || !g[22].empty()) {
    range.ongoing = true;  // "- Present", or a dash with nothing after it
  } else if (has_end) {
    const auto end = parse_groups(g + 13);
    range.end = end->month;
    if (is_blank(g[11]) && start->year_only) return std::nullopt;
    // Two bare years: the first's middle to the second's middle; "2019-2019" is half a year.
    if (start->year_only && end->year_only) range.end.month = range.end.year == range.start.year ? 12 : 6;
  } else {
    return std::nullopt;
  }
  if (ongoing_word && is_blank(g[11]) && start->year_only && g[1].empty()) return std::nullopt;
  return range;
}

}  // namespace

std::vector<TextDateRange> find_date_ranges(std::string_view text, YearMonth today) {
  std::vector<TextDateRange> ranges;
  constexpr int kStartGroups = 1 + kDateGroups;
  constexpr int kRestGroups = 2 + kDateGroups + 1;
  // A whole range's groups, as range_of reads them: 0 the range, 1-10 the start's, 11-22 the rest's.
  re2::StringPiece groups[1 + kStartGroups + kRestGroups];
  re2::StringPiece rest[1 + kRestGroups];
  std::size_t from = 0;
  while (from < text.size() && start_regex().Match(text, from, text.size(), RE2::UNANCHORED, groups, 1 + kStartGroups)) {
    const auto start_end = static_cast<std::size_t>(groups[0].data() + groups[0].size() - text.data());
    rest_regex().Match(text, start_end, text.size(), RE2::ANCHOR_START, rest, 1 + kRestGroups);
    std::copy(rest + 1, rest + 1 + kRestGroups, groups + 1 + kStartGroups);
    groups[0] = re2::StringPiece(groups[0].data(), groups[0].size() + rest[0].size());
    from = static_cast<std::size_t>(groups[0].data() - text.data()) + std::max<std::size_t>(groups[0].size(), 1);
    auto range = range_of(groups, text, today);
    if (!range || range->end < range->start || today < range->start) continue;
    if (today < range->end) range->end = today;
    ranges.push_back(*range);
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
