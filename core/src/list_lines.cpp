#include "list_lines.hpp"

#include <algorithm>
#include <array>

#include <skillmatch/sections.hpp>

#include "char_classes.hpp"

namespace skillmatch::detail {

LabelRule label_rule(const std::string& setting) {
  if (setting == "drop") return LabelRule::kDrop;
  if (setting == "keep") return LabelRule::kKeep;
  return LabelRule::kRules;
}

namespace {

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Bytes of a separator between list items at `i`, or 0: , ; | tab, and the bullets and
// arrows of U+2000-U+2BFF (• ● ☞ ➢ ▪) or the private-use bullets word processors emit.
std::size_t separator_at(std::string_view text, std::size_t i, std::size_t end) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c == ',' || c == ';' || c == '|' || c == '\t') return 1;
  if (i + 2 < end) {
    const auto c1 = static_cast<unsigned char>(text[i + 1]);
    if (c == 0xE2 && c1 >= 0x80 && c1 <= 0xAF) {
      // U+2000-U+2BFF, but not the dashes and quotes of U+2010-U+201F, which sit inside items.
      if (c1 == 0x80 && static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x9F) return 0;
      return 3;
    }
    if (c == 0xEF && c1 >= 0x80 && c1 <= 0x83) return 3;  // U+F000-U+F0FF
  }
  return 0;
}

// Bytes that may start a separator or end a sentence: all others are skipped at once.
constexpr std::array<bool, 256> kMaySeparate = [] {
  std::array<bool, 256> table{};
  for (const unsigned char c : {',', ';', '|', '\t', '.', '\xE2', '\xEF'}) table[c] = true;
  return table;
}();

struct Item {
  std::size_t start, end;  // trimmed, without a trailing "(2 years)" or full stop
  std::size_t words;
};

// Trims an item and counts its words, up to `word_cap` + 1: callers only compare counts
// with a small limit, and a prose "item" may be a whole paragraph.
Item make_item(std::string_view text, std::size_t start, std::size_t end, std::size_t word_cap = 64) {
  while (start < end && space(text[start])) ++start;
  while (end > start && (space(text[end - 1]) || text[end - 1] == '.')) --end;
  if (end > start && text[end - 1] == ')') {
    const std::size_t open = text.rfind('(', end - 1);
    if (open != std::string_view::npos && open > start) {
      end = open;
      while (end > start && space(text[end - 1])) --end;
    }
  }
  std::size_t words = 0;
  for (std::size_t i = start; i < end && words <= word_cap; ++i) {
    if (!space(text[i]) && (i == start || space(text[i - 1]))) ++words;
  }
  return {start, end, words};
}

// Calls on_item(start, end) for the parts of an item split at " and ", " & ", " or ", "/".
template <class OnPart>
void for_each_part(std::string_view text, std::size_t start, std::size_t end, OnPart&& on_part) {
  std::size_t from = start;
  for (std::size_t i = start; i < end; ++i) {
    std::size_t skip = 0;
    if (text[i] == '/' || text[i] == '&') {
      skip = 1;
    } else if (text[i] == ' ') {
      const std::string_view rest = text.substr(i, end - i);
      if (rest.starts_with(" and ")) skip = 5;
      else if (rest.starts_with(" or ")) skip = 4;
    }
    if (skip == 0) continue;
    const Item part = make_item(text, from, i);
    if (part.end > part.start) on_part(part.start, part.end);
    from = i + skip;
    i = from - 1;
  }
  const Item part = make_item(text, from, end);
  if (part.end > part.start) on_part(part.start, part.end);
}

}  // namespace

void ListLines::add_any_case(std::uint32_t alias, std::string_view literal) {
  if (case_sensitive_.size() <= alias) case_sensitive_.resize(alias + 1, 0);
  case_sensitive_[alias] = 1;
  std::string key(literal);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  any_case_.try_emplace(std::move(key), alias);  // the first alias of a spelling wins
}

ListLines::ListLines(const ListRule& rule)
    : rule_(rule), labels_decided_by_rules_(label_rule(rule.labels) == LabelRule::kRules) {}

