// Locates literal aliases in one pass over the text: each word is looked up once in a
// table keyed by the aliases' first tokens, and only that word's candidates are compared.
// Token boundaries are checked here, in C++: RE2 has no look-behind and its \b is
// ASCII-only.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace skillmatch::detail {

// 16 bytes: a large document has a candidate every few words. Lengths fit 32 bits because
// the extractor refuses documents of 4 GiB or more.
struct RawMatch {
  std::size_t offset;
  std::uint32_t alias;
  std::uint32_t length;
};

class AliasLocator {
 public:
  // Lowercases (unless case-sensitive) and folds runs of spaces and hyphens to one space.
  static std::string fold(std::string_view literal, bool case_sensitive);

  void add(std::uint32_t alias_id, std::string_view literal, bool case_sensitive);
  // Orders each first-token bucket longest alias first; call once after the last add().
  void finish();

  // Appends the leftmost-longest whole-token matches of every alias.
  void locate(std::string_view text, std::vector<RawMatch>& out) const;

  // Whether a match at [start, end) stands on token boundaries ("Java" not in
  // "JavaScript", "C" not in "C++", "R" not in "R&D", "python" not in "www.python.org").
  // A version glued to the name ends its token instead: "Java" in "Java8", "TF" in "TF2.x".
  static bool on_boundaries(std::string_view text, std::size_t start, std::size_t end);

 private:
  struct Entry {
    std::uint32_t alias_id;
    std::string folded;
    bool case_sensitive;
  };
  // A bucket's member, with what rules most members out without reading the entry.
  struct Candidate {
    std::uint64_t second_word;  // hash of the alias's word after the first gap; 0 when there is none
    std::uint32_t entry;        // index into entries_
  };
  // Entries whose first token hashes to `hash`, longest alias first: [begin, begin + count)
  // of candidates_. A hash collision only merges two buckets: every candidate is compared.
  struct Bucket {
    std::uint64_t hash = 0;
    std::uint32_t begin = 0;
    std::uint32_t count = 0;
  };
  std::size_t match_at(std::string_view text, std::size_t start, const Entry& entry) const;
  const Bucket* find(std::uint64_t hash) const;
  bool may_start_alias(std::uint64_t hash) const {
    const std::uint64_t bit = (hash >> 20) & (first_token_filter_.size() * 64 - 1);
    return (first_token_filter_[bit >> 6] >> (bit & 63)) & 1;
  }
  // Candidates for the token at [start, first_end) whose first token hashes to key_hash.
  bool try_candidates(std::string_view text, std::size_t start, std::size_t first_end, std::uint64_t key_hash,
                      std::vector<RawMatch>& out) const;

  // Candidates for a word [start, end) ending in digits, without them: "Java8" as "Java",
  // when the whole word names nothing.
  bool try_unversioned(std::string_view text, std::size_t start, std::size_t end, std::vector<RawMatch>& out) const;

  std::vector<Entry> entries_;
  std::vector<Candidate> candidates_;      // grouped by bucket
  std::vector<Bucket> buckets_;            // open addressing, power-of-two size, hash 0 = empty
  // One bit per hash value modulo its size: most words start no alias, and this small
  // filter (it fits in L1) answers that without touching the larger table.
  std::vector<std::uint64_t> first_token_filter_;
  std::array<bool, 256> punctuation_starts_alias_{};
};

}  // namespace skillmatch::detail
