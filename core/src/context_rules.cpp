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

// Context patterns are compiled as Latin-1: their fragments are ASCII words (a UTF-8
// literal still matches its own bytes), and Latin-1 programs compile several times faster,
// which is most of start-up for a taxonomy with many ambiguous aliases.
RE2::Options context_options() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingLatin1);
  return options;
}

Result<std::unique_ptr<RE2>> compile_alternation(const std::vector<std::string>& fragments, Bounds bounds,
                                                 const std::string& subject, const std::string& what) {
  if (fragments.empty()) return std::unique_ptr<RE2>();
  auto regex = std::make_unique<RE2>(alternation(fragments, bounds), context_options());
  if (regex->ok()) return regex;
  // Name the fragment at fault, not the alternation built from all of them.
  for (const auto& fragment : fragments) {
    const RE2 single(fragment, context_options());
    if (!single.ok()) return Error{subject, what + ": RE2 cannot compile '" + fragment + "': " + single.error()};
  }
  return Error{subject, what + ": RE2 cannot compile the patterns: " + regex->error()};
}

}  // namespace

Result<ContextRules> ContextRules::compile(const Taxonomy& taxonomy) {
  ContextRules rules;
  rules.window_ = taxonomy.context_window;
  rules.negation_window_ = taxonomy.negation.window;
  for (const auto& skill : taxonomy.skills) {
    // Cues start at a word but may be stems: "label" supports "labeling".
    auto cues = compile_alternation(skill.context.cues, Bounds::kWordStart, skill.origin, "skill '" + skill.id + "' cue");
    if (!cues) return cues.error();
    auto forbid = compile_alternation(skill.context.forbid, Bounds::kNone, skill.origin, "skill '" + skill.id + "' forbid");
    if (!forbid) return forbid.error();
    rules.cues_.push_back(std::move(cues).value());
    rules.forbid_.push_back(std::move(forbid).value());
  }
  auto negation = compile_alternation(taxonomy.negation.cues, Bounds::kWholeWord, "rules/extraction.json", "negation cue");
  if (!negation) return negation.error();
  rules.negation_cue_ = std::move(negation).value();
  auto clause_break = compile_alternation(taxonomy.negation.clause_breaks, Bounds::kWholeWord, "rules/extraction.json", "negation clause break");
  if (!clause_break) return clause_break.error();
  rules.clause_break_ = std::move(clause_break).value();
  return rules;
}

std::pair<std::size_t, std::size_t> ContextRules::line_window(std::string_view text, std::size_t offset,
                                                              std::size_t length) const {
  const std::size_t line_start = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;  // npos + 1 == 0
  const std::size_t line_end = std::min(text.find('\n', offset + length), text.size());
  const std::size_t start = std::max(line_start, offset > window_ ? offset - window_ : 0);
  const std::size_t end = std::min(line_end, offset + length + window_);
  return {start, end};
}

bool ContextRules::forbidden(std::size_t skill, std::string_view text, std::size_t offset, std::size_t length) const {
  const RE2* forbid = forbid_[skill].get();
  if (forbid == nullptr) return false;
  const auto [start, end] = line_window(text, offset, length);
  re2::StringPiece match;
  for (std::size_t from = start; from < end;) {
    if (!forbid->Match(text, from, end, RE2::UNANCHORED, &match, 1)) return false;
    const auto match_start = static_cast<std::size_t>(match.data() - text.data());
    const std::size_t match_end = match_start + match.size();
    if (match_start < offset + length && match_end > offset) return true;
    from = match_end > match_start ? match_end : match_start + 1;
  }
  return false;
}

bool ContextRules::has_cue(std::size_t skill, std::string_view text, std::size_t offset, std::size_t length) const {
  const RE2* cues = cues_[skill].get();
  if (cues == nullptr) return false;
  const auto [start, end] = line_window(text, offset, length);
  return cues->Match(text, start, end, RE2::UNANCHORED, nullptr, 0);
}

ContextRules::NegationIndex ContextRules::index_negations(std::string_view text) const {
  NegationIndex index;
  const auto all_matches = [&](const RE2& regex, auto&& on_match) {
    re2::StringPiece match;
    for (std::size_t from = 0; from < text.size() && regex.Match(text, from, text.size(), RE2::UNANCHORED, &match, 1);) {
      const auto start = static_cast<std::size_t>(match.data() - text.data());
      on_match(start, start + match.size());
      from = std::max(start + match.size(), start + 1);
    }
  };
  if (negation_cue_ == nullptr) return index;
  all_matches(*negation_cue_, [&](std::size_t start, std::size_t end) { index.cues.emplace_back(start, end); });
  if (index.cues.empty()) return index;
  // Punctuation and words such as "but" end the clause a cue governs.
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n' || c == '(' || c == ')' || c == ':') {
      index.clause_starts.push_back(i + 1);
    }
  }
  if (clause_break_ != nullptr) {
    all_matches(*clause_break_, [&](std::size_t, std::size_t end) { index.clause_starts.push_back(end); });
    std::sort(index.clause_starts.begin(), index.clause_starts.end());
  }
  return index;
}

bool ContextRules::negated(const NegationIndex& index, std::size_t offset) const {
  if (index.cues.empty()) return false;
  std::size_t clause_start = offset > negation_window_ ? offset - negation_window_ : 0;
  const auto after = std::upper_bound(index.clause_starts.begin(), index.clause_starts.end(), offset);
  if (after != index.clause_starts.begin()) clause_start = std::max(clause_start, *std::prev(after));
  const auto cue = std::lower_bound(index.cues.begin(), index.cues.end(), std::make_pair(clause_start, std::size_t{0}));
  return cue != index.cues.end() && cue->second <= offset;
}

}  // namespace skillmatch::detail
