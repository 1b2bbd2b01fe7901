#include "context_rules.hpp"

#include <algorithm>

namespace skillmatch::detail {
namespace {

enum class Bounds { kNone, kWordStart, kWholeWord };

std::string alternation(const std::vector<std::string>& fragments, Bounds bounds) {
  std::string pattern = bounds == Bounds::kNone ? "(?i)(?:" : "(?i)\\b(?:";
  for (std::size_t i = 0; i < fragments.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += fragments[i];
  }
  pattern += bounds == Bounds::kWholeWord ? ")\\b" : ")";
  return pattern;
}

// Forbid patterns are compiled leftmost-longest: whether any match covers a mention must not
// depend on which alternative RE2 prefers at a start ("foo|foo bar machine learning").
enum class Semantics { kLeftmostFirst, kLeftmostLongest };

// RE2's default budget (8 MB) is enough for one skill's patterns. The kind_forbid patterns,
// searched around every concept, practice and soft-skill mention, build far more DFA states:
// with the default, the DFA cache filled and was thrown away again and again, and extraction
// ran at a third of the speed.
constexpr int64_t kDefaultMemory = 8 << 20;
constexpr int64_t kKindForbidMemory = 64 << 20;

// Context patterns are compiled as Latin-1: their fragments are ASCII words (a UTF-8
// literal still matches its own bytes), and Latin-1 programs compile several times faster,
// which is most of start-up for a taxonomy with many ambiguous aliases.
RE2::Options context_options(Semantics semantics, int64_t max_mem = kDefaultMemory) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_longest_match(semantics == Semantics::kLeftmostLongest);
  options.set_max_mem(max_mem);
  return options;
}

Result<std::unique_ptr<RE2>> compile_alternation(const std::vector<std::string>& fragments, Bounds bounds,
                                                 const std::string& subject, const std::string& what,
                                                 Semantics semantics = Semantics::kLeftmostFirst,
                                                 int64_t max_mem = kDefaultMemory) {
  if (fragments.empty()) return std::unique_ptr<RE2>();
  auto regex = std::make_unique<RE2>(alternation(fragments, bounds), context_options(semantics, max_mem));
  if (regex->ok()) return regex;
  // Name the fragment at fault, not the alternation built from all of them.
  for (const auto& fragment : fragments) {
    const RE2 single(fragment, context_options(semantics, max_mem));
    if (!single.ok()) return Error{subject, what + ": RE2 cannot compile '" + fragment + "': " + single.error()};
  }
  return Error{subject, what + ": RE2 cannot compile the patterns: " + regex->error()};
}

}  // namespace

Result<ContextRules> ContextRules::compile(const Taxonomy& taxonomy) {
  ContextRules rules;
  rules.window_ = taxonomy.context_window;
  rules.negation_window_ = taxonomy.negation.window;
  const auto& kinds = taxonomy.kind_forbid.kinds;
  for (const auto& skill : taxonomy.skills) {
    rules.kind_forbid_applies_.push_back(std::find(kinds.begin(), kinds.end(), skill.kind) != kinds.end());
    rules.skills_.emplace_back();
    if (skill.context.cues.empty() && skill.context.forbid.empty()) continue;
    rules.skills_.back() = std::make_unique<SkillPatterns>();
    rules.skills_.back()->skill = &skill;
  }
  auto kind_forbid = compile_alternation(taxonomy.kind_forbid.forbid, Bounds::kNone, taxonomy.kind_forbid.origin,
                                         "kind_forbid", Semantics::kLeftmostLongest, kKindForbidMemory);
  if (!kind_forbid) return kind_forbid.error();
  rules.kind_forbid_ = std::move(kind_forbid).value();
  auto negation = compile_alternation(taxonomy.negation.cues, Bounds::kWholeWord, taxonomy.negation.origin, "negation cue");
  if (!negation) return negation.error();
  rules.negation_cue_ = std::move(negation).value();
  auto clause_break = compile_alternation(taxonomy.negation.clause_breaks, Bounds::kWholeWord, taxonomy.negation.origin,
                                          "negation clause break");
  if (!clause_break) return clause_break.error();
  rules.clause_break_ = std::move(clause_break).value();
  return rules;
}

namespace {

// Compiles one of a skill's pattern lists into `lazy` the first time it is asked for.
template <class LazyRegex>
const Error* compile_once(LazyRegex& lazy, const Skill& skill, const std::vector<std::string>& fragments, Bounds bounds,
                          const char* what, Semantics semantics) {
  std::call_once(lazy.compiled, [&] {
    auto regex = compile_alternation(fragments, bounds, skill.origin, "skill '" + skill.id + "' " + what, semantics);
    if (regex) lazy.regex = std::move(regex).value(); else lazy.problem = regex.error();
  });
  return lazy.problem ? &*lazy.problem : nullptr;
}

}  // namespace

const Error* ContextRules::prepare_forbid(std::size_t skill) const {
  SkillPatterns* patterns = skills_[skill].get();
  if (patterns == nullptr) return nullptr;
  return compile_once(patterns->forbid, *patterns->skill, patterns->skill->context.forbid, Bounds::kNone, "forbid",
                      Semantics::kLeftmostLongest);
}

const Error* ContextRules::prepare_cues(std::size_t skill) const {
  SkillPatterns* patterns = skills_[skill].get();
  if (patterns == nullptr) return nullptr;
  // Cues start at a word but may be stems: "label" supports "labeling".
  return compile_once(patterns->cues, *patterns->skill, patterns->skill->context.cues, Bounds::kWordStart, "cue",
                      Semantics::kLeftmostFirst);
}

