#include "forbid_phrases.hpp"

#include <algorithm>
#include <array>

#include "../char_classes.hpp"

namespace skillmatch::detail {
namespace {

// Each byte's class and lower case by table: a check reads every byte of its reach, and the
// comparisons cost more than the rest of it.
enum : std::uint8_t { kOther = 0, kWord = 1, kSpace = 2 };
struct ByteTables {
  std::array<std::uint8_t, 256> kind{};
  std::array<char, 256> lower{};
};
constexpr ByteTables kBytes = [] {
  ByteTables tables;
  for (int c = 0; c < 256; ++c) {
    // RE2's \w and \b: ASCII only, in any encoding; its \s: ASCII whitespace but \v.
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    tables.kind[c] = is_ascii_word(static_cast<unsigned char>(c)) ? kWord : space ? kSpace : kOther;
    tables.lower[c] = ascii_lower(static_cast<char>(c));
  }
  return tables;
}();
bool re2_word(char c) { return kBytes.kind[static_cast<unsigned char>(c)] == kWord; }
bool re2_space(char c) { return kBytes.kind[static_cast<unsigned char>(c)] == kSpace; }
char lower(char c) { return kBytes.lower[static_cast<unsigned char>(c)]; }

// An item's hash: its lower-case bytes folded one by one (FNV-1a), then its kind mixed in, so
// that a word's first letters give every stem's hash on the way to the word's own.
constexpr std::uint64_t kFoldStart = 0xcbf29ce484222325ULL;
std::uint64_t fold(std::uint64_t state, char c) { return (state ^ static_cast<unsigned char>(lower(c))) * 0x100000001b3ULL; }
std::uint64_t finish(std::uint64_t state, PhraseItem::Kind kind) {
  std::uint64_t z = state ^ (static_cast<std::uint64_t>(kind) + 1) * 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  return z ^ (z >> 27);
}
std::uint64_t item_hash(const PhraseItem& item) {
  std::uint64_t state = kFoldStart;
  for (const char c : item.text) state = fold(state, c);
  return finish(state, item.kind);
}
// No second item: a phrase of one item is listed under its first item alone.
constexpr std::uint64_t kNoItem = 0x51afd7ed558ccd1dULL;

// The key phrases are listed under: their skill, first item and second item.
std::uint64_t phrase_key(std::size_t skill, std::uint64_t first, std::uint64_t second) {
  std::uint64_t z = ((skill + 1) * 0x94d049bb133111ebULL) ^ first ^ (second * 0xff51afd7ed558ccdULL);
  z = (z ^ (z >> 31)) * 0xc4ceb9fe1a85ec53ULL;
  z ^= z >> 29;
  return z == 0 ? 1 : z;
}

// Where a run of `tokens` tokens (words, marks) and the whitespace between them that reaches
// `from` can start, no further left than `start`.
std::size_t reach_left(std::string_view text, std::size_t start, std::size_t from, std::size_t tokens) {
  std::size_t p = from;
  for (std::size_t n = 0; n < tokens && p > start; ++n) {
    while (p > start && re2_space(text[p - 1])) --p;
    if (p > start && !re2_word(text[p - 1])) {
      --p;
      continue;
    }
    while (p > start && re2_word(text[p - 1])) --p;
  }
  return p;
}

// The words and marks of text[from, to), with the whitespace before each, up to the `after`th
// token starting at or after `stop`. A word cut by either end of the window is not whole there:
// \b sees the text beyond it.
void tokens_in(std::string_view text, std::size_t from, std::size_t to, std::size_t stop, std::size_t after,
               std::vector<ForbidPhrases::Token>& tokens) {
  tokens.clear();
  std::uint32_t gap = 0;
  for (std::size_t p = from, past = 0; p < to && (p < stop || past < after);) {
    if (re2_space(text[p])) {
      ++gap;
      ++p;
      continue;
    }
    const std::size_t token_start = p;
    past += token_start >= stop;
    const bool word = re2_word(text[p]);
    std::uint64_t state = fold(kFoldStart, text[p++]);
    while (word && p < to && re2_word(text[p])) state = fold(state, text[p++]);
    const bool starts_whole = !word || token_start == 0 || !re2_word(text[token_start - 1]);
    const bool ends_whole = !word || p == text.size() || !re2_word(text[p]);
    const std::uint64_t hash = finish(state, word ? PhraseItem::Kind::kWord : PhraseItem::Kind::kMark);
    tokens.push_back({token_start, p, hash, gap, word, starts_whole, ends_whole});
    gap = 0;
  }
}

bool same_lower(std::string_view text, std::size_t from, std::string_view lower_text) {
  for (std::size_t i = 0; i < lower_text.size(); ++i) {
    if (lower(text[from + i]) != lower_text[i]) return false;
  }
  return true;
}

// The token is the item: a word whole and equal, a stem's letters starting a word (a last stem
// may run past the window's end, as \w* with no \b after it), a mark equal.
bool item_is(const PhraseItem& item, bool last, std::string_view text, const ForbidPhrases::Token& token) {
  const std::size_t size = token.end - token.start;
  switch (item.kind) {
    case PhraseItem::Kind::kMark: return !token.word && text[token.start] == item.text[0];
    case PhraseItem::Kind::kWord:
      return token.word && token.starts_whole && token.ends_whole && size == item.text.size() &&
             same_lower(text, token.start, item.text);
    case PhraseItem::Kind::kStem:
      return token.word && token.starts_whole && (token.ends_whole || last) && size >= item.text.size() &&
             same_lower(text, token.start, item.text);
  }
  return false;
}

// The hashes a token can have as an item: its own (a word's whole, a mark's) and, for each of
// `stem_lengths` (ascending) a word is long enough for, its first letters' as a stem.
void token_hashes(std::string_view text, const ForbidPhrases::Token& token,
                  const std::vector<std::uint32_t>& stem_lengths, std::vector<std::uint64_t>& out) {
  out.assign(1, token.hash);
  if (!token.word || stem_lengths.empty()) return;
  std::uint64_t state = kFoldStart;
  auto length = stem_lengths.begin();
  for (std::size_t p = token.start; p < token.end && length != stem_lengths.end(); ++p) {
    state = fold(state, text[p]);
    for (; length != stem_lengths.end() && *length == p + 1 - token.start; ++length) {
      out.push_back(finish(state, PhraseItem::Kind::kStem));
    }
  }
}

// The bit of the first-item filter for a skill's first item.
std::size_t first_bit(std::size_t skill, std::uint64_t first) { return phrase_key(skill, first, 0) >> 48; }

}  // namespace

bool ForbidPhrases::well_formed(std::string_view phrase) {
  std::vector<PhraseItem> items;
  return parse_phrase(phrase, items).empty();
}

std::string ForbidPhrases::ill_formed(std::string_view phrase) {
  std::vector<PhraseItem> items;
  return parse_phrase(phrase, items);
}

std::vector<std::string> ForbidPhrases::add_skill(const std::vector<std::string>& phrases) {
  const auto skill = static_cast<std::uint32_t>(max_items_.size());
  std::uint32_t most = 0;
  StemLengths& lengths = stem_lengths_.emplace_back();
  std::vector<PhraseItem> items;
  std::vector<std::string> problems;
  for (const std::string& text : phrases) {
    if (std::string problem = parse_phrase(text, items); !problem.empty()) {
      problems.push_back(std::move(problem));
      continue;
    }
    phrases_.push_back({skill, static_cast<std::uint32_t>(items_.size()), static_cast<std::uint32_t>(items.size())});
    for (std::size_t k = 0; k < 2 && k < items.size(); ++k) {
      if (items[k].kind == PhraseItem::Kind::kStem) lengths[k].push_back(static_cast<std::uint32_t>(items[k].text.size()));
    }
    most = std::max(most, static_cast<std::uint32_t>(items.size()));
    items_.insert(items_.end(), items.begin(), items.end());
  }
  for (auto& list : lengths) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  max_items_.push_back(most);
  return problems;
}

void ForbidPhrases::finish() {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
  for (std::uint32_t i = 0; i < phrases_.size(); ++i) {
    const Phrase& phrase = phrases_[i];
    const std::uint64_t second = phrase.count > 1 ? item_hash(items_[phrase.first + 1]) : kNoItem;
    keyed.emplace_back(phrase_key(phrase.skill, item_hash(items_[phrase.first]), second), i);
  }
  std::sort(keyed.begin(), keyed.end());
  first_bits_.assign((std::size_t{1} << 16) / 64, 0);
  for (const Phrase& phrase : phrases_) {
    const std::size_t bit = first_bit(phrase.skill, item_hash(items_[phrase.first]));
    first_bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  std::size_t size = 64;
  while (size < 2 * keyed.size()) size *= 2;
  slots_.assign(size, Slot{});
  by_key_.clear();
  for (std::size_t i = 0; i < keyed.size();) {
    const auto begin = static_cast<std::uint32_t>(by_key_.size());
    std::size_t j = i;
    while (j < keyed.size() && keyed[j].first == keyed[i].first) by_key_.push_back(keyed[j++].second);
    std::size_t s = keyed[i].first & (size - 1);
    while (slots_[s].key != 0) s = (s + 1) & (size - 1);
    slots_[s] = {keyed[i].first, begin, static_cast<std::uint32_t>(j - i)};
    i = j;
  }
}

bool ForbidPhrases::try_key(std::uint64_t key, std::size_t skill, std::string_view text,
                            const std::vector<Token>& tokens, std::size_t at, std::size_t offset) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t s = key & mask; slots_[s].key != 0; s = (s + 1) & mask) {
    if (slots_[s].key != key) continue;
    for (std::uint32_t i = 0; i < slots_[s].count; ++i) {
      const Phrase& phrase = phrases_[by_key_[slots_[s].begin + i]];
      if (phrase.skill == skill && phrase_at(phrase, text, tokens, at, offset)) return true;
    }
    return false;
  }
  return false;
}

