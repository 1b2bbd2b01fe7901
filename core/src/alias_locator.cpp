#include "alias_locator.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <utility>

#include "char_classes.hpp"

namespace skillmatch::detail {
namespace {

// A hash of a token that ignores ASCII case: eight bytes at a time, each byte ORed with
// 0x20. That also merges a few non-letters (and bytes of UTF-8 sequences), which only
// merges buckets: every candidate is compared byte by byte anyway. Never 0 (an empty slot).
// `readable` bytes after the token may be read too: with 8 of them, a short token's last
// chunk is one load, masked, rather than a call to memcpy for every word of the text.
std::uint64_t hash_token(std::string_view token, std::size_t readable = 0) {
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  constexpr std::uint64_t kCaseBits = 0x2020202020202020ull;
  const char* bytes = token.data();
  std::size_t left = token.size();
  std::uint64_t hash = left * kMultiplier;
  const auto mix = [&hash](std::uint64_t chunk) {
    hash = (hash ^ chunk) * kMultiplier;
    hash ^= hash >> 31;
  };
  for (; left >= 8; bytes += 8, left -= 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, bytes, 8);
    mix(chunk | kCaseBits);
  }
  if (left > 0) {
    const std::uint64_t kept = ~std::uint64_t{0} >> (8 * (8 - left));
    std::uint64_t chunk = 0;
    if (left + readable >= 8) {
      std::memcpy(&chunk, bytes, 8);
      chunk &= kept;
    } else {
      std::memcpy(&chunk, bytes, left);
    }
    mix(chunk | (kCaseBits & kept));
  }
  hash ^= hash >> 32;
  hash *= kMultiplier;
  hash ^= hash >> 29;
  return hash == 0 ? 1 : hash;
}

// 0: an ASCII separator, 1: an ASCII word character, 2: a non-ASCII byte (classify it).
constexpr std::array<std::uint8_t, 256> kByteClass = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = c >= 0x80 ? 2 : is_ascii_word(static_cast<unsigned char>(c)) ? 1 : 0;
  return table;
}();

struct HashedWord {
  std::uint64_t hash;
  std::size_t end;
};

// Where the run of word characters starting at text[i] stops.
std::size_t word_end(std::string_view text, std::size_t i) {
  std::size_t end = i;
  while (end < text.size()) {
    const std::uint8_t kind = kByteClass[static_cast<unsigned char>(text[end])];
    if (kind == 1) {
      ++end;
    } else if (kind == 0) {
      break;
    } else {
      const CharInfo next = classify(text, end);
      if (!next.word) break;
      end += next.length;
    }
  }
  return end;
}

// Hashes the run of word characters starting at text[i]; `end` is where the run stops.
HashedWord hash_word(std::string_view text, std::size_t i) {
  const std::size_t end = word_end(text, i);
  return {hash_token(text.substr(i, end - i), text.size() - end), end};
}

// The first token of a folded alias: its leading word, or its first character when it
// starts with punctuation (".NET").
std::string_view first_token(std::string_view folded) {
  const std::size_t end = word_end(folded, 0);
  return folded.substr(0, end == 0 ? 1 : end);
}

// The hash of a folded alias's second word, when a gap follows a first word; else 0.
std::uint64_t second_word_of(std::string_view folded) {
  const std::size_t first_end = first_token(folded).size();
  if (first_end >= folded.size() || folded[first_end] != ' ' || !classify(folded, 0).word) return 0;
  const HashedWord second = hash_word(folded, first_end + 1);
  return second.end > first_end + 1 ? second.hash : 0;
}

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Where a version glued to a name ends ("Java8", "PHP7.4", "TF2.x"), for a name text[start,
// end) ending in a letter with text[end] a digit; npos when what follows is no version. The
// name's last word needs three letters, or two and a dotted version: "C4", "R2", "S3", "ES6"
// and "MP3" are names of their own, not C, R, S, ES or MP.
std::size_t version_end(std::string_view text, std::size_t start, std::size_t end) {
  if (end >= text.size() || end == start || !ascii_digit(text[end]) || !ascii_letter(text[end - 1])) {
    return std::string_view::npos;
  }
  std::size_t letters = 0;
  while (end - letters > start && ascii_letter(text[end - letters - 1])) ++letters;
  std::size_t v = end;
  while (v < text.size() && ascii_digit(text[v])) ++v;
  bool dotted = false;
  while (v + 1 < text.size() && text[v] == '.' && (ascii_digit(text[v + 1]) || text[v + 1] == 'x')) {
    dotted = true;
    v += 2;
    while (v < text.size() && ascii_digit(text[v])) ++v;
  }
  return letters >= 3 || (letters == 2 && dotted) ? v : std::string_view::npos;
}

// Where the digits ending text[start, end) begin, when letters come before them ("Java8":
// at "8"); else `end`.
std::size_t unversioned_end(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t digits = end;
  while (digits > start && ascii_digit(text[digits - 1])) --digits;
  return digits == start || !ascii_letter(text[digits - 1]) ? end : digits;
}

// The hashes of the text's word after the gap at `first_end` (0 when there is none), as
// it is and without its trailing version digits (0 when it has none).
std::pair<std::uint64_t, std::uint64_t> second_word_hashes(std::string_view text, std::size_t first_end) {
  const std::size_t gap = gap_length(text, first_end);
  if (gap == 0) return {0, 0};
  const std::size_t start = first_end + gap;
  const HashedWord word = hash_word(text, start);
  const std::size_t bare = unversioned_end(text, start, word.end);
  return {word.hash, bare == word.end ? 0 : hash_token(text.substr(start, bare - start), text.size() - bare)};
}

}  // namespace

