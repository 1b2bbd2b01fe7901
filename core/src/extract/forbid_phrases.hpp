// A skill's forbid phrases ("puppet show", "ray-tracing", "bootstrap sampl*", "r & d"): the
// forbid patterns that only name words, stems and marks (tools/forbid_phrases.py converts them
// and proves each conversion), matched from the words and marks around a mention without RE2
// and with nothing to compile when the rules load. How a phrase is written:
// forbid_phrase_syntax.hpp. A phrase matches exactly as the regex it stands for, in Latin-1
// and case-insensitively: \b before a first word or stem and after a last word, a word \bword\b
// of ASCII letters and digits (RE2's \w and \b are ASCII, '_' included), a stem stem\w*, a
// mark as written, and between them the whitespace ([\t\n\f\r ]) its gap allows.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "forbid_phrase_syntax.hpp"

namespace skillmatch::detail {

class ForbidPhrases {
 public:
  // A word (a run of RE2 word bytes) or a mark (any other byte but whitespace) of a window.
  struct Token {
    std::size_t start, end;
    std::uint64_t hash;  // as an item: a word's or a mark's (see item_hash)
    std::uint32_t gap;  // whitespace bytes between the previous token and this one
    bool word;
    bool starts_whole, ends_whole;  // not a word the window cuts there (\b sees the text beyond it)
  };
  // The buffers one thread's checks reuse.
  struct Scratch {
    std::vector<Token> tokens;
    std::vector<std::uint64_t> first, second;  // the hashes a start token and the next can have
  };

  // Whether `phrase` is one ForbidPhrases can hold (forbid_phrase_syntax.hpp).
  static bool well_formed(std::string_view phrase);
  // The problem with a phrase that is not well formed, for a rules error.
  static std::string ill_formed(std::string_view phrase);

  // The phrases of the next skill (skills are added in order, one call each). One that is not
  // well formed is left out; the problem with each such one, for a rules error, is returned.
  std::vector<std::string> add_skill(const std::vector<std::string>& phrases);
  // Builds the lookup of phrases by their first two items; call once, after the last add_skill.
  void finish();

  // Whether `skill` has forbid phrases.
  bool has_phrases(std::size_t skill) const { return max_items_[skill] > 0; }
  // A phrase of `skill` lies wholly in text[start, end) and overlaps [offset, offset + length).
  bool covers(std::size_t skill, std::string_view text, std::size_t start, std::size_t end, std::size_t offset,
              std::size_t length, Scratch& scratch) const;

 private:
  struct Phrase {
    std::uint32_t skill, first, count;  // its items: items_[first, first + count)
  };
  // Phrases of `skill` whose first item can be tokens[at] try to match from there.
  bool matches_from(std::size_t skill, std::string_view text, std::size_t at, std::size_t offset,
                    Scratch& scratch) const;
  // The phrase's items match the tokens from `at`, and the last one ends after `offset`.
  bool phrase_at(const Phrase& phrase, std::string_view text, const std::vector<Token>& tokens, std::size_t at,
                 std::size_t offset) const;
  // Phrases listed under `key` (their skill's and first two items' hash) that belong to `skill`
  // match from `at`.
  bool try_key(std::uint64_t key, std::size_t skill, std::string_view text, const std::vector<Token>& tokens,
               std::size_t at, std::size_t offset) const;

  std::vector<PhraseItem> items_;
  std::vector<Phrase> phrases_;
  std::vector<std::uint32_t> max_items_;  // per skill: the most items of one phrase, 0 for none
  // Per skill: the lengths of the stems its phrases have first and second, ascending.
  using StemLengths = std::array<std::vector<std::uint32_t>, 2>;
  std::vector<StemLengths> stem_lengths_;
  // Phrases by their skill and first two items (the first alone for a phrase of one item), in an
  // open-addressed table: slots hold a key and a range of by_key_. A phrase's first word alone
  // was too little: "math" starts 126 of one skill's phrases.
  struct Slot {
    std::uint64_t key = 0;  // 0 is empty (a key 0 is kept as 1)
    std::uint32_t begin = 0, count = 0;
  };
  std::vector<Slot> slots_;  // a power of two of them, at most half full
  std::vector<std::uint32_t> by_key_;  // phrase indices, grouped by key
  std::vector<std::uint64_t> first_bits_;  // 2^16 bits, one set for each skill's first items
};

}  // namespace skillmatch::detail
