#include "forbid_phrases.hpp"

#include <algorithm>

namespace skillmatch::detail {
namespace {

// RE2's \w and \b: ASCII only, in any encoding.
bool re2_word(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }
// RE2's \s: ASCII whitespace without the vertical tab.
bool re2_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// A word's hash, its ASCII letters folded to lower case.
std::uint64_t word_hash(std::string_view text, std::size_t from, std::size_t to) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a
  for (std::size_t p = from; p < to; ++p) hash = (hash ^ static_cast<unsigned char>(lower(text[p]))) * 0x100000001b3ULL;
  return hash;
}

// The hash of a run of words: each word's hash mixed into the run's so far (splitmix64's
// finaliser), from a start that is the skill's own.
std::uint64_t chain(std::uint64_t so_far, std::uint64_t word) {
  std::uint64_t z = so_far ^ word;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
std::uint64_t chain_start(std::size_t skill) { return (skill + 1) * 0x9e3779b97f4a7c15ULL; }

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
    if (whole) words.push_back({word_start, p, word_hash(text, word_start, p)});
  }
}

// Where a run of `words` words joined by whitespace that reaches `from` can start, no
// further left than `start`: the walk passes a word (or the part of one before `from`) and
// the whitespace before it, `words` times, and stops at any other byte.
std::size_t reach_left(std::string_view text, std::size_t start, std::size_t from, std::size_t words) {
  std::size_t p = from;
  for (std::size_t n = 0; n < words; ++n) {
    std::size_t q = p;
    while (q > start && re2_space(text[q - 1])) --q;
    if (q == start || !re2_word(text[q - 1])) break;
    while (q > start && re2_word(text[q - 1])) --q;
    p = q;
  }
  return p;
}

// The same rightwards from `from`, no further than `end`.
std::size_t reach_right(std::string_view text, std::size_t end, std::size_t from, std::size_t words) {
  std::size_t p = from;
  for (std::size_t n = 0; n < words; ++n) {
    std::size_t q = p;
    while (q < end && re2_space(text[q])) ++q;
    if (q == end || !re2_word(text[q])) break;
    while (q < end && re2_word(text[q])) ++q;
    p = q;
  }
  return p;
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
  std::vector<std::uint64_t> hashes;
  auto& own = phrases_.emplace_back();
  std::uint32_t most = 0;
  for (const std::string& phrase : phrases) {
    own.insert(phrase);
    std::uint64_t hash = chain_start(max_words_.size());
    for (std::size_t from = 0; from <= phrase.size();) {
      const std::size_t to = std::min(phrase.find(' ', from), phrase.size());
      hash = chain(hash, word_hash(phrase, from, to));
      from = to + 1;
    }
    hashes.push_back(hash);
    most = std::max(most, static_cast<std::uint32_t>(std::count(phrase.begin(), phrase.end(), ' ') + 1));
  }
  max_words_.push_back(most);
  for (const std::uint64_t hash : hashes) hashes_.insert(hash);
}

void ForbidPhrases::HashSet::insert(std::uint64_t hash) {
  hash = hash == 0 ? 1 : hash;
  if (2 * (count_ + 1) > slots_.size()) {  // at most half full: a miss ends after a slot or two
    std::vector<std::uint64_t> old(std::max<std::size_t>(64, 2 * slots_.size()), 0);
    old.swap(slots_);
    count_ = 0;
    for (const std::uint64_t kept : old) {
      if (kept != 0) insert(kept);
    }
  }
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i] != 0 && slots_[i] != hash) i = (i + 1) & mask;
  count_ += slots_[i] == 0;
  slots_[i] = hash;
}

bool ForbidPhrases::HashSet::contains(std::uint64_t hash) const {
  if (slots_.empty()) return false;
  hash = hash == 0 ? 1 : hash;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask; slots_[i] != 0; i = (i + 1) & mask) {
    if (slots_[i] == hash) return true;
  }
  return false;
}

bool ForbidPhrases::covers(std::size_t skill, std::string_view text, std::size_t start, std::size_t end,
                           std::size_t offset, std::size_t length, Scratch& scratch) const {
  const std::size_t most = max_words_[skill];
  if (most == 0) return false;
  // A phrase over the mention has at most `most` words on either side of it: only they are read.
  words_in(text, reach_left(text, start, offset, most), reach_right(text, end, offset + length, most), scratch.words);
  const auto& words = scratch.words;
  // Every run of up to `most` words joined by whitespace that overlaps the mention, by its
  // hash; the words themselves are compared only when the hash is a phrase's.
  for (std::size_t first = 0; first < words.size() && words[first].start < offset + length; ++first) {
    std::uint64_t hash = chain_start(skill);
    for (std::size_t last = first; last < words.size() && last < first + most; ++last) {
      if (last > first && !spaces_only(text, words[last - 1].end, words[last].start)) break;
      hash = chain(hash, words[last].hash);
      if (words[last].end > offset && hashes_.contains(hash) && is_phrase(skill, text, first, last, scratch)) return true;
    }
  }
  return false;
}

bool ForbidPhrases::is_phrase(std::size_t skill, std::string_view text, std::size_t first, std::size_t last,
                              Scratch& scratch) const {
  std::string& key = scratch.key;
  key.clear();
  for (std::size_t w = first; w <= last; ++w) {
    if (w > first) key += ' ';
    for (std::size_t p = scratch.words[w].start; p < scratch.words[w].end; ++p) key += lower(text[p]);
  }
  return phrases_[skill].count(key) > 0;
}

}  // namespace skillmatch::detail