std::string AliasLocator::fold(std::string_view literal, bool case_sensitive) {
  // Written in place and cut to length: growing it a byte at a time was most of adding an alias.
  std::string folded(literal.size(), '\0');
  std::size_t n = 0;
  for (const char c : literal) {
    if (c == ' ' || c == '\t' || c == '-' || c == '\n') {
      if (n > 0 && folded[n - 1] != ' ') folded[n++] = ' ';
    } else {
      folded[n++] = case_sensitive ? c : ascii_lower(c);
    }
  }
  while (n > 0 && folded[n - 1] == ' ') --n;
  folded.resize(n);
  return folded;
}

void AliasLocator::add(std::uint32_t alias_id, std::string_view literal, bool case_sensitive) {
  entries_.push_back({alias_id, fold(literal, case_sensitive), case_sensitive});
}

void AliasLocator::finish() {
  // Entries by the hash of their first token, longest alias first, then in the order added:
  // sorted once rather than gathered into a map of vectors, a node and a vector per token.
  struct Keyed {
    std::uint64_t hash;
    std::uint32_t length;  // of the folded alias, here so that comparing reads no entry
    std::uint32_t entry;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(entries_.size());
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const std::string_view key = first_token(entries_[i].folded);
    if (!classify(key, 0).word) punctuation_starts_alias_[static_cast<unsigned char>(key[0])] = true;
    keyed.push_back({hash_token(key), static_cast<std::uint32_t>(entries_[i].folded.size()), i});
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.hash != b.hash) return a.hash < b.hash;
    return a.length != b.length ? a.length > b.length : a.entry < b.entry;
  });
  std::size_t groups = 0;
  for (std::size_t k = 0; k < keyed.size(); ++k) groups += k == 0 || keyed[k].hash != keyed[k - 1].hash;
  std::size_t size = 16;
  while (size < groups * 2) size *= 2;
  buckets_.assign(size, Bucket{});
  first_token_filter_.assign(1024, 0);  // 64 Kbit: a few percent of words pass on a full taxonomy
  candidates_.clear();
  candidates_.reserve(keyed.size());
  for (std::size_t begin = 0, end = 0; begin < keyed.size(); begin = end) {
    const std::uint64_t hash = keyed[begin].hash;
    while (end < keyed.size() && keyed[end].hash == hash) ++end;
    const std::uint64_t bit = (hash >> 20) & (first_token_filter_.size() * 64 - 1);
    first_token_filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    std::size_t slot = hash & (size - 1);
    while (buckets_[slot].hash != 0) slot = (slot + 1) & (size - 1);
    buckets_[slot] = {hash, static_cast<std::uint32_t>(candidates_.size()), static_cast<std::uint32_t>(end - begin)};
    for (std::size_t k = begin; k < end; ++k) {
      candidates_.push_back({second_word_of(entries_[keyed[k].entry].folded), keyed[k].entry});
    }
  }
}

const AliasLocator::Bucket* AliasLocator::find(std::uint64_t hash) const {
  const std::size_t mask = buckets_.size() - 1;
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const Bucket& bucket = buckets_[slot];
    if (bucket.hash == hash) return &bucket;
    if (bucket.hash == 0) return nullptr;
  }
}

