// Negation trigger fragments found by the literal text they start with (literal_prefixes):
// a walk down a trie of those strings from a place names the few fragments that can match
// there, and only those run, each its own RE2, compiled when first asked. A fragment whose
// matches are plain strings ("instead of") matches by the walk alone. Compiling every
// fragment into one scanner cost more at start-up than a document's whole scan.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include <skillmatch/result.hpp>

#include "lazy_regex.hpp"
#include "literal_prefixes.hpp"

namespace skillmatch::detail {

// The options of every negation pattern: Latin-1, case folded by "(?i)", leftmost-longest.
RE2::Options negation_options();

class TriggerIndex {
 public:
  static constexpr std::size_t kMaxClasses = 8;
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  static constexpr std::uint32_t kAllClasses = (1u << kMaxClasses) - 1;
  // Per class, the end of its longest match at a place, or kNone.
  using Ends = std::array<std::size_t, kMaxClasses>;

  // The fragments of each class, in class order. An error names `origin` and the first
  // fragment RE2 refuses, or one that matches the empty string.
  static Result<TriggerIndex> build(const std::vector<const std::vector<std::string>*>& classes, const std::string& origin);

  // Whether a fragment with no literal start can match the empty string (the caller names it).
  bool matches_empty() const { return matches_empty_; }

  // Whether a fragment may match at text[p] (ending by `to`) at all, from its first four
  // bytes at most, given up at the first that no string continues with: the test a scan
  // makes at every place.
  bool may_start(std::string_view text, std::size_t p, std::size_t to) const {
    if (!wild_.empty()) return true;
    std::uint32_t key = 0;
    for (std::size_t n = 0; n < kFilterBytes && p + n < to; ++n) {
      key = key << 8 | kFoldLatin1[static_cast<unsigned char>(text[p + n])];
      const std::size_t b = bucket(key);
      if (whole_[n].test(b)) return true;
      if (!begun_[n].test(b)) return false;
    }
    return p + kFilterBytes <= to;
  }

  // The longest match of each class in `classes` (a bit per class) starting at text[p] and
  // ending by `to`, as that class's fragments in one case-insensitive, leftmost-longest,
  // Latin-1 RE2 searched anchored at p would find it.
  void longest_at(std::string_view text, std::size_t p, std::size_t to, Ends& ends, std::uint32_t classes = kAllClasses) const;

  // The first class with a fragment matching exactly text[start, end), or the class count.
  std::size_t first_class_matching(std::string_view text, std::size_t start, std::size_t end) const;

 private:
  static constexpr std::uint32_t kNoNode = static_cast<std::uint32_t>(-1);
  struct Fragment {
    std::size_t cls;
    std::unique_ptr<LazyRegex> regex;  // null when its matches are its strings
    std::bitset<256> leading;          // for a fragment with no strings: the non-word bytes it may start with
  };
  struct Node {
    std::vector<std::pair<unsigned char, std::uint32_t>> children;
    std::vector<std::uint32_t> candidates;  // fragments that may match from here: run them
    std::vector<std::uint32_t> candidates_at_word_end;  // the same where no ASCII word byte follows
    std::vector<std::uint32_t> ends;        // fragments that match text up to here
  };
  // A place's fragments: those that end there without RE2 (`end`), then those to run (kNone).
  struct Hit {
    std::uint32_t fragment;
    std::size_t end;
  };

  void add(std::uint32_t fragment, const LiteralPrefix& prefix, bool whole);
  void collect(std::string_view text, std::size_t p, std::size_t to, std::vector<Hit>& hits) const;

  std::vector<Fragment> fragments_;
  std::vector<Node> nodes_;  // nodes_[0] is the root
  std::array<std::uint32_t, 256> root_;
  // A scan's filter: for n < kFilterBytes, begun_[n] holds the buckets of the first n + 1
  // bytes of the strings longer than that, whole_[n] those of the strings of n + 1 bytes.
  static constexpr std::size_t kFilterBytes = 4;
  static constexpr std::size_t kBuckets = 1 << 14;
  static std::size_t bucket(std::uint32_t key) { return (key * 0x9E3779B1u) >> 18; }
  std::array<std::bitset<kBuckets>, kFilterBytes> begun_, whole_;
  std::vector<std::uint32_t> wild_;  // fragments with no strings: tried at every place
  std::size_t classes_ = 0;
  bool matches_empty_ = false;
};

}  // namespace skillmatch::detail
