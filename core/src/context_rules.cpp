#include "context_rules.hpp"

#include <algorithm>

namespace skillmatch::detail {
namespace {

std::string alternation(const std::vector<std::string>& fragments, bool word_bounded) {
  std::string pattern = word_bounded ? "(?i)\\b(?:" : "(?i)(?:";
  for (std::size_t i = 0; i < fragments.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += fragments[i];
  }
  pattern += word_bounded ? ")\\b" : ")";
  return pattern;
}

Result<std::unique_ptr<RE2>> compile_alternation(const std::vector<std::string>& fragments, bool word_bounded,
                                                 const std::string& subject) {
  if (fragments.empty()) return std::unique_ptr<RE2>();
  RE2::Options options;
  options.set_log_errors(false);
  auto regex = std::make_unique<RE2>(alternation(fragments, word_bounded), options);
  if (!regex->ok()) return Error{subject, "RE2 cannot compile the context rules: " + regex->error()};
  return regex;
}

}  // namespace

Result<ContextRules> ContextRules::compile(const Taxonomy& taxonomy) {
  ContextRules rules;
  rules.window_ = taxonomy.context_window;
  rules.negation_window_ = taxonomy.negation.window;
  for (const auto& skill : taxonomy.skills) {
    auto cues = compile_alternation(skill.context.cues, true, skill.origin);
    if (!cues) return cues.error();
    auto forbid = compile_alternation(skill.context.forbid, false, skill.origin);
    if (!forbid) return forbid.error();
    rules.cues_.push_back(std::move(cues).value());
    rules.forbid_.push_back(std::move(forbid).value());
  }
  auto negation = compile_alternation(taxonomy.negation.cues, true, "negation cues");
  if (!negation) return negation.error();
  rules.negation_cue_ = std::move(negation).value();
  std::vector<std::string> breaks = taxonomy.negation.clause_breaks;
  auto clause_break = compile_alternation(breaks, true, "negation clause breaks");
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

bool ContextRules::negated(std::string_view text, std::size_t offset) const {
  if (negation_cue_ == nullptr) return false;
  std::size_t clause_start = offset > negation_window_ ? offset - negation_window_ : 0;
  // Punctuation and words such as "but" end the clause a cue governs.
  for (std::size_t i = offset; i > clause_start; --i) {
    const char c = text[i - 1];
    if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n' || c == '(' || c == ')' || c == ':') {
      clause_start = i;
      break;
    }
  }
  if (clause_break_ != nullptr) {
    re2::StringPiece match;
    for (std::size_t from = clause_start; from < offset;) {
      if (!clause_break_->Match(text, from, offset, RE2::UNANCHORED, &match, 1)) break;
      clause_start = static_cast<std::size_t>(match.data() - text.data()) + match.size();
      from = std::max(clause_start, from + 1);
    }
  }
  return clause_start < offset && negation_cue_->Match(text, clause_start, offset, RE2::UNANCHORED, nullptr, 0);
}

}  // namespace skillmatch::detail
