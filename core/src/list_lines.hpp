// Lines that list skills ("Technologies: c, go, oracle"; "Languages: C, Java, Python"; a
// short line of a Skills section) and what they change: an item that is a case-sensitive
// alias in another case still names it, an ambiguous alias in a list needs no other
// support, and a skill word labelling a list ("Testing: Selenium, JUnit") may be read apart.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <skillmatch/document.hpp>
#include <skillmatch/taxonomy.hpp>

#include "alias_locator.hpp"

namespace skillmatch::detail {

// A skill word labelling a list line ("Testing: Selenium"), from extraction.json "lists".
enum class LabelRule : std::uint8_t {
  kRules,  // decided like any other mention
  kDrop,   // never a mention
  kKeep,   // always one
};

// Reads extraction.json's "labels" setting: "drop", "keep", anything else the rules.
LabelRule label_rule(const std::string& setting);

struct ListLine {
  std::size_t start = 0, end = 0;              // the line, without its line break
  std::size_t label_start = 0, label_end = 0;  // "Programming" of "Programming: C, Java"; empty if none
  std::size_t items_start = 0;                 // where the items begin (after the label's colon)
  bool tag = false;                            // a list of short items, not a sentence
  bool words_are_items = false;                // a Skills-section line with no separators, or a line of names alone: each word an item
};

class ListLines {
 public:
  explicit ListLines(const ListRule& rule = {});

  // A case-sensitive literal alias, matched in any case when it is a whole item of a tag line.
  void add_any_case(std::uint32_t alias, std::string_view literal);

  // The document's list lines (tag lines and labelled lines), in text order. One pass.
  // `kept` (the located aliases, sorted by offset) makes a line of names alone a tag line.
  void find(std::string_view text, const std::vector<Section>& sections, const std::vector<RawMatch>& kept,
            std::vector<ListLine>& out) const;

  // Whole items of the tag lines that are any-case aliases and that no match of `kept`
  // (sorted by offset) overlaps, appended to `out`.
  void locate_items(std::string_view text, const std::vector<ListLine>& lines, const std::vector<RawMatch>& kept,
                    std::vector<RawMatch>& out) const;

  // Appends the any-case alias that text[start, end) is, unless a match of `kept` (sorted by
  // offset) overlaps it or it continues a word.
  void try_item(std::string_view text, std::size_t start, std::size_t end, const std::vector<RawMatch>& kept,
                std::vector<RawMatch>& out) const;

  // Whether [offset, offset + length) is a whole item of the line (or of an item split at
  // "and", "or", "/", "&"): "Jenkins" of "Mark Jenkins" is not.
  static bool whole_item(std::string_view text, const ListLine& line, std::size_t offset, std::size_t length);
  // Whether [a_end, b_start) holds only what separates list items: spaces, , ; / | & "and" "or".
  static bool list_gap(std::string_view text, std::size_t a_end, std::size_t b_start);

  const ListRule& rule() const { return rule_; }
  // Whether the alias was added with add_any_case (a case-sensitive literal: a product name).
  bool case_sensitive(std::uint32_t alias) const { return alias < case_sensitive_.size() && case_sensitive_[alias]; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  // Whether the line's items are nothing but two or more names, of `kept` (sorted by offset)
  // or any-case aliases, and what separates list items ("sql, oracle toad", "azure-cosmosdb
  // rest"): a line of names alone is a tag line however few they are, where prose joins its
  // names with other words.
  bool names_only(std::string_view text, const ListLine& line, const std::vector<RawMatch>& kept) const;
  // How many words text[start, end) holds, split at spaces and list separators ("and", "or"
  // skipped), when each is an any-case alias; -1 when one is not.
  int any_case_words(std::string_view text, std::size_t start, std::size_t end) const;

  ListRule rule_;
  // The "labels" setting leaves a label to the cues and forbid patterns (LabelRule::kRules).
  bool labels_decided_by_rules_;
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> any_case_;  // lowercase -> alias
  std::vector<char> case_sensitive_;  // by alias id
};

// Walks a document's list lines alongside mentions met in increasing offset order.
class ListLineCursor {
 public:
  explicit ListLineCursor(const std::vector<ListLine>& lines) : lines_(lines) {}
  // The list line holding `offset`, or nullptr.
  const ListLine* at(std::size_t offset) {
    while (next_ < lines_.size() && lines_[next_].end < offset) ++next_;
    if (next_ < lines_.size() && lines_[next_].start <= offset) return &lines_[next_];
    return nullptr;
  }

 private:
  const std::vector<ListLine>& lines_;
  std::size_t next_ = 0;
};

}  // namespace skillmatch::detail
