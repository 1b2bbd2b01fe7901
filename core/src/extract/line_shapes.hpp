// The kind_forbid classifier: the spans of a line that cite a work or name an event, an award,
// a body or a programme (a bibliography entry, "Excellence in Mentoring Award", a quoted talk
// title, a resume guide's list of verbs), where a concept, practice or soft skill is no skill
// shown. One hand-written pass over the line's tokens, with the words it looks for as data
// (rules/extraction.json "kind_forbid"); it replaced 13 RE2 patterns searched per mention.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <skillmatch/taxonomy.hpp>

namespace skillmatch::detail {

// One word list of kind_forbid: its field name, whether its words are matched in their own
// case (Title Case names) or in any case, and whether an entry may be several words.
struct ShapeWordList {
  const char* name;
  bool exact_case;
  bool phrases;
};
// Every word list the classifier reads, in the order of LineShapes' roles.
extern const std::vector<ShapeWordList> kShapeWordLists;
// Why `entry` cannot be a word of `list`, or "" when it can (lint and load share it).
std::string shape_word_problem(const ShapeWordList& list, const std::string& entry);

// [start, end) byte offsets into the document.
struct ShapeSpan {
  std::size_t start = 0, end = 0;
};

// One token of a line: a word ([A-Za-z0-9_'&-]+), a quote mark (“ ” "" or the escaped
// \xe2\x80\x9c that some exports hold) or another mark.
struct ShapeToken {
  enum Kind : std::uint8_t { kWord, kOpenQuote, kCloseQuote, kEitherQuote, kMark };
  // What a word looks like, found as it is read, so that most words are passed over at once.
  enum Flag : std::uint8_t {
    kUpperFirst = 1, kUpperLast = 2, kHasUpper = 4, kDigitFirst = 8, kHyphen = 16, kVerb = 32, kVolume = 64,
  };
  std::size_t start = 0, end = 0;
  Kind kind = kMark;
  std::uint8_t flags = 0;
  std::uint32_t exact = 0, folded = 0;  // role bits of the word, in its case and in any case
};

class LineShapes {
 public:
  LineShapes() = default;
  // `rule.words` holds the lists of kShapeWordLists (a missing one is empty); a span reaches
  // at most `window` bytes from the words that make it, as a forbid pattern's match did.
  LineShapes(const KindForbidRule& rule, std::size_t window);

  // Appends the spans of text[start, end) (part of one line: the spans stay inside it) to
  // `out`; `tokens` is scratch.
  void find(std::string_view text, std::size_t start, std::size_t end, std::vector<ShapeToken>& tokens,
            std::vector<ShapeSpan>& out) const;

 private:
  class Line;
  // The words of every list by their lower-case spelling, open-addressed in a power of two
  // slots at most a quarter full: a word that is in no list costs one probe.
  struct Entry {
    std::string folded;             // empty: a free slot
    std::uint32_t folded_roles = 0;  // bits of the lists matched in any case
    std::vector<std::pair<std::string, std::uint32_t>> spellings;  // lists matched as written
  };

  void add_word(const std::string& word, std::uint32_t role, bool exact_case);
  // The role bits of `word`: as written (exact) and in any case (folded).
  void roles(std::string_view word, std::uint32_t& exact, std::uint32_t& folded) const;
  // The same, given fold_hash(word).
  void roles(std::string_view word, std::uint32_t hash, std::uint32_t& exact, std::uint32_t& folded) const;
  void tokenize(std::string_view text, std::size_t start, std::size_t end, std::vector<ShapeToken>& tokens) const;

  std::vector<Entry> table_;
  std::size_t longest_ = 0;  // the longest word of any list
  std::vector<std::vector<std::vector<std::string>>> phrases_;  // per list: its entries, split into words
  std::size_t window_ = 60;
};

// A document's spans, asked whether one overlaps a mention in O(log n).
class ShapeSpans {
 public:
  void clear() { spans_.clear(), reach_.clear(); }
  std::vector<ShapeSpan>& spans() { return spans_; }
  // Sorts the spans; call once all are in, before overlaps().
  void finish();
  bool overlaps(std::size_t offset, std::size_t length) const;

 private:
  std::vector<ShapeSpan> spans_;   // by start
  std::vector<std::size_t> reach_;  // per span: the furthest end of it and those before it
};

}  // namespace skillmatch::detail
