#include "locate.hpp"

#include <algorithm>

namespace skillmatch::detail {
namespace {

// Pattern aliases are few, but a user's overlay may add many; RE2 reports exhaustion, never grows past it.
constexpr int64_t kPatternMemoryBudget = 64ll << 20;

RE2::Options pattern_options(bool case_sensitive) {
  RE2::Options options;
  options.set_max_mem(kPatternMemoryBudget);
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  return options;
}

// Keeps the leftmost-longest of overlapping candidates, compacted in place so that a large
// document holds its candidates once; ties are broken by alias id, so output is stable.
void keep_leftmost_longest(std::vector<RawMatch>& candidates) {
  std::sort(candidates.begin(), candidates.end(), [](const RawMatch& a, const RawMatch& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length != b.length ? a.length > b.length : a.alias < b.alias;
  });
  std::size_t kept = 0;
  for (const RawMatch& match : candidates) {
    if (kept == 0 || match.offset >= candidates[kept - 1].offset + candidates[kept - 1].length) {
      candidates[kept++] = match;
    }
  }
  candidates.resize(kept);
}

// A line in capitals has at least this many words: a one- or two-word heading in capitals
// ("ORACLE", "WORK EXPERIENCE") is a name or a title more often than a list of tools.
constexpr std::size_t kCapitalLineWords = 3;
// Aliases of up to this many words are looked for among a capital line's words ("GOOGLE CLOUD STORAGE").
constexpr std::size_t kCapitalAliasWords = 3;

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool in_word(char c) { return is_upper(c) || (c >= '0' && c <= '9') || c == '+' || c == '#' || c == '.' || c == '-'; }

// The starts and ends of the words of text[start, end) when no letter of it is lower case;
// false otherwise, or when it has fewer than kCapitalLineWords words.
bool capital_words(std::string_view text, std::size_t start, std::size_t end,
                   std::vector<std::pair<std::size_t, std::size_t>>& words) {
  words.clear();
  for (std::size_t i = start; i < end;) {
    if (is_lower(text[i])) return false;
    if (!is_upper(text[i])) { ++i; continue; }
    std::size_t j = i;
    while (j < end && in_word(text[j])) ++j;
    if (j < end && is_lower(text[j])) return false;
    // A word's trailing period ends a sentence, not the word ("REQUIRED.").
    std::size_t word_end = j;
    while (word_end > i && text[word_end - 1] == '.') --word_end;
    words.emplace_back(i, word_end);
    i = j;
  }
  return words.size() >= kCapitalLineWords;
}

// Whether a match of `sorted` (by offset) overlaps [start, end).
bool overlaps(const std::vector<RawMatch>& sorted, std::size_t count, std::size_t start, std::size_t end) {
  const auto last = sorted.begin() + static_cast<std::ptrdiff_t>(count);
  const auto after = std::lower_bound(sorted.begin(), last, end, [](const RawMatch& m, std::size_t offset) { return m.offset < offset; });
  return after != sorted.begin() && std::prev(after)->offset + std::prev(after)->length > start;
}

// Case-sensitive aliases among the words of lines written wholly in capitals, longest first,
// where neither the locator nor a tag line's items (the first entries of `out`) found one.
void add_capital_words(const ListLines& lists, std::string_view text, const std::vector<RawMatch>& kept,
                       std::vector<RawMatch>& out) {
  thread_local std::vector<std::pair<std::size_t, std::size_t>> words;
  const std::size_t tag_items = out.size();
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (capital_words(text, start, end, words)) {
      for (std::size_t w = 0; w < words.size(); ++w) {
        for (std::size_t n = std::min(kCapitalAliasWords, words.size() - w); n > 0; --n) {
          if (overlaps(out, tag_items, words[w].first, words[w + n - 1].second)) continue;
          const std::size_t before = out.size();
          lists.try_item(text, words[w].first, words[w + n - 1].second, kept, out);
          if (out.size() == before) continue;
          w += n - 1;
          break;
        }
      }
    }
    start = end + 1;
  }
}

}  // namespace

Locate::Locate() : pattern_presence_(std::make_unique<RE2::Set>(pattern_options(false), RE2::UNANCHORED)) {}

void Locate::add(std::uint32_t id, const Alias& alias, const Skill& skill, std::vector<Error>& problems) {
  if (!alias.is_pattern) {
    literals_.add(id, alias.text, alias.case_sensitive);
    return;
  }
  std::string error;
  if (pattern_presence_->Add(alias.text, &error) != static_cast<int>(pattern_aliases_.size())) {
    problems.push_back(Error{skill.origin, "skill '" + skill.id + "': alias '" + alias.text + "': " + error});
    return;
  }
  pattern_aliases_.push_back(id);
  patterns_.push_back(std::make_unique<RE2>(alias.text, pattern_options(alias.case_sensitive)));
}

void Locate::finish(std::vector<Error>& problems) {
  literals_.finish();
  if (pattern_aliases_.empty()) {
    pattern_presence_.reset();
  } else if (!pattern_presence_->Compile()) {
    problems.push_back(Error{"rules", "RE2 could not compile the pattern aliases within its memory budget"});
  }
}

bool Locate::run(std::string_view text, Scratch& scratch) const {
  scratch.candidates.clear();
  literals_.locate(text, scratch.candidates);
  if (!find_patterns(text, scratch)) return false;
  keep_leftmost_longest(scratch.candidates);
  return true;
}

bool Locate::find_patterns(std::string_view text, Scratch& scratch) const {
  if (pattern_presence_ == nullptr) return true;
  std::vector<int>& present = scratch.present_patterns;
  present.clear();
  RE2::Set::ErrorInfo error_info{};
  if (!pattern_presence_->Match(text, &present, &error_info) && error_info.kind != RE2::Set::kNoError) return false;
  // Set indices come back unordered; sorted, the matches are appended in a stable order.
  std::sort(present.begin(), present.end());
  for (const int index : present) {
    const RE2& pattern = *patterns_[static_cast<std::size_t>(index)];
    re2::StringPiece match;
    for (std::size_t from = 0; from < text.size() && pattern.Match(text, from, text.size(), RE2::UNANCHORED, &match, 1);) {
      const auto start = static_cast<std::size_t>(match.data() - text.data());
      if (!match.empty() && AliasLocator::on_boundaries(text, start, start + match.size())) {
        scratch.candidates.push_back({.offset = start,
                                      .alias = pattern_aliases_[static_cast<std::size_t>(index)],
                                      .length = static_cast<std::uint32_t>(match.size())});
      }
      from = start + std::max<std::size_t>(match.size(), 1);
    }
  }
  return true;
}

void add_list_items(const ListLines& lists, std::string_view text, const std::vector<Section>& sections,
                    Scratch& scratch) {
  lists.find(text, sections, scratch.candidates, scratch.list_lines);
  scratch.list_items.clear();
  lists.locate_items(text, scratch.list_lines, scratch.candidates, scratch.list_items);
  add_capital_words(lists, text, scratch.candidates, scratch.list_items);
  if (scratch.list_items.empty()) return;
  std::vector<RawMatch>& candidates = scratch.candidates;
  candidates.insert(candidates.end(), scratch.list_items.begin(), scratch.list_items.end());
  std::sort(candidates.begin(), candidates.end(), [](const RawMatch& a, const RawMatch& b) { return a.offset < b.offset; });
}

}  // namespace skillmatch::detail