std::size_t AliasLocator::match_at(std::string_view text, std::size_t start, const Entry& entry) const {
  std::size_t t = start;
  for (const char expected : entry.folded) {
    if (expected == ' ') {
      const std::size_t gap = gap_length(text, t);
      if (gap == 0) return std::string_view::npos;
      t += gap;
      continue;
    }
    if (t >= text.size()) return std::string_view::npos;
    const char actual = entry.case_sensitive ? text[t] : ascii_lower(text[t]);
    if (actual != expected) return std::string_view::npos;
    ++t;
  }
  return t;
}

bool AliasLocator::on_boundaries(std::string_view text, std::size_t start, std::size_t end) {
  if (start >= 2 && (text[start - 1] == '.' || text[start - 1] == '@') && word_before(text, start - 1)) return false;
  if (start >= 1 && classify(text, start).word && word_before(text, start)) return false;
  if (const std::size_t version = version_end(text, start, end); version != std::string_view::npos) end = version;
  if (end >= text.size()) return true;
  if (classify(text, end).word) return false;
  if (!word_before(text, end)) return true;
  const char next = text[end];
  if (next == '+' || next == '#') return false;
  const bool glued = end + 1 < text.size() && is_ascii_word(static_cast<unsigned char>(text[end + 1]));
  return !((next == '.' || next == '&' || next == '@') && glued);
}

bool AliasLocator::try_candidates(std::string_view text, std::size_t start, std::size_t first_end,
                                  std::uint64_t key_hash, std::vector<RawMatch>& out) const {
  const Bucket* bucket = find(key_hash);
  if (bucket == nullptr) return false;
  // The text's second word, hashed once when a candidate needs it: a bucket like "data"
  // holds a hundred aliases, and most are ruled out by their second word without a compare.
  // Also without a version glued to it: "Windows Mobile5.0".
  std::optional<std::pair<std::uint64_t, std::uint64_t>> text_second_word;
  for (std::uint32_t k = bucket->begin; k < bucket->begin + bucket->count; ++k) {
    const Candidate& candidate = candidates_[k];
    if (candidate.second_word != 0) {
      if (!text_second_word) text_second_word = second_word_hashes(text, first_end);
      if (text_second_word->first != candidate.second_word && text_second_word->second != candidate.second_word) continue;
    }
    const Entry& entry = entries_[candidate.entry];
    const std::size_t end = match_at(text, start, entry);
    if (end != std::string_view::npos && on_boundaries(text, start, end)) {
      out.push_back({.offset = start, .alias = entry.alias_id, .length = static_cast<std::uint32_t>(end - start)});
      return true;
    }
  }
  return false;
}

bool AliasLocator::try_unversioned(std::string_view text, std::size_t start, std::size_t end,
                                   std::vector<RawMatch>& out) const {
  const std::size_t digits = unversioned_end(text, start, end);
  if (digits == end) return false;
  const std::uint64_t hash = hash_token(text.substr(start, digits - start), text.size() - digits);
  return may_start_alias(hash) && try_candidates(text, start, digits, hash, out);
}

void AliasLocator::locate(std::string_view text, std::vector<RawMatch>& out) const {
  if (candidates_.empty()) return;
  const auto byte_class = [&](std::size_t i) { return kByteClass[static_cast<unsigned char>(text[i])]; };
  std::size_t i = 0;
  bool previous_is_word = false;
  while (i < text.size()) {
    const std::uint8_t kind = byte_class(i);
    if (kind == 0) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (punctuation_starts_alias_[c] && !previous_is_word) {
        const std::uint64_t hash = hash_token(text.substr(i, 1), text.size() - i - 1);
        if (may_start_alias(hash) && try_candidates(text, i, i + 1, hash, out)) {
          i += out.back().length;
          previous_is_word = word_before(text, i);
          continue;
        }
      }
      previous_is_word = false;
      ++i;
      continue;
    }
    if (kind == 2 && !classify(text, i).word) {
      previous_is_word = false;
      i += classify(text, i).length;
      continue;
    }
    // A word: hash it while finding its end, then probe the filter, and the table only
    // when the filter lets it through.
    const auto [hash, end] = hash_word(text, i);
    // Only a word ending in a digit may be a name with its version glued on ("Java8").
    if ((may_start_alias(hash) && try_candidates(text, i, end, hash, out)) ||
        (ascii_digit(text[end - 1]) && try_unversioned(text, i, end, out))) {
      i += out.back().length;
      previous_is_word = word_before(text, i);
      continue;
    }
    i = end;
    previous_is_word = true;
  }
}

}  // namespace skillmatch::detail