namespace {

// Sets where the line's items begin: after its bullets and numbering marks, and after its
// label if it has one (a few words and a colon near the start: "Programming Languages: C, Java").
void find_label(std::string_view text, ListLine& line) {
  std::size_t p = line.start;
  while (p < line.end && !ascii_alnum(text[p]) && text[p] != '.') ++p;
  line.items_start = p;
  const std::size_t colon = text.substr(p, std::min<std::size_t>(line.end - p, 40)).find(':');
  if (colon == std::string_view::npos || colon == 0) return;
  const Item label = make_item(text, p, p + colon);
  if (label.words >= 1 && label.words <= 3 && text.substr(p, colon).find(',') == std::string_view::npos) {
    line.label_start = label.start;
    line.label_end = label.end;
    line.items_start = p + colon + 1;
  }
}

// What the items of a line add up to.
struct ItemCounts {
  std::size_t items = 0, longest = 0, words = 0, single_letters = 0;
  bool sentence = false;  // a full stop followed by a space
  // Outside a Skills section one long item rules the line out: most lines are prose,
  // and are left at their first long clause.
  bool prose = false;
};

ItemCounts count_items(std::string_view text, const ListLine& line, const ListRule& rule, bool in_skills) {
  ItemCounts counts;
  const std::size_t word_cap = 2 * rule.max_item_words;
  std::size_t from = line.items_start;
  for (std::size_t i = line.items_start; i <= line.end; ++i) {
    if (i < line.end && !kMaySeparate[static_cast<unsigned char>(text[i])]) continue;  // most bytes
    const std::size_t sep = i < line.end ? separator_at(text, i, line.end) : 1;
    if (i < line.end && text[i] == '.' && i + 1 < line.end && text[i + 1] == ' ') counts.sentence = true;
    if (sep == 0) continue;
    const Item item = make_item(text, from, i, word_cap);
    if (!in_skills && item.words > rule.max_item_words) {
      counts.prose = true;
      break;
    }
    if (item.end > item.start) {
      ++counts.items;
      counts.longest = std::max(counts.longest, item.words);
      counts.words += item.words;
      counts.single_letters += item.end - item.start == 1;
    }
    from = i + sep;
    i = from - 1;
  }
  return counts;
}

// Whether the line is a list line (a tag line or a labelled one), setting what kind.
// `names_only()` says whether the line is names alone; it looks up the line's words, so it is
// asked only of a line its counts leave undecided.
template <class NamesOnly>
bool is_list_line(ListLine& line, const ItemCounts& counts, const ListRule& rule, bool in_skills, NamesOnly&& names_only) {
  // Mostly single letters is a list of grades or options ("Grades: A, B, C"), not of tags.
  if (counts.items == 0 || counts.sentence || 2 * counts.single_letters > counts.items) return false;
  const bool has_label = line.label_end > line.label_start;
  const bool short_items = !counts.prose && counts.longest <= rule.max_item_words;
  if (short_items) line.tag = counts.items >= rule.min_items || (counts.items >= 2 && (has_label || in_skills));
  // A Skills-section line of a few words, or a line of names alone: each word is an item.
  if (!line.tag && ((!counts.prose && in_skills && counts.items == 1 && counts.words <= 2 * rule.max_item_words) ||
                    names_only())) {
    line.tag = true;
    line.words_are_items = true;
  }
  if (!rule.tag_lines) line.tag = false;
  return line.tag || (has_label && short_items);
}

}  // namespace

int ListLines::any_case_words(std::string_view text, std::size_t start, std::size_t end) const {
  int names = 0;
  thread_local std::string key;
  for (std::size_t i = start; i <= end; ++i) {
    const bool separates = i == end || space(text[i]) || text[i] == '/' || text[i] == '&' || separator_at(text, i, end) == 1;
    if (!separates) continue;
    key.assign(text.substr(start, i - start));
    for (char& c : key) c = ascii_lower(c);
    start = i + 1;
    if (key.empty() || key == "and" || key == "or") continue;
    if (!any_case_.contains(std::string_view(key))) return -1;
    ++names;
  }
  return names;
}

bool ListLines::names_only(std::string_view text, const ListLine& line, const std::vector<RawMatch>& kept) const {
  std::size_t end = line.end;
  while (end > line.items_start && (space(text[end - 1]) || text[end - 1] == '.')) --end;
  auto it = std::lower_bound(kept.begin(), kept.end(), line.items_start,
                             [](const RawMatch& m, std::size_t offset) { return m.offset < offset; });
  std::size_t at = line.items_start;
  int names = 0;
  for (;; ++it) {
    const bool last = it == kept.end() || it->offset + it->length > end;
    const std::size_t next = last ? end : it->offset;
    const int between = next < at ? -1 : any_case_words(text, at, next);
    if (between < 0) return false;
    names += between;
    if (last) return names >= 2;
    at = it->offset + it->length;
    ++names;
  }
}

