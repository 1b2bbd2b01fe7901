// Negation as clause-scoped triggers (NegEx / ConText): which mentions a trigger governs
// ("no Java, C++ or Go experience", "Kubernetes is not required"), as rules/extraction.json
// "negation" describes it.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include <skillmatch/result.hpp>
#include <skillmatch/taxonomy.hpp>

#include "alias_locator.hpp"
#include "trigger_index.hpp"

namespace skillmatch::detail {

class NegationScope {
 public:
  // Indexes the triggers and pseudo-triggers by their literal start (TriggerIndex), compiles
  // the terminations and list words; an error names the rule's origin and the fragment RE2
  // rejected.
  static Result<NegationScope> compile(const NegationRule& rule);

  // negated[i] is 1 when a trigger governs mentions[i]. `mentions` are sorted by offset
  // and do not overlap. "Not asked" triggers are ignored in a resume.
  void mark(std::string_view text, const std::vector<RawMatch>& mentions, bool resume, std::vector<char>& negated) const;

  // What the scan finds: the trigger classes, in the order that decides a span two could match.
  enum class Kind { kPseudo, kPre, kPost, kBoth, kAskedPre, kAskedPost, kAskedBoth };
  static constexpr std::size_t kKinds = 7;
  struct Event {
    std::size_t start, end;
    Kind kind;
  };
  // The triggers and pseudo-triggers within the window of some mention, by start: one scan
  // of each stretch of text near mentions, no byte read twice. Terminations are looked for
  // only in the gaps a scope crosses: they are common words ("and", "I", "so"), and
  // finding them all with the triggers more than doubled the time of extraction.
  void find_events(std::string_view text, const std::vector<RawMatch>& mentions, std::vector<Event>& events) const;

 private:
  enum class Direction { kForward, kBackward };
  // `beside`: the trigger, when text[from, to) is the gap right beside it; else null.
  bool ends_scope(std::string_view text, std::size_t from, std::size_t to, const Event* beside, Direction direction) const;
  static bool continues_predicate(std::string_view text, const Event& trigger);
  bool list_gap(std::string_view gap) const;
  bool joiner_ends(std::string_view text, std::size_t from, std::size_t to) const;
  bool comma_joins_clauses(std::string_view text, const std::vector<RawMatch>& mentions, std::size_t index,
                           std::size_t to) const;
  bool termination_before(std::string_view text, std::size_t start) const;
  bool stands(std::string_view text, const Event& event, std::size_t to) const;
  std::optional<Event> other_class_at(std::string_view text, const Event& event, std::size_t to) const;
  bool pseudo_runs_past(std::string_view text, std::size_t start, std::size_t end, std::size_t to) const;
  bool holds_new_clause(std::string_view text, std::size_t start, std::size_t end) const;
  void walk(std::string_view text, const std::vector<RawMatch>& mentions, const Event& trigger, std::size_t limit,
            Direction direction, std::vector<char>& negated) const;
  void resolve_pronoun(std::string_view text, const std::vector<RawMatch>& mentions, const Event& trigger,
                       std::vector<char>& negated) const;

  // The leftmost-longest trigger match in text[from, to) at a place a match may start.
  bool next_match(std::string_view text, std::size_t from, std::size_t to, std::size_t& start, std::size_t& end) const;
  Kind kind_of(std::string_view text, std::size_t start, std::size_t end) const;

  // Every class's fragments; null when the rule has no trigger.
  std::unique_ptr<TriggerIndex> triggers_;
  std::unique_ptr<RE2> list_gap_;   // separators and list words only, whole gap
  std::unique_ptr<RE2> ends_;           // what ends a scope after its trigger: terminations and clause joiners
  std::unique_ptr<RE2> terminations_;   // the terminations alone, whole word
  std::unique_ptr<RE2> clause_joiners_; // the joiners ("pre_terminations") alone, whole word
  std::size_t scope_words_ = 8;
  std::size_t window_ = 100;
};

}  // namespace skillmatch::detail
