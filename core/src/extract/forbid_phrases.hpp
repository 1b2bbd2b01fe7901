// A skill's forbid phrases ("puppet show", "sock puppet"): the forbid patterns that only name
// whole words (tools/forbid_phrases.py converts them and proves each conversion), matched
// from the words around a mention without RE2 and with nothing to compile when the rules
// load. They match exactly as the pattern \b(?:phrase)\b did, each space \s+, in Latin-1 and
// case-insensitively: whole words of ASCII letters and digits (RE2's \w and \b are ASCII,
// '_' included), case-folded ASCII, joined by runs of [\t\n\f\r ].
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace skillmatch::detail {

class ForbidPhrases {
 public:
  // The buffers one thread's checks reuse.
  struct Scratch {
    struct Word {
      std::size_t start, end;
      std::uint64_t hash;  // of its letters in lower case
    };
    std::vector<Word> words;
    std::string key;
  };

  // Whether `phrase` is one ForbidPhrases can hold: lower-case words of ASCII letters and
  // digits joined by single spaces.
  static bool well_formed(std::string_view phrase);
  // The problem with a phrase that is not well formed, for a rules error.
  static std::string ill_formed(std::string_view phrase) {
    return "'" + std::string(phrase) + "' is not lower-case words of a-z and 0-9 joined by single spaces";
  }

  // The phrases of the next skill (skills are added in order, one call each), each well formed.
  void add_skill(const std::vector<std::string>& phrases);

  // Whether `skill` has forbid phrases.
  bool has_phrases(std::size_t skill) const { return max_words_[skill] > 0; }
  // A phrase of `skill` lies wholly in text[start, end) and overlaps [offset, offset + length).
  bool covers(std::size_t skill, std::string_view text, std::size_t start, std::size_t end, std::size_t offset,
              std::size_t length, Scratch& scratch) const;

 private:
  // Words first..last of scratch.words, in lower case and joined by spaces, are a phrase of `skill`.
  bool is_phrase(std::size_t skill, std::string_view text, std::size_t first, std::size_t last, Scratch& scratch) const;

  std::vector<std::unordered_set<std::string>> phrases_;  // per skill
  // Hashes in an open-addressed table: std::unordered_set's lookups were most of a check.
  class HashSet {
   public:
    void insert(std::uint64_t hash);
    bool contains(std::uint64_t hash) const;

   private:
    std::vector<std::uint64_t> slots_;  // a power of two of them; 0 is empty (a hash 0 is kept as 1)
    std::size_t count_ = 0;
  };
  HashSet hashes_;  // every skill's phrases' hashes, each from its skill's own start
  std::vector<std::uint32_t> max_words_;  // per skill: the most words of one phrase, 0 for none
};

}  // namespace skillmatch::detail
