#include "forbid_phrases.hpp"

#include <algorithm>

namespace skillmatch::detail {
namespace {

// RE2's \w and \b: ASCII only, in any encoding.
bool re2_word(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }
// RE2's \s: ASCII whitespace without the vertical tab.
bool re2_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// The whole words of text[start, end): a run of word bytes cut by either end is no word a
// phrase can match, since \b sees the text beyond the window.
void words_in(std::string_view text, std::size_t start, std::size_t end, std::vector<ForbidPhrases::Scratch::Word>& words) {
  words.clear();
  std::size_t p = start;
  while (p < end) {
    if (!re2_word(text[p])) {
      ++p;
      continue;
    }
    const std::size_t word_start = p;
    while (p < end && re2_word(text[p])) ++p;
    const bool whole = (word_start == 0 || !re2_word(text[word_start - 1])) && (p == text.size() || !re2_word(text[p]));
    if (whole) words.push_back({word_start, p});
  }
}

// Only whitespace, and some, between two words.
bool spaces_only(std::string_view text, std::size_t from, std::size_t to) {
  return to > from && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(from),
                                  text.begin() + static_cast<std::ptrdiff_t>(to), re2_space);
}

}  // namespace

bool ForbidPhrases::well_formed(std::string_view phrase) {
  bool word_start = true;
  for (const char c : phrase) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!letter && (c != ' ' || word_start)) return false;
    word_start = c == ' ';
  }
  return !word_start;
}

void ForbidPhrases::add_skill(const std::vector<std::string>& phrases) {
  auto& own = phrases_.emplace_back();
  std::uint32_t most = 0;
  for (const std::string& phrase : phrases) {
    own.insert(phrase);
    most = std::max(most, static_cast<std::uint32_t>(std::count(phrase.begin(), phrase.end(), ' ') + 1));
  }
  max_words_.push_back(most);
}

bool ForbidPhrases::covers(std::size_t skill, std::string_view text, std::size_t start, std::size_t end,
                           std::size_t offset, std::size_t length, Scratch& scratch) const {
  const std::size_t most = max_words_[skill];
  if (most == 0) return false;
  words_in(text, start, end, scratch.words);
  const auto& words = scratch.words;
  // Every run of up to `most` words joined by whitespace that overlaps the mention.
  for (std::size_t first = 0; first < words.size() && words[first].start < offset + length; ++first) {
    std::string& key = scratch.key;
    key.clear();
    for (std::size_t last = first; last < words.size() && last < first + most; ++last) {
      if (last > first) {
        if (!spaces_only(text, words[last - 1].end, words[last].start)) break;
        key += ' ';
      }
      for (std::size_t p = words[last].start; p < words[last].end; ++p) key += lower(text[p]);
      if (words[last].end > offset && phrases_[skill].count(key) > 0) return true;
    }
  }
  return false;
}

}  // namespace skillmatch::detail
