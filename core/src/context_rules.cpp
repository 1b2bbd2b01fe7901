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
// one RE2 each, share a larger one: compiled as one alternation they built so many DFA
// states that the default cache was thrown away again and again.
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
                                                 Semantics semantics = Semantics::kLeftmostFirst) {
  if (fragments.empty()) return std::unique_ptr<RE2>();
  auto regex = std::make_unique<RE2>(alternation(fragments, bounds), context_options(semantics));
  if (regex->ok()) return regex;
  // Name the fragment at fault, not the alternation built from all of them.
  for (const auto& fragment : fragments) {
    const RE2 single(fragment, context_options(semantics));
    if (!single.ok()) return Error{subject, what + ": RE2 cannot compile '" + fragment + "': " + single.error()};
  }
  return Error{subject, what + ": RE2 cannot compile the patterns: " + regex->error()};
}

// FilteredRE2 drops shorter literals: a pattern that needs only one byte ("(", ".") would be
// searched in nearly every window anyway.
constexpr int kMinLiteralLength = 2;

// The kind_forbid patterns, one RE2 each with a share of the list's budget (at least 1 MB),
// and the literals FilteredRE2 found they need (into `literals`).
Result<std::unique_ptr<re2::FilteredRE2>> compile_kind_forbid(const KindForbidRule& rules,
                                                               std::vector<std::string>& literals) {
  if (rules.forbid.empty()) return std::unique_ptr<re2::FilteredRE2>();
  auto filter = std::make_unique<re2::FilteredRE2>(kMinLiteralLength);
  for (const auto& fragment : rules.forbid) {
    int id = 0;
    const int64_t share = kKindForbidMemory / static_cast<int64_t>(rules.forbid.size());
    const auto options = context_options(Semantics::kLeftmostLongest, std::max(share, kDefaultMemory / 8));
    if (filter->Add(alternation({fragment}, Bounds::kNone), options, &id) != RE2::NoError) {
      return compile_alternation({fragment}, Bounds::kNone, rules.origin, "kind_forbid").error();
    }
  }
  filter->Compile(&literals);
  return filter;
}

// A stretch searched for a kind_forbid pattern is this many context windows long.
constexpr std::size_t kStretchWindows = 8;

// Two letters ("in", "ed"): in nearly every window, so taken as present, never looked for.
bool everywhere(const std::string& literal) {
  return literal.size() < 3 && std::all_of(literal.begin(), literal.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
         });
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
  std::vector<std::string> literals;
  auto kind_forbid = compile_kind_forbid(taxonomy.kind_forbid, literals);
  if (!kind_forbid) return kind_forbid.error();
  rules.kind_forbid_ = std::move(kind_forbid).value();
  std::vector<std::string> looked_for;
  for (std::size_t atom = 0; atom < literals.size(); ++atom) {
    if (everywhere(literals[atom])) {
      rules.atoms_everywhere_.push_back(static_cast<int>(atom));
    } else {
      rules.atom_of_literal_.push_back(static_cast<int>(atom));
      looked_for.push_back(literals[atom]);
    }
  }
  rules.kind_literals_ = LiteralScan(looked_for);
  if (rules.kind_forbid_) rules.compile_anywhere(taxonomy.kind_forbid.forbid);
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

bool ContextRules::forbidden(std::size_t skill, DocumentScan& document, std::size_t offset, std::size_t length) const {
  const RE2* own = skills_[skill] ? skills_[skill]->forbid.regex.get() : nullptr;
  const bool by_kind = kind_forbid_applies_[skill] && kind_forbid_ != nullptr;
  if (own == nullptr && !by_kind) return false;
  const std::string_view text = document.text_;
  const auto [start, end] = line_window(text, offset, length);
  return (own != nullptr && covers(*own, text, start, end, offset, length)) ||
         (by_kind && kind_forbidden(document, start, end, offset, length));
}

