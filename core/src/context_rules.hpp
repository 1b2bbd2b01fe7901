// The rules that decide whether a located alias counts: context for ambiguous aliases
// ("Go" the language, not "go-to-market"). Negation is negation_scope's.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <skillmatch/result.hpp>
#include <skillmatch/taxonomy.hpp>

#include "extract/cue_words.hpp"
#include "extract/forbid_phrases.hpp"
#include "literal_scan.hpp"

namespace skillmatch::detail {

class ContextRules {
 public:
  // One document, and what a single pass over it found: where the literals the kind_forbid
  // patterns need occur. The pass runs on the first kind_forbid check; a thread reuses one
  // scan for all its documents.
  class DocumentScan {
   public:
    void start(std::string_view text) {
      text_ = text;
      scanned_ = false;
    }

   private:
    friend class ContextRules;
    std::string_view text_;
    bool scanned_ = false;
    std::vector<LiteralHit> hits_;
    std::vector<int> atoms_, patterns_;  // per check: literals in the window, patterns they let through
    // Whether each kind_forbid pattern matches in [stretch_start_, stretch_end_), once asked.
    enum Known : char { kUnknown, kNo, kYes };
    std::size_t stretch_start_ = 0, stretch_end_ = 0;
    std::vector<Known> in_stretch_;
    ForbidPhrases::Scratch phrases_;
  };

  // Compiles every cue, forbid and kind_forbid pattern now, so that a bad rule is known
  // before any document: one Error per pattern RE2 rejects (naming the skill and its rules
  // file) is appended to `problems`, and the list it belongs to is left out of the rules.
  // `taxonomy` must outlive the rules.
  static ContextRules compile(const Taxonomy& taxonomy, std::vector<Error>& problems);

  // A forbid phrase or pattern of the skill, or a pattern of its kind, covers part of
  // [offset, offset + length).
  bool forbidden(std::size_t skill, DocumentScan& document, std::size_t offset, std::size_t length) const;
  // A cue of the skill occurs on the mention's line within the context window.
  bool has_cue(std::size_t skill, std::string_view text, std::size_t offset, std::size_t length) const;
  std::size_t window() const { return window_; }

 private:
  // [start, end) of the window around a mention, clipped to its line.
  std::pair<std::size_t, std::size_t> line_window(std::string_view text, std::size_t offset, std::size_t length) const;
  // A kind_forbid pattern covers part of the mention within the window [start, end).
  bool kind_forbidden(DocumentScan& document, std::size_t start, std::size_t end, std::size_t offset,
                      std::size_t length) const;
  // `regex` (kind_forbid pattern `slot`, or the alternation of those without literals, slot
  // NumRegexps()) matches in a stretch of text around the window [start, end): one search
  // serves the windows of many mentions.
  bool matches_near(DocumentScan& document, int slot, const RE2& regex, std::size_t start, std::size_t end) const;
  // Finds the kind_forbid patterns searched whatever literals a window holds, and compiles
  // their alternation.
  void compile_anywhere(const std::vector<std::string>& fragments);
  // Compiles each skill's cue list and forbid list into cues_ and forbid_, and takes its
  // forbid phrases.
  void compile_skills(const Taxonomy& taxonomy, std::vector<Error>& problems);

  // Per skill: the alternation of its cues that are not plain words, and of its forbid
  // patterns; null when it has none (or RE2 rejected one, which compile() reported).
  std::vector<std::unique_ptr<RE2>> cues_, forbid_;
  CueWords cue_words_;  // the cues that are plain words
  ForbidPhrases forbid_phrases_;  // the forbid patterns that were whole words
  // The kind_forbid patterns, one RE2 each: a match of their alternation is a match of one
  // of them. FilteredRE2 names the literals each needs (none for a few); a window without
  // them is not searched with that pattern.
  std::unique_ptr<re2::FilteredRE2> kind_forbid_;  // null when extraction.json has none
  LiteralScan kind_literals_;            // FilteredRE2's literals but those everywhere()
  std::vector<int> atom_of_literal_;     // per literal of kind_literals_: its FilteredRE2 atom id
  std::vector<int> atoms_everywhere_;    // kind_forbid_ atoms taken as present in every window
  std::vector<int> kind_forbid_anywhere_;  // patterns searched in a window that holds no other literal
  std::vector<char> kind_forbid_is_anywhere_;  // per pattern: one of those
  std::unique_ptr<RE2> anywhere_;              // their alternation; null when there are none
  std::vector<char> kind_forbid_applies_;  // per skill: its kind is one kind_forbid names
  std::size_t window_ = 60;
};

}  // namespace skillmatch::detail
