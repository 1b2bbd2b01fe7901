// The rules that decide whether a located alias counts: context for ambiguous aliases
// ("Go" the language, not "go-to-market"). Negation is negation_scope's.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include <skillmatch/result.hpp>
#include <skillmatch/taxonomy.hpp>

#include "extract/company_names.hpp"
#include "extract/cue_words.hpp"
#include "extract/forbid_phrases.hpp"
#include "extract/line_shapes.hpp"
#include "lazy_regex.hpp"

namespace skillmatch::detail {

class ContextRules {
 public:
  // One document, and the spans the kind_forbid classifier found in it: run once, before any
  // check, over the windows of the mentions of a kind it applies to (overlapping windows
  // joined). A thread reuses one scan for all its documents.
  class DocumentScan {
   public:
    void start(std::string_view text) {
      text_ = text;
      pending_start_ = pending_end_ = 0;
      shapes_.clear();
    }

   private:
    friend class ContextRules;
    std::string_view text_;
    std::size_t pending_start_ = 0, pending_end_ = 0;  // joined windows not classified yet
    std::vector<ShapeToken> tokens_;
    ShapeSpans shapes_;
    ForbidPhrases::Scratch phrases_;
  };

  // Checks every cue and forbid pattern now, so that a bad rule is known before any
  // document: one Error per pattern RE2 rejects (naming the skill and its rules file) is
  // appended to `problems`, and the list it belongs to is left out of the rules. A list is
  // compiled when a mention of its skill first needs it. `taxonomy` must outlive the rules.
  static ContextRules compile(const Taxonomy& taxonomy, std::vector<Error>& problems);

  // kind_forbid applies to the skill's kind.
  bool kind_checked(std::size_t skill) const { return kind_forbid_applies_[skill] != 0; }
  // Adds the mention's window to those to classify; mentions come in increasing order.
  void classify_around(DocumentScan& document, std::size_t offset, std::size_t length) const;
  // Classifies what is left; call once every window is in, before forbidden().
  void classified(DocumentScan& document) const;

  // A forbid phrase or pattern of the skill, or a kind_forbid span, covers part of
  // [offset, offset + length), or a company's legal name goes on after it.
  bool forbidden(std::size_t skill, DocumentScan& document, std::size_t offset, std::size_t length) const;
  // A cue of the skill occurs on the mention's line within the context window (of the
  // document `document` was started on; its buffers are reused).
  bool has_cue(std::size_t skill, DocumentScan& document, std::size_t offset, std::size_t length) const;
  std::size_t window() const { return window_; }

 private:
  // Classifies the joined windows not classified yet.
  void classify_pending(DocumentScan& document) const;
  // [start, end) of the window around a mention, clipped to its line.
  std::pair<std::size_t, std::size_t> line_window(std::string_view text, std::size_t offset, std::size_t length) const;
  // Compiles each skill's cue list and forbid list into cues_ and forbid_, and takes its
  // forbid phrases.
  void compile_skills(const Taxonomy& taxonomy, std::vector<Error>& problems);

  // Per skill: the alternation of its cues that are not plain words, and of its forbid
  // patterns; null when it has none (or RE2 rejected one, which compile() reported).
  std::vector<std::unique_ptr<LazyRegex>> cues_, forbid_;
  CueWords cue_words_;  // the cues that are plain words
  ForbidPhrases forbid_phrases_;  // the forbid patterns that were words, stems and marks
  ForbidPhrases cue_phrases_;     // the cues that were words, stems and marks
  LineShapes shapes_;             // kind_forbid's classifier
  CompanyNames company_names_;    // extraction.json "company_names", for every skill
  std::vector<char> kind_forbid_applies_;  // per skill: its kind is one kind_forbid names
  std::size_t window_ = 60;
};

}  // namespace skillmatch::detail