void ListLines::find(std::string_view text, const std::vector<Section>& sections, const std::vector<RawMatch>& kept,
                     std::vector<ListLine>& out) const {
  out.clear();
  // Without tag lines, only the labels of labelled lines matter, and only when the rules
  // say to drop or keep them.
  if (!rule_.tag_lines && labels_decided_by_rules_) return;
  std::size_t section = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    while (section < sections.size() && sections[section].offset + sections[section].length <= start) ++section;
    const bool in_skills = section < sections.size() && sections[section].offset <= start && sections[section].name == "skills";
    ListLine line;
    line.start = start;
    line.end = end;
    find_label(text, line);
    const ItemCounts counts = count_items(text, line, rule_, in_skills);
    if (is_list_line(line, counts, rule_, in_skills, [&] { return names_only(text, line, kept); })) out.push_back(line);
    start = end + 1;
  }
}

void ListLines::try_item(std::string_view text, std::size_t start, std::size_t end, const std::vector<RawMatch>& kept,
                         std::vector<RawMatch>& out) const {
  if (end - start > 40) return;
  thread_local std::string key;
  key.assign(text.substr(start, end - start));
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  const auto it = any_case_.find(std::string_view(key));
  if (it == any_case_.end()) return;
  // Not where the locator already found something (the alias in its own case, or a longer one).
  const auto after = std::lower_bound(kept.begin(), kept.end(), end,
                                      [](const RawMatch& m, std::size_t offset) { return m.offset < offset; });
  if (after != kept.begin() && std::prev(after)->offset + std::prev(after)->length > start) return;
  if (!AliasLocator::on_boundaries(text, start, end)) return;
  out.push_back({.offset = start, .alias = it->second, .length = static_cast<std::uint32_t>(end - start)});
}

void ListLines::locate_items(std::string_view text, const std::vector<ListLine>& lines, const std::vector<RawMatch>& kept,
                             std::vector<RawMatch>& out) const {
  if (any_case_.empty()) return;
  for (const ListLine& line : lines) {
    if (!line.tag) continue;
    const auto on_part = [&](std::size_t s, std::size_t e) { try_item(text, s, e, kept, out); };
    if (line.words_are_items) {
      std::size_t from = line.items_start;
      for (std::size_t i = line.items_start; i <= line.end; ++i) {
        const std::size_t sep = i == line.end || space(text[i]) ? 1 : separator_at(text, i, line.end);
        if (sep == 0) continue;
        const Item item = make_item(text, from, i);
        if (item.end > item.start) on_part(item.start, item.end);
        from = i + sep;
        i = from - 1;
      }
      continue;
    }
    std::size_t from = line.items_start;
    for (std::size_t i = line.items_start; i <= line.end; ++i) {
      const std::size_t sep = i < line.end ? separator_at(text, i, line.end) : 1;
      if (sep == 0) continue;
      const Item item = make_item(text, from, i);
      if (item.end > item.start) for_each_part(text, item.start, item.end, on_part);
      from = i + sep;
      i = from - 1;
    }
  }
}

bool ListLines::whole_item(std::string_view text, const ListLine& line, std::size_t offset, std::size_t length) {
  if (line.words_are_items) return true;
  std::size_t i = offset;
  while (i > line.items_start && space(text[i - 1])) --i;
  const std::string_view before = text.substr(line.items_start, i - line.items_start);
  const bool left = i == line.items_start || before.ends_with(" and") || before.ends_with(" or") || text[i - 1] == '/' ||
                    text[i - 1] == '&' || text[i - 1] == ',' || text[i - 1] == ';' || text[i - 1] == '|' ||
                    static_cast<unsigned char>(text[i - 1]) >= 0x80;
  if (!left) return false;
  std::size_t j = offset + length;
  while (j < line.end && space(text[j])) ++j;
  const std::string_view after = text.substr(j, line.end - j);
  return j == line.end || after.starts_with("and ") || after.starts_with("or ") || text[j] == '/' || text[j] == '&' ||
         text[j] == ',' || text[j] == ';' || text[j] == '|' || text[j] == '(' || text[j] == '.' ||
         static_cast<unsigned char>(text[j]) >= 0x80;
}

bool ListLines::list_gap(std::string_view text, std::size_t a_end, std::size_t b_start) {
  if (b_start < a_end || b_start - a_end > 12) return false;
  for (std::size_t i = a_end; i < b_start; ++i) {
    const char c = text[i];
    if (c == ' ' || c == ',' || c == ';' || c == '/' || c == '|' || c == '&') continue;
    const std::string_view rest = text.substr(i, b_start - i);
    const bool word_start = i == a_end || text[i - 1] == ' ' || text[i - 1] == ',';
    if (word_start && (rest.starts_with("and ") || rest.starts_with("or "))) {
      i += rest[0] == 'a' ? 2 : 1;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace skillmatch::detail
