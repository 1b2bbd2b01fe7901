#include "context_rules.hpp"

#include <algorithm>

namespace skillmatch::detail {
namespace {

enum class Bounds { kNone, kWordStart };

std::string alternation(const std::vector<std::string>& fragments, Bounds bounds) {
  std::string pattern = bounds == Bounds::kNone ? "(?i)(?:" : "(?i)\\b(?:";
  for (std::size_t i = 0; i < fragments.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += fragments[i];
  }
  pattern += ")";
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

}  // namespace skillmatch::detail