bool ForbidPhrases::phrase_at(const Phrase& phrase, std::string_view text, const std::vector<Token>& tokens,
                              std::size_t at, std::size_t offset) const {
  if (at + phrase.count > tokens.size() || tokens[at + phrase.count - 1].end <= offset) return false;
  for (std::uint32_t k = 0; k < phrase.count; ++k) {
    const PhraseItem& item = items_[phrase.first + k];
    const Token& token = tokens[at + k];
    if (k > 0 && (token.gap < item.gap_min || token.gap > item.gap_max)) return false;
    if (!item_is(item, k + 1 == phrase.count, text, token)) return false;
  }
  return true;
}

bool ForbidPhrases::matches_from(std::size_t skill, std::string_view text, std::size_t at, std::size_t offset,
                                 Scratch& scratch) const {
  const std::vector<Token>& tokens = scratch.tokens;
  // Most tokens start no phrase of the skill: a bit per skill and first item says so before the
  // next token is read (for a skill whose phrases start with no stem, before anything else).
  const auto starts_none = [&](std::uint64_t first) {
    const std::size_t bit = first_bit(skill, first);
    return (first_bits_[bit / 64] >> (bit % 64) & 1) == 0;
  };
  if (stem_lengths_[skill][0].empty() && starts_none(tokens[at].hash)) return false;
  token_hashes(text, tokens[at], stem_lengths_[skill][0], scratch.first);
  std::erase_if(scratch.first, starts_none);
  if (scratch.first.empty()) return false;
  scratch.second.clear();
  if (at + 1 < tokens.size()) token_hashes(text, tokens[at + 1], stem_lengths_[skill][1], scratch.second);
  scratch.second.push_back(kNoItem);
  for (const std::uint64_t first : scratch.first) {
    for (const std::uint64_t second : scratch.second) {
      if (try_key(phrase_key(skill, first, second), skill, text, tokens, at, offset)) return true;
    }
  }
  return false;
}

bool ForbidPhrases::covers(std::size_t skill, std::string_view text, std::size_t start, std::size_t end,
                           std::size_t offset, std::size_t length, Scratch& scratch) const {
  const std::size_t most = max_items_[skill];
  if (most == 0) return false;
  // A phrase over the mention has at most `most` tokens on either side of it: only they are read.
  tokens_in(text, reach_left(text, start, offset, most), end, offset + length, most, scratch.tokens);
  const auto& tokens = scratch.tokens;
  // A match overlapping the mention starts at a token before the mention's end, and no more
  // than `most` - 1 tokens before the first token that reaches into the mention.
  std::size_t reaching = 0;
  while (reaching < tokens.size() && tokens[reaching].end <= offset) ++reaching;
  for (std::size_t at = reaching >= most ? reaching - most + 1 : 0;
       at < tokens.size() && tokens[at].start < offset + length; ++at) {
    if (matches_from(skill, text, at, offset, scratch)) return true;
  }
  return false;
}

}  // namespace skillmatch::detail
