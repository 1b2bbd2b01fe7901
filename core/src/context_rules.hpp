// The rules that decide whether a located alias counts: context for ambiguous aliases
// ("Go" the language, not "go-to-market") and negation ("no experience with Java").
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include <skillmatch/result.hpp>
#include <skillmatch/taxonomy.hpp>

namespace skillmatch::detail {

class ContextRules {
 public:
  static Result<ContextRules> compile(const Taxonomy& taxonomy);

  // A forbid pattern of the skill covers part of [offset, offset + length).
  bool forbidden(std::size_t skill, std::string_view text, std::size_t offset, std::size_t length) const;
  // A cue of the skill occurs on the mention's line within the context window.
  bool has_cue(std::size_t skill, std::string_view text, std::size_t offset, std::size_t length) const;
  // Where a document's negation cues are, [start, end) by start: found once per document.
  using NegationCues = std::vector<std::pair<std::size_t, std::size_t>>;
  NegationCues find_negation_cues(std::string_view text) const;
  // A negation cue precedes the mention at `offset` in the same clause, within the window.
  // Clause ends are looked for only near a cue, so a document without cues costs nothing.
  bool negated(std::string_view text, const NegationCues& cues, std::size_t offset) const;

  std::size_t window() const { return window_; }

 private:
  // [start, end) of the window around a mention, clipped to its line.
  std::pair<std::size_t, std::size_t> line_window(std::string_view text, std::size_t offset, std::size_t length) const;

  std::vector<std::unique_ptr<RE2>> cues_;   // per skill; null when it has none
  std::vector<std::unique_ptr<RE2>> forbid_;
  std::unique_ptr<RE2> negation_cue_;
  std::unique_ptr<RE2> clause_break_;
  std::size_t window_ = 60;
  std::size_t negation_window_ = 60;
};

}  // namespace skillmatch::detail
