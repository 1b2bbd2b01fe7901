#include "context_rules.hpp"

#include <algorithm>

namespace skillmatch::detail {
namespace {

enum class Bounds { kNone, kWordStart };

// Context patterns ignore case.
constexpr std::string_view kCaseFolding = "(?i)";

// Each fragment in a group of its own: a fragment RE2 rejects alone (a trailing backslash, an
// unmatched parenthesis) otherwise compiled with the "|" or ")" after it into something else
// ("mentor\\" and "coach" into a search for "mentor|coach"), and was never reported.
std::string alternation(const std::vector<std::string>& fragments, Bounds bounds) {
  std::string pattern(kCaseFolding);
  pattern += bounds == Bounds::kNone ? "(?:" : "\\b(?:";
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

// RE2's default budget (8 MB) is enough for one skill's patterns.
constexpr int64_t kDefaultMemory = 8 << 20;

// Context patterns are compiled as Latin-1: their fragments are ASCII words (a UTF-8
// literal still matches its own bytes), and Latin-1 programs compile several times faster,
// which is most of start-up for a taxonomy with many ambiguous aliases.
RE2::Options context_options(Semantics semantics) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_longest_match(semantics == Semantics::kLeftmostLongest);
  options.set_max_mem(kDefaultMemory);
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
// It is checked now and compiled on first use when compiling it cannot fail (surely_fits);
// else compiled now, so that a list over RE2's memory budget is reported before any document.
std::unique_ptr<LazyRegex> compile_list(const std::vector<std::string>& fragments, Bounds bounds, const Skill& skill,
                                        const char* list, Semantics semantics, std::vector<Error>& problems) {
  if (fragments.empty()) return nullptr;
  std::string pattern = alternation(fragments, bounds);
  const RE2::Options options = context_options(semantics);
  std::string error;
  if (surely_fits(pattern, options)) {
    // Checked without "(?i)": case folding changes no syntax, and doubled the check's cost.
    error = parse_error(pattern.substr(kCaseFolding.size()), options);
    if (error.empty()) return std::make_unique<LazyRegex>(std::move(pattern), options, false);
  } else {
    auto regex = std::make_unique<LazyRegex>(std::move(pattern), options, true);
    if (regex->get().ok()) return regex;
    error = regex->get().error();
  }
  report_list(fragments, skill.origin, "skill '" + skill.id + "' " + list, options, error, problems);
  return nullptr;
}

// Adds the skill's list `name` to `phrases`, with one Error for each phrase not well formed.
void add_phrases(ForbidPhrases& phrases, const std::vector<std::string>& list, const Skill& skill, const char* name,
                 std::vector<Error>& problems) {
  for (const std::string& problem : phrases.add_skill(list)) {
    problems.push_back(Error{skill.origin, "skill '" + skill.id + "' " + name + ": " + problem});
  }
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
  rules.shapes_ = LineShapes(taxonomy.kind_forbid, rules.window_);
  rules.company_names_ = CompanyNames(&taxonomy.company_names);
  return rules;
}

void ContextRules::compile_skills(const Taxonomy& taxonomy, std::vector<Error>& problems) {
  cues_.reserve(taxonomy.skills.size());
  forbid_.reserve(taxonomy.skills.size());
  for (const Skill& skill : taxonomy.skills) {
    // Cues start at a word but may be stems: "label" supports "labeling". Plain words are
    // found without RE2; the rest are one alternation.
    std::vector<std::string> words, patterns;
    for (const std::string& cue : skill.context.cues) (CueWords::plain(cue) ? words : patterns).push_back(cue);
    cue_words_.add_skill(words);
    cues_.push_back(compile_list(patterns, Bounds::kWordStart, skill, "cue", Semantics::kLeftmostFirst, problems));
    forbid_.push_back(compile_list(skill.context.forbid, Bounds::kNone, skill, "forbid", Semantics::kLeftmostLongest,
                                   problems));
    add_phrases(forbid_phrases_, skill.context.forbid_phrases, skill, "forbid_phrases", problems);
    add_phrases(cue_phrases_, skill.context.cue_phrases, skill, "cue_phrases", problems);
  }
  forbid_phrases_.finish();
  cue_phrases_.finish();
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

void ContextRules::classify_around(DocumentScan& document, std::size_t offset, std::size_t length) const {
  // A span covers a mention only from words inside its window, as a pattern's match did: only
  // the windows are read. Windows that touch are read as one stretch, so no word is cut.
  const auto [start, end] = line_window(document.text_, offset, length);
  if (start <= document.pending_end_ && document.pending_end_ > document.pending_start_) {
    document.pending_end_ = std::max(document.pending_end_, end);
    return;
  }
  classify_pending(document);
  document.pending_start_ = start;
  document.pending_end_ = end;
}

void ContextRules::classify_pending(DocumentScan& document) const {
  if (document.pending_end_ > document.pending_start_) {
    shapes_.find(document.text_, document.pending_start_, document.pending_end_, document.tokens_,
                 document.shapes_.spans());
  }
  document.pending_start_ = document.pending_end_ = 0;
}

void ContextRules::classified(DocumentScan& document) const {
  classify_pending(document);
  document.shapes_.finish();
}

bool ContextRules::forbidden(std::size_t skill, DocumentScan& document, std::size_t offset, std::size_t length) const {
  if (kind_forbid_applies_[skill] && document.shapes_.overlaps(offset, length)) return true;
  if (company_names_.ends_name(document.text_, offset + length)) return true;
  const LazyRegex* own = forbid_[skill].get();
  const bool phrases = forbid_phrases_.has_phrases(skill);
  if (own == nullptr && !phrases) return false;
  const std::string_view text = document.text_;
  const auto [start, end] = line_window(text, offset, length);
  // A match of the skill's patterns together covers the mention exactly when a match of one
  // of them does (each start's longest match is the longest of theirs), so the phrases,
  // once patterns of the list, are asked apart from the rest.
  return (phrases && forbid_phrases_.covers(skill, text, start, end, offset, length, document.phrases_)) ||
         (own != nullptr && covers(own->get(), text, start, end, offset, length));
}

bool ContextRules::has_cue(std::size_t skill, DocumentScan& document, std::size_t offset, std::size_t length) const {
  const LazyRegex* cues = cues_[skill].get();
  const bool phrases = cue_phrases_.has_phrases(skill);
  if (cues == nullptr && !phrases && !cue_words_.has_words(skill)) return false;
  const std::string_view text = document.text_;
  const auto [start, end] = line_window(text, offset, length);
  // A cue is searched for anywhere in the window: a phrase that lies wholly in it and overlaps
  // it, which any phrase lying in it does.
  return cue_words_.found(skill, text, start, end) ||
         (phrases && cue_phrases_.covers(skill, text, start, end, start, end - start, document.phrases_)) ||
         (cues != nullptr && cues->get().Match(text, start, end, RE2::UNANCHORED, nullptr, 0));
}

}  // namespace skillmatch::detail
