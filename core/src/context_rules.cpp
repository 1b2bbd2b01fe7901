#include "context_rules.hpp"

#include <algorithm>

namespace skillmatch::detail {
namespace {

enum class Bounds { kNone, kWordStart };

// Each fragment in a group of its own: a fragment RE2 rejects alone (a trailing backslash, an
// unmatched parenthesis) otherwise compiled with the "|" or ")" after it into something else
// ("mentor\\" and "coach" into a search for "mentor|coach"), and was never reported.
std::string alternation(const std::vector<std::string>& fragments, Bounds bounds) {
  std::string pattern = bounds == Bounds::kNone ? "(?i)(?:" : "(?i)\\b(?:";
  for (std::size_t i = 0; i < fragments.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += "(?:" + fragments[i] + ")";
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

// One Error per fragment of a list RE2 rejects, or one for the whole list when each
// fragment compiles alone but their alternation does not (over the memory budget).
void report_list(const std::vector<std::string>& fragments, const std::string& subject, const std::string& what,
                 const RE2::Options& options, const std::string& list_error, std::vector<Error>& problems) {
  const std::size_t before = problems.size();
  for (const auto& fragment : fragments) {
    const RE2 single(fragment, options);
    if (!single.ok()) problems.push_back(Error{subject, what + ": RE2 cannot compile '" + fragment + "': " + single.error()});
  }
  if (problems.size() == before) problems.push_back(Error{subject, what + ": RE2 cannot compile the patterns: " + list_error});
}

// A list's alternation, or null when it is empty or RE2 rejects it (reported in `problems`).
std::unique_ptr<RE2> compile_list(const std::vector<std::string>& fragments, Bounds bounds, const std::string& subject,
                                  const std::string& what, Semantics semantics, std::vector<Error>& problems) {
  if (fragments.empty()) return nullptr;
  auto regex = std::make_unique<RE2>(alternation(fragments, bounds), context_options(semantics));
  if (regex->ok()) return regex;
  report_list(fragments, subject, what, context_options(semantics), regex->error(), problems);
  return nullptr;
}

// FilteredRE2 drops shorter literals: a pattern that needs only one byte ("(", ".") would be
// searched in nearly every window anyway.
constexpr int kMinLiteralLength = 2;

// The kind_forbid patterns, one RE2 each with a share of the list's budget (at least 1 MB);
// each one RE2 rejects is reported and left out of `added`, the fragments in filter order.
std::unique_ptr<re2::FilteredRE2> compile_kind_forbid(const KindForbidRule& rules, std::vector<std::string>& added,
                                                      std::vector<Error>& problems) {
  if (rules.forbid.empty()) return nullptr;
  auto filter = std::make_unique<re2::FilteredRE2>(kMinLiteralLength);
  const int64_t share = kKindForbidMemory / static_cast<int64_t>(rules.forbid.size());
  const auto options = context_options(Semantics::kLeftmostLongest, std::max(share, kDefaultMemory / 8));
  for (const auto& fragment : rules.forbid) {
    int id = 0;
    if (filter->Add(alternation({fragment}, Bounds::kNone), options, &id) == RE2::NoError) {
      added.push_back(fragment);
    } else {
      report_list({fragment}, rules.origin, "kind_forbid", options, "", problems);
    }
  }
  return added.empty() ? nullptr : std::move(filter);
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

ContextRules ContextRules::compile(const Taxonomy& taxonomy, std::vector<Error>& problems) {
  ContextRules rules;
  rules.window_ = taxonomy.context_window;
  const auto& kinds = taxonomy.kind_forbid.kinds;
  for (const auto& skill : taxonomy.skills) {
    rules.kind_forbid_applies_.push_back(std::find(kinds.begin(), kinds.end(), skill.kind) != kinds.end());
  }
  rules.compile_skills(taxonomy, problems);
  std::vector<std::string> added;
  rules.kind_forbid_ = compile_kind_forbid(taxonomy.kind_forbid, added, problems);
  if (rules.kind_forbid_ == nullptr) return rules;
  std::vector<std::string> literals, looked_for;
  rules.kind_forbid_->Compile(&literals);
  for (std::size_t atom = 0; atom < literals.size(); ++atom) {
    if (everywhere(literals[atom])) {
      rules.atoms_everywhere_.push_back(static_cast<int>(atom));
    } else {
      rules.atom_of_literal_.push_back(static_cast<int>(atom));
      looked_for.push_back(literals[atom]);
    }
  }
  rules.kind_literals_ = LiteralScan(looked_for);
  rules.compile_anywhere(added);
  return rules;
}

void ContextRules::compile_skills(const Taxonomy& taxonomy, std::vector<Error>& problems) {
  for (const Skill& skill : taxonomy.skills) {
    const std::string subject = "skill '" + skill.id + "' ";
    // Cues start at a word but may be stems: "label" supports "labeling". Plain words are
    // found without RE2; the rest are one alternation.
    std::vector<std::string> words, patterns;
    for (const std::string& cue : skill.context.cues) (CueWords::plain(cue) ? words : patterns).push_back(cue);
    cue_words_.add_skill(words);
    cues_.push_back(compile_list(patterns, Bounds::kWordStart, skill.origin, subject + "cue", Semantics::kLeftmostFirst,
                                 problems));
    forbid_.push_back(compile_list(skill.context.forbid, Bounds::kNone, skill.origin, subject + "forbid",
                                   Semantics::kLeftmostLongest, problems));
    std::vector<std::string> phrases;
    for (const std::string& phrase : skill.context.forbid_phrases) {
      if (ForbidPhrases::well_formed(phrase)) {
        phrases.push_back(phrase);
      } else {
        problems.push_back(Error{skill.origin, subject + "forbid_phrases: " + ForbidPhrases::ill_formed(phrase)});
      }
    }
    forbid_phrases_.add_skill(phrases);
  }
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
  const RE2* own = forbid_[skill].get();
  const bool phrases = forbid_phrases_.has_phrases(skill);
  const bool by_kind = kind_forbid_applies_[skill] && kind_forbid_ != nullptr;
  if (own == nullptr && !phrases && !by_kind) return false;
  const std::string_view text = document.text_;
  const auto [start, end] = line_window(text, offset, length);
  // A match of the skill's patterns together covers the mention exactly when a match of one
  // of them does (each start's longest match is the longest of theirs), so the phrases,
  // once patterns of the list, are asked apart from the rest.
  return (phrases && forbid_phrases_.covers(skill, text, start, end, offset, length, document.phrases_)) ||
         (own != nullptr && covers(*own, text, start, end, offset, length)) ||
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
  const RE2* cues = cues_[skill].get();
  if (cues == nullptr && !cue_words_.has_words(skill)) return false;
  const auto [start, end] = line_window(text, offset, length);
  return cue_words_.found(skill, text, start, end) ||
         (cues != nullptr && cues->Match(text, start, end, RE2::UNANCHORED, nullptr, 0));
}

}  // namespace skillmatch::detail