void ContextRules::compile_anywhere(const std::vector<std::string>& fragments) {
  kind_forbid_->AllPotentials(atoms_everywhere_, &kind_forbid_anywhere_);
  kind_forbid_is_anywhere_.assign(fragments.size(), 0);
  std::vector<std::string> anywhere;
  for (const int pattern : kind_forbid_anywhere_) {
    kind_forbid_is_anywhere_[static_cast<std::size_t>(pattern)] = 1;
    anywhere.push_back(fragments[static_cast<std::size_t>(pattern)]);
  }
  // Each fragment compiled alone, so their alternation compiles too (within the budget, or
  // RE2 reports it and the check is skipped: the patterns are then searched one by one).
  if (anywhere.empty()) return;
  anywhere_ = std::make_unique<RE2>(alternation(anywhere, Bounds::kNone), context_options(Semantics::kLeftmostFirst));
  if (!anywhere_->ok()) anywhere_.reset();
}

bool ContextRules::kind_forbidden(DocumentScan& document, std::size_t start, std::size_t end, std::size_t offset,
                                  std::size_t length) const {
  if (!document.scanned_) {
    kind_literals_.find(document.text_, document.hits_);
    document.stretch_start_ = document.stretch_end_ = 0;
    document.scanned_ = true;
  }
  // The literals wholly inside the window: a match there holds every literal its pattern needs.
  std::vector<int>& atoms = document.atoms_;
  atoms.clear();
  const auto& hits = document.hits_;
  auto hit = std::lower_bound(hits.begin(), hits.end(), start,
                              [](const LiteralHit& h, std::size_t from) { return h.offset < from; });
  for (; hit != hits.end() && hit->offset < end; ++hit) {
    if (hit->offset + kind_literals_.length(hit->literal) <= end) atoms.push_back(atom_of_literal_[hit->literal]);
  }
  const std::vector<int>* patterns = &kind_forbid_anywhere_;
  if (!atoms.empty()) {
    atoms.insert(atoms.end(), atoms_everywhere_.begin(), atoms_everywhere_.end());
    std::sort(atoms.begin(), atoms.end());
    atoms.erase(std::unique(atoms.begin(), atoms.end()), atoms.end());
    kind_forbid_->AllPotentials(atoms, &document.patterns_);
    patterns = &document.patterns_;
  }
  // The patterns without literals are ruled out together by one search of their alternation.
  const int together = kind_forbid_->NumRegexps();
  return std::any_of(patterns->begin(), patterns->end(), [&](int pattern) {
    if (kind_forbid_is_anywhere_[static_cast<std::size_t>(pattern)] && anywhere_ != nullptr &&
        !matches_near(document, together, *anywhere_, start, end)) {
      return false;
    }
    const RE2& regex = kind_forbid_->GetRE2(pattern);
    return matches_near(document, pattern, regex, start, end) && covers(regex, document.text_, start, end, offset, length);
  });
}

bool ContextRules::matches_near(DocumentScan& document, int slot, const RE2& regex, std::size_t start,
                                std::size_t end) const {
  // A stretch of several windows from this one on, searched once per pattern asked: the
  // windows of the next mentions mostly fall inside it. Consecutive stretches overlap by at
  // most a window, so the searches read each byte a bounded number of times.
  if (start < document.stretch_start_ || end > document.stretch_end_) {
    document.stretch_start_ = start;
    document.stretch_end_ = std::max(end, std::min(document.text_.size(), start + kStretchWindows * window_));
    document.in_stretch_.assign(static_cast<std::size_t>(kind_forbid_->NumRegexps()) + 1, DocumentScan::kUnknown);
  }
  auto& known = document.in_stretch_[static_cast<std::size_t>(slot)];
  if (known == DocumentScan::kUnknown) {
    const bool found =
        regex.Match(document.text_, document.stretch_start_, document.stretch_end_, RE2::UNANCHORED, nullptr, 0);
    known = found ? DocumentScan::kYes : DocumentScan::kNo;
  }
  return known == DocumentScan::kYes;
}

bool ContextRules::has_cue(std::size_t skill, std::string_view text, std::size_t offset, std::size_t length) const {
  const RE2* cues = skills_[skill] ? skills_[skill]->cues.regex.get() : nullptr;
  if (cues == nullptr) return false;
  const auto [start, end] = line_window(text, offset, length);
  return cues->Match(text, start, end, RE2::UNANCHORED, nullptr, 0);
}

}  // namespace skillmatch::detail
