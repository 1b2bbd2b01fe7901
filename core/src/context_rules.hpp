// The rules that decide whether a located alias counts: context for ambiguous aliases
// ("Go" the language, not "go-to-market") and negation ("no experience with Java").
#pragma once

#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include <skillmatch/result.hpp>
#include <skillmatch/taxonomy.hpp>

namespace skillmatch::detail {

class ContextRules {
 public:
  // Compiles the negation rules; a skill's cue and forbid patterns wait for prepare().
  // `taxonomy` must outlive the rules.
  static Result<ContextRules> compile(const Taxonomy& taxonomy);

  // Compiles the skill's cue and forbid patterns the first time it is asked (from any
  // thread), and says what RE2 rejected. A run compiles only the skills its documents
  // need: compiling all of a taxonomy's context rules was most of start-up.
  const std::vector<Error>& prepare(std::size_t skill) const;
  // Prepares every skill; one Error per rule RE2 rejects.
  std::vector<Error> check_all() const;

  // The skill was prepared without error. A forbid pattern of the skill or of its kind
  // covers part of [offset, offset + length).
  bool forbidden(std::size_t skill, std::string_view text, std::size_t offset, std::size_t length) const;
  // A cue of the skill occurs on the mention's line within the context window.
  bool has_cue(std::size_t skill, std::string_view text, std::size_t offset, std::size_t length) const;
  // Where a document's negation cues are, [start, end) by start: found once per document,
  // and only in the windows before the mentions at `mention_offsets` (ascending), the only
  // cues negated() can use.
  using NegationCues = std::vector<std::pair<std::size_t, std::size_t>>;
  void find_negation_cues(std::string_view text, const std::vector<std::size_t>& mention_offsets, NegationCues& cues) const;
  // A negation cue precedes the mention at `offset` in the same clause, within the window.
  // Clause ends are looked for only near a cue, so a document without cues costs nothing.
  bool negated(std::string_view text, const NegationCues& cues, std::size_t offset) const;

  std::size_t window() const { return window_; }

 private:
  // [start, end) of the window around a mention, clipped to its line.
  std::pair<std::size_t, std::size_t> line_window(std::string_view text, std::size_t offset, std::size_t length) const;

  // One skill's context patterns, compiled on first use.
  struct SkillPatterns {
    const Skill* skill;
    std::once_flag compiled;
    std::unique_ptr<RE2> cues, forbid;
    std::vector<Error> problems;  // what RE2 rejected; the patterns are used only when empty
  };
  std::vector<std::unique_ptr<SkillPatterns>> skills_;  // per skill; null when it has no context patterns
  std::unique_ptr<RE2> kind_forbid_;        // null when extraction.json has none
  std::vector<char> kind_forbid_applies_;  // per skill: its kind is one kind_forbid names
  std::unique_ptr<RE2> negation_cue_;
  std::unique_ptr<RE2> clause_break_;
  std::size_t window_ = 60;
  std::size_t negation_window_ = 60;
};

}  // namespace skillmatch::detail