std::vector<Error> ContextRules::check_all() const {
  std::vector<Error> problems;
  for (std::size_t skill = 0; skill < skills_.size(); ++skill) {
    if (const Error* problem = prepare_cues(skill)) problems.push_back(*problem);
    if (const Error* problem = prepare_forbid(skill)) problems.push_back(*problem);
  }
  return problems;
}

std::pair<std::size_t, std::size_t> ContextRules::line_window(std::string_view text, std::size_t offset,
                                                              std::size_t length) const {
  // Line breaks are looked for only inside the window: a whole document on one line made
  // a search back to the line's start quadratic.
  const std::size_t start = offset > window_ ? offset - window_ : 0;
  const std::size_t end = std::min(text.size(), offset + length + window_);
  const std::size_t break_before = text.substr(start, offset - start).rfind('\n');
  const std::size_t break_after = text.substr(offset + length, end - offset - length).find('\n');
  return {break_before == std::string_view::npos ? start : start + break_before + 1,
          break_after == std::string_view::npos ? end : offset + length + break_after};
}

namespace {

// A match of `regex` (leftmost-longest) in text[start, end) covers part of [offset, offset + length).
bool covers(const RE2& regex, std::string_view text, std::size_t start, std::size_t end, std::size_t offset,
            std::size_t length) {
  re2::StringPiece match;
  for (std::size_t from = start; from < end;) {
    if (!regex.Match(text, from, end, RE2::UNANCHORED, &match, 1)) return false;
    const auto match_start = static_cast<std::size_t>(match.data() - text.data());
    if (match_start >= offset + length) return false;  // later searches start later still
    if (match_start + match.size() > offset) return true;
    // The longest match from here ends before the mention; one starting later may still cover it.
    from = match_start + 1;
  }
  return false;
}

}  // namespace

bool ContextRules::forbidden(std::size_t skill, std::string_view text, std::size_t offset, std::size_t length) const {
  const RE2* own = skills_[skill] ? skills_[skill]->forbid.regex.get() : nullptr;
  const RE2* by_kind = kind_forbid_applies_[skill] ? kind_forbid_.get() : nullptr;
  if (own == nullptr && by_kind == nullptr) return false;
  const auto [start, end] = line_window(text, offset, length);
  return (own != nullptr && covers(*own, text, start, end, offset, length)) ||
         (by_kind != nullptr && covers(*by_kind, text, start, end, offset, length));
}

bool ContextRules::has_cue(std::size_t skill, std::string_view text, std::size_t offset, std::size_t length) const {
  const RE2* cues = skills_[skill] ? skills_[skill]->cues.regex.get() : nullptr;
  if (cues == nullptr) return false;
  const auto [start, end] = line_window(text, offset, length);
  return cues->Match(text, start, end, RE2::UNANCHORED, nullptr, 0);
}

namespace {

// Calls on_match(start, end) for every match of `regex` in text[from, to), left to right.
template <class OnMatch>
void for_each_match(const RE2& regex, std::string_view text, std::size_t from, std::size_t to, OnMatch&& on_match) {
  re2::StringPiece match;
  while (from < to && regex.Match(text, from, to, RE2::UNANCHORED, &match, 1)) {
    const auto start = static_cast<std::size_t>(match.data() - text.data());
    on_match(start, start + match.size());
    from = std::max(start + match.size(), start + 1);
  }
}

bool ends_clause(char c) {
  return c == '.' || c == ';' || c == '!' || c == '?' || c == '\n' || c == '(' || c == ')' || c == ':';
}

}  // namespace

void ContextRules::find_negation_cues(std::string_view text, const std::vector<std::size_t>& mention_offsets,
                                      NegationCues& cues) const {
  cues.clear();
  if (negation_cue_ == nullptr) return;
  const auto scan = [&](std::size_t from, std::size_t to) {
    for_each_match(*negation_cue_, text, from, to, [&](std::size_t start, std::size_t end) { cues.emplace_back(start, end); });
  };
  // Overlapping windows are merged, so no byte is scanned twice.
  std::size_t range_start = 0, range_end = 0;
  for (const std::size_t offset : mention_offsets) {
    const std::size_t window_start = offset > negation_window_ ? offset - negation_window_ : 0;
    if (window_start > range_end) {
      if (range_end > range_start) scan(range_start, range_end);
      range_start = window_start;
    }
    range_end = std::max(range_end, offset);
  }
  if (range_end > range_start) scan(range_start, range_end);
}

bool ContextRules::negated(std::string_view text, const NegationCues& cues, std::size_t offset) const {
  const std::size_t window_start = offset > negation_window_ ? offset - negation_window_ : 0;
  const auto first = std::lower_bound(cues.begin(), cues.end(), std::make_pair(window_start, std::size_t{0}));
  if (first == cues.end() || first->first >= offset) return false;
  // The clause holding the mention starts after the last punctuation or clause-break word
  // ("no Java, but strong Python") before it.
  std::size_t clause_start = window_start;
  for (std::size_t i = offset; i > window_start; --i) {
    if (ends_clause(text[i - 1])) {
      clause_start = i;
      break;
    }
  }
  if (clause_break_ != nullptr) {
    for_each_match(*clause_break_, text, clause_start, offset,
                   [&](std::size_t, std::size_t end) { clause_start = std::max(clause_start, end); });
  }
  const auto cue = std::lower_bound(first, cues.end(), std::make_pair(clause_start, std::size_t{0}));
  return cue != cues.end() && cue->second <= offset;
}

}  // namespace skillmatch::detail
