#include "negation_scope.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>

#include "char_classes.hpp"

namespace skillmatch::detail {
namespace {

using Kind = NegationScope::Kind;
using Event = NegationScope::Event;

// How far a scan window is stretched to take in a trigger cut by its edge.
constexpr std::size_t kWordSnap = 32;

// The fragments as one alternation in a group (no capture: no scan asks where a group is).
std::string group(const std::vector<std::string>& fragments) {
  if (fragments.empty()) return "(?:\\b\\B)";  // a class with no entries never matches
  std::string pattern = "(?:";
  for (std::size_t i = 0; i < fragments.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += "(?:" + fragments[i] + ")";
  }
  return pattern + ")";
}

bool is_word_byte(unsigned char c) { return is_ascii_word(c) || c >= 0x80; }

// A match starting or ending with a word character must not continue a word there.
bool on_word_boundaries(std::string_view text, std::size_t start, std::size_t end) {
  const bool starts_word = is_word_byte(static_cast<unsigned char>(text[start]));
  const bool ends_word = is_word_byte(static_cast<unsigned char>(text[end - 1]));
  return !(starts_word && start > 0 && is_word_byte(static_cast<unsigned char>(text[start - 1]))) &&
         !(ends_word && end < text.size() && is_word_byte(static_cast<unsigned char>(text[end])));
}

// The first place at or after `from` (before `to`) that does not continue a word: a match
// starting inside a word is never on word boundaries, so a scan does not try its every byte.
std::size_t skip_inside_word(std::string_view text, std::size_t from, std::size_t to) {
  while (from < to && from > 0 && is_word_byte(static_cast<unsigned char>(text[from])) &&
         is_word_byte(static_cast<unsigned char>(text[from - 1]))) {
    ++from;
  }
  return from;
}

// Whether a match may start at text[p]: anywhere but between two ASCII word bytes (inside
// a word; "is" in "this") and between two bytes of UTF-8 letters, the places the scan in one
// RE2 tried before (after RE2's \b, which is ASCII, and the rest one by one).
bool may_start_at(std::string_view text, std::size_t p) {
  if (p == 0) return true;
  const auto c = static_cast<unsigned char>(text[p]);
  const auto before = static_cast<unsigned char>(text[p - 1]);
  return !(is_ascii_word(c) && is_ascii_word(before)) && !(c >= 0x80 && before >= 0x80);
}

// What a byte is to a scan for places: an ASCII word byte, a byte of a UTF-8 letter, or other.
enum class ByteKind : unsigned char { kOther, kAsciiWord, kHigh };
constexpr std::array<ByteKind, 256> kByteKinds = [] {
  std::array<ByteKind, 256> kinds{};
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    kinds[c] = is_ascii_word(b) ? ByteKind::kAsciiWord : b >= 0x80 ? ByteKind::kHigh : ByteKind::kOther;
  }
  return kinds;
}();

// The next place after text[p] where a match may start: past the rest of a run of ASCII
// word bytes, or of bytes of UTF-8 letters, inside which none does. Every place after a
// run, or after another byte, is one (may_start_at).
std::size_t next_place(std::string_view text, std::size_t p, std::size_t to) {
  const ByteKind kind = kByteKinds[static_cast<unsigned char>(text[p++])];
  if (kind != ByteKind::kOther) {
    while (p < to && kByteKinds[static_cast<unsigned char>(text[p])] == kind) ++p;
  }
  return p;
}

// Whether a word starts at text[p].
bool word_starts_at(std::string_view text, std::size_t p) {
  return is_word_byte(static_cast<unsigned char>(text[p])) && (p == 0 || !is_word_byte(static_cast<unsigned char>(text[p - 1])));
}

// A character that ends a clause. A period only before white space or the end ("Node.js",
// "v2.0" go on); "•" and "|" separate the items of a line as clauses.
bool ends_clause(std::string_view text, std::size_t i) {
  switch (text[i]) {
    case ';': case '!': case '?': case '\n': case '(': case ')': case ':': case ',': case '|': return true;
    case '.': return i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\t' || text[i + 1] == '\n';
    default: return text.substr(i, 3) == "\xE2\x80\xA2";
  }
}

// The punctuation that may stand right beside a trigger and still let it reach across:
// "Kubernetes (not yet)", "Kafka: not needed", "Docker – not required", and a question
// answered by a trigger ("Angular? Never used it.").
constexpr std::array<std::string_view, 6> kBesideTrigger = {":", "(", "-", "?", "\xE2\x80\x93", "\xE2\x80\x94"};

// [from, to) without the white space and one such mark on the trigger's side.
std::pair<std::size_t, std::size_t> strip_beside_trigger(std::string_view text, std::size_t from, std::size_t to,
                                                         bool trigger_before) {
  const auto space = [&](std::size_t i) { return text[i] == ' ' || text[i] == '\t'; };
  const auto strip_space = [&] {
    if (trigger_before) { while (from < to && space(from)) ++from; }
    else { while (to > from && space(to - 1)) --to; }
  };
  strip_space();
  for (const std::string_view mark : kBesideTrigger) {
    const std::string_view gap = text.substr(from, to - from);
    if (trigger_before && gap.substr(0, mark.size()) == mark) { from += mark.size(); break; }
    if (!trigger_before && gap.size() >= mark.size() && gap.substr(gap.size() - mark.size()) == mark) { to -= mark.size(); break; }
  }
  strip_space();
  return {from, to};
}

// A sentence end: what a pronoun's referent is never looked for across. A question mark is
// none: "Kafka? We did not use it." answers about the mention it follows.
bool ends_sentence(std::string_view text, std::size_t i) {
  return text[i] == '!' || text[i] == '\n' || (text[i] == '.' && ends_clause(text, i));
}

// Object pronouns, and the prepositions that may stand before one: grammar, not
// vocabulary, so they are no list in the rules.
constexpr std::array<std::string_view, 2> kObjectPronouns = {"it", "them"};
constexpr std::array<std::string_view, 5> kPronounPrepositions = {"with", "on", "in", "for", "to"};
// Prepositions of destination: between two mentions a forward scope ends at one, the mention
// after is where the writer went ("moved off SQL Server to PostgreSQL"); beside its trigger
// it is the trigger's own ("no access to Snowflake").
constexpr std::array<std::string_view, 3> kDestinations = {"to", "into", "onto"};
// An indefinite object between the verb and the preposition: "never built anything with it".
constexpr std::array<std::string_view, 2> kIndefiniteObjects = {"anything", "much"};
// Adverbs of time that may close a clause after its pronoun object: "have not touched it since".
constexpr std::array<std::string_view, 7> kPronounTimeAdverbs = {"since", "anymore", "again", "yet", "lately", "before", "today"};
// Words that open a subordinate clause: a trigger's or pseudo-trigger's span never reaches
// past one ("no Python on my resume because I never learned it" is no double negation).
constexpr std::array<std::string_view, 5> kSubordinators = {"because", "although", "though", "whereas", "unless"};
// The copulas and auxiliaries a predicate starts with: a post trigger starting with one,
// after a joiner ("MATLAB was retired and is not required"), denies the subject before the
// joiner. First words as read up to an apostrophe ("isn't" is "isn").
constexpr std::array<std::string_view, 25> kPredicateStarts = {
    "is", "isn", "are", "aren", "was", "wasn", "were", "weren", "has", "hasn", "have", "haven", "had", "hadn",
    "will", "won", "would", "wouldn", "remains", "remain", "remained", "can", "cannot", "being", "got"};

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
    return word.size() == w.size() && std::equal(w.begin(), w.end(), word.begin(), [](char a, char b) { return a == ascii_lower(b); });
  });
}

// The first word of text[from, ...) after spaces, empty when none.
std::string_view word_at(std::string_view text, std::size_t from) {
  while (from < text.size() && (text[from] == ' ' || text[from] == '\t')) ++from;
  std::size_t end = from;
  while (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end]))) ++end;
  return text.substr(from, end - from);
}

// Whether the clause ends at text[end], or after spaces and one adverb of time ("it since.").
bool closes_clause_after(std::string_view text, std::size_t end) {
  if (end == text.size() || ends_clause(text, end)) return true;
  const std::string_view adverb = word_at(text, end);
  if (!is_one_of(adverb, kPronounTimeAdverbs)) return false;
  end = static_cast<std::size_t>(adverb.data() - text.data()) + adverb.size();
  return end == text.size() || ends_clause(text, end);
}

// Whether a word of text[from, to) is one of `words`.
template <std::size_t N>
bool holds_word_of(std::string_view text, std::size_t from, std::size_t to, const std::array<std::string_view, N>& words) {
  while (from < to) {
    const std::string_view word = word_at(text.substr(0, to), from);
    if (!word.empty() && is_one_of(word, words)) return true;
    from = static_cast<std::size_t>(word.data() - text.data()) + std::max<std::size_t>(word.size(), 1);
  }
  return false;
}

// Whether text[from, ...) is, after spaces, at most one word (then an indefinite object and a
// preposition, each optional) and then an object pronoun that closes the clause: "use it.",
// "used them;", "worked with it", "built anything with it", "it" at the end of the text.
bool pronoun_object_follows(std::string_view text, std::size_t from) {
  bool preposition = false;
  for (int words = 0; words < 4; ++words) {
    const std::string_view word = word_at(text, from);
    if (word.empty()) return false;
    from = static_cast<std::size_t>(word.data() - text.data()) + word.size();
    if (is_one_of(word, kObjectPronouns)) return closes_clause_after(text, from);
    if (words == 0) continue;
    if (words == 1 && is_one_of(word, kIndefiniteObjects)) continue;
    if (preposition || !is_one_of(word, kPronounPrepositions)) return false;
    preposition = true;
  }
  return false;
}

// Whether the trigger's own span ends in an object pronoun that closes its clause: "Terraform
// was the platform team's and I never touched it".
bool trigger_ends_in_pronoun(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t begin = end;
  while (begin > start && is_word_byte(static_cast<unsigned char>(text[begin - 1]))) --begin;
  return begin > start && !is_word_byte(static_cast<unsigned char>(text[begin - 1])) &&
         is_one_of(text.substr(begin, end - begin), kObjectPronouns) && closes_clause_after(text, end);
}

std::size_t count_words(std::string_view gap) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < gap.size(); ++i) {
    const bool word = is_word_byte(static_cast<unsigned char>(gap[i]));
    if (word && (i == 0 || !is_word_byte(static_cast<unsigned char>(gap[i - 1])))) ++words;
  }
  return words;
}

Result<std::unique_ptr<RE2>> compile_checked(const std::string& pattern, const std::vector<const std::vector<std::string>*>& lists,
                                             const std::string& origin) {
  auto regex = std::make_unique<RE2>(pattern, negation_options());
  if (regex->ok()) return regex;
  // Name the fragment at fault, not the pattern built from all of them.
  for (const auto* list : lists) {
    for (const auto& fragment : *list) {
      const RE2 single(fragment, negation_options());
      if (!single.ok()) return Error{origin, "negation: RE2 cannot compile '" + fragment + "': " + single.error()};
    }
  }
  return Error{origin, "negation: RE2 cannot compile the patterns: " + regex->error()};
}

// The error naming the first fragment of `lists` that matches the empty string, once their
// alternation is known to: only then are the fragments compiled alone. The rules loader
// checks only their syntax, so this is where such a fragment is refused.
Error empty_fragment(const std::vector<const std::vector<std::string>*>& lists, const std::string& origin) {
  for (const auto* list : lists) {
    for (const auto& fragment : *list) {
      if (RE2::FullMatch("", RE2(fragment, negation_options()))) {
        return Error{origin, "negation: pattern '" + fragment + "' matches the empty string"};
      }
    }
  }
  return Error{origin, "negation: the patterns match the empty string"};
}

std::optional<Error> matches_empty(const RE2& regex, const std::vector<const std::vector<std::string>*>& lists,
                                   const std::string& origin) {
  if (!RE2::FullMatch("", regex)) return std::nullopt;
  return empty_fragment(lists, origin);
}

}  // namespace

Result<NegationScope> NegationScope::compile(const NegationRule& rule) {
  NegationScope scope;
  scope.scope_words_ = rule.scope_words;
  scope.window_ = rule.window;
  const std::vector<const std::vector<std::string>*> classes = {
      &rule.pseudo,        &rule.triggers.pre,  &rule.triggers.post, &rule.triggers.both,
      &rule.not_asked.pre, &rule.not_asked.post, &rule.not_asked.both};
  static_assert(kKinds == 7 && kKinds <= TriggerIndex::kMaxClasses, "one list per Kind, in its order");
  const bool any_trigger = std::any_of(classes.begin() + 1, classes.end(), [](const auto* list) { return !list->empty(); });
  if (!any_trigger) return scope;
  auto triggers = TriggerIndex::build(classes, rule.origin);
  if (!triggers) return triggers.error();
  if (triggers.value().matches_empty()) return empty_fragment(classes, rule.origin);
  scope.triggers_ = std::make_unique<TriggerIndex>(std::move(triggers).value());
  // A joiner ends a scope after its trigger, and one before it only from right beside it
  // (ends_scope); before a termination it starts a new clause inside a trigger's span.
  std::vector<std::string> ends = rule.terminations;
  ends.insert(ends.end(), rule.pre_terminations.begin(), rule.pre_terminations.end());
  auto all_ends = compile_checked("(?i)" + group(ends), {&ends}, rule.origin);
  if (!all_ends) return all_ends.error();
  scope.ends_ = std::move(all_ends).value();
  if (auto empty = matches_empty(*scope.ends_, {&ends}, rule.origin)) return *empty;
  auto terminations = compile_checked("(?i)" + group(rule.terminations), {&rule.terminations}, rule.origin);
  if (!terminations) return terminations.error();
  scope.terminations_ = std::move(terminations).value();
  auto joiners = compile_checked("(?i)" + group(rule.pre_terminations), {&rule.pre_terminations}, rule.origin);
  if (!joiners) return joiners.error();
  scope.clause_joiners_ = std::move(joiners).value();
  std::string words;
  for (const auto& word : rule.list_words) words += "|" + word;
  auto list_gap = compile_checked("(?i)(?:[ \\t,/&]" + (words.empty() ? "" : "|\\b(?:" + words.substr(1) + ")\\b") + ")*",
                                  {&rule.list_words}, rule.origin);
  if (!list_gap) return list_gap.error();
  scope.list_gap_ = std::move(list_gap).value();
  if (auto empty = matches_empty(RE2("(?i)" + group(rule.list_words), negation_options()), {&rule.list_words}, rule.origin)) {
    return *empty;
  }
  return scope;
}

void NegationScope::find_events(std::string_view text, const std::vector<RawMatch>& mentions, std::vector<Event>& events) const {
  events.clear();
  if (triggers_ == nullptr) return;
  const auto scan = [&](std::size_t from, std::size_t to) {
    std::size_t start = 0, end = 0;
    while (from < to && next_match(text, from, to, start, end)) {
      from = std::max(end, start + 1);
      if (end == start || !on_word_boundaries(text, start, end)) {
        from = skip_inside_word(text, start + 1, to);
        continue;
      }
      Event event{start, end, kind_of(text, start, end)};
      if (!stands(text, event, to)) {
        const auto shorter = other_class_at(text, event, to);
        if (!shorter) {
          // Nothing here; what starts inside the span is scanned again.
          from = skip_inside_word(text, start + 1, to);
          continue;
        }
        event = *shorter;
        from = std::max(event.end, start + 1);
      }
      events.push_back(event);
    }
  };
  // Windows around the mentions, stretched to whole words and merged, so no byte is scanned twice.
  std::size_t range_start = 0, range_end = 0;
  for (const RawMatch& mention : mentions) {
    std::size_t start = mention.offset > window_ ? mention.offset - window_ : 0;
    for (std::size_t n = 0; n < kWordSnap && start > 0 && is_word_byte(static_cast<unsigned char>(text[start - 1])); ++n) --start;
    std::size_t end = std::min(text.size(), mention.offset + mention.length + window_);
    for (std::size_t n = 0; n < kWordSnap && end < text.size() && is_word_byte(static_cast<unsigned char>(text[end])); ++n) ++end;
    if (start > range_end) {
      if (range_end > range_start) scan(range_start, range_end);
      range_start = start;
    }
    range_end = std::max(range_end, end);
  }
  if (range_end > range_start) scan(range_start, range_end);
}

// The first place in text[from, to) where a match may start and some fragment matches, and
// the longest match there: what one search of every class in one alternation found.
bool NegationScope::next_match(std::string_view text, std::size_t from, std::size_t to, std::size_t& start,
                               std::size_t& end) const {
  TriggerIndex::Ends ends;
  if (from < to && !may_start_at(text, from)) from = next_place(text, from, to);
  for (std::size_t p = from; p < to; p = next_place(text, p, to)) {
    if (!triggers_->may_start(text, p, to)) continue;
    triggers_->longest_at(text, p, to, ends);
    const std::size_t longest = *std::max_element(ends.begin(), ends.end(), [](std::size_t a, std::size_t b) {
      return b != TriggerIndex::kNone && (a == TriggerIndex::kNone || b > a);
    });
    if (longest != TriggerIndex::kNone) {
      start = p;
      end = longest;
      return true;
    }
  }
  return false;
}

// The class of the match text[start, end): the first, in Kind order, whose own fragments
// match that whole span. The longest match at a place is the span; among the alternatives of
// one alternation that match all of it, RE2's groups named the first, as this does.
Kind NegationScope::kind_of(std::string_view text, std::size_t start, std::size_t end) const {
  return static_cast<Kind>(std::min(triggers_->first_class_matching(text, start, end), kKinds - 1));
}

// Whether a match read as `event` stands: no span holds two clauses, and a trigger is none
// where a pseudo-trigger runs past it or where it could govern no mention (a post trigger
// right after a termination).
bool NegationScope::stands(std::string_view text, const Event& event, std::size_t to) const {
  if (holds_new_clause(text, event.start, event.end)) return false;
  if (event.kind == Kind::kPseudo) return true;
  const bool post_only = event.kind == Kind::kPost || event.kind == Kind::kAskedPost;
  return !pseudo_runs_past(text, event.start, event.end, to) && !(post_only && termination_before(text, event.start));
}

// Where a match does not stand, the longest match of another class at the same place that
// does ("No Java and I have not used Kotlin": the pseudo "no ... I have not" holds two
// clauses, and "no" alone is a trigger); classes in Kind order break a tie.
std::optional<NegationScope::Event> NegationScope::other_class_at(std::string_view text, const Event& event,
                                                                  std::size_t to) const {
  TriggerIndex::Ends ends;
  triggers_->longest_at(text, event.start, to, ends, TriggerIndex::kAllClasses & ~(1u << static_cast<unsigned>(event.kind)));
  std::optional<Event> best;
  for (std::size_t i = 0; i < kKinds; ++i) {
    if (ends[i] == TriggerIndex::kNone || ends[i] == event.start) continue;
    const Event candidate{event.start, ends[i], static_cast<Kind>(i)};
    if ((!best || candidate.end > best->end) && on_word_boundaries(text, candidate.start, candidate.end) &&
        stands(text, candidate, to)) {
      best = candidate;
    }
  }
  return best;
}

// Whether a pseudo-trigger starts at a word inside the trigger text[start, end) and runs past
// its end: the longer reading wins, as at one place ("Python is great and I do not mind it":
// "do not mind" is no denial, though "is great and I do not" reads as one).
bool NegationScope::pseudo_runs_past(std::string_view text, std::size_t start, std::size_t end, std::size_t to) const {
  constexpr auto kPseudo = static_cast<std::size_t>(Kind::kPseudo);
  TriggerIndex::Ends ends;
  for (std::size_t p = start + 1; p < end; ++p) {
    if (!word_starts_at(text, p)) continue;
    triggers_->longest_at(text, p, to, ends, 1u << kPseudo);
    if (ends[kPseudo] != TriggerIndex::kNone && ends[kPseudo] > end && on_word_boundaries(text, p, ends[kPseudo])) return true;
  }
  return false;
}

// Whether the trigger text[start, end) holds the start of a new clause: a clause joiner
// ("and", "but") followed by a termination such as a subject ("Python is great and we never
// used Java": "is great and we never" is two clauses, and only the second denies), or a
// subordinating word ("because").
bool NegationScope::holds_new_clause(std::string_view text, std::size_t start, std::size_t end) const {
  bool joiner = false;  // the word before was a joiner
  for (std::size_t p = start + 1; p < end; ++p) {
    if (!word_starts_at(text, p)) continue;
    std::size_t q = p;
    while (q < end && is_word_byte(static_cast<unsigned char>(text[q]))) ++q;
    if (joiner && RE2::FullMatch(text.substr(p, q - p), *terminations_)) return true;
    if (is_one_of(text.substr(p, q - p), kSubordinators)) return true;
    joiner = RE2::FullMatch(text.substr(p, q - p), *clause_joiners_);
    p = q;
  }
  return false;
}

// Whether `trigger` is a post trigger that starts a predicate: its first word, as far as an
// apostrophe, is a copula or an auxiliary ("is not required", "won't be tested").
bool NegationScope::continues_predicate(std::string_view text, const Event& trigger) {
  if (trigger.kind != Kind::kPost && trigger.kind != Kind::kAskedPost) return false;
  std::size_t end = trigger.start;
  while (end < trigger.end && is_ascii_word(static_cast<unsigned char>(text[end]))) ++end;
  return is_one_of(text.substr(trigger.start, end - trigger.start), kPredicateStarts);
}

bool NegationScope::list_gap(std::string_view gap) const { return RE2::FullMatch(gap, *list_gap_); }

// Whether text[from, to), between a trigger or a governed mention and the next mention,
// ends the scope: a clause end or a termination (beside the trigger, after the marks
// that may stand there).
bool NegationScope::ends_scope(std::string_view text, std::size_t from, std::size_t to, const Event* beside,
                               Direction direction) const {
  const bool beside_trigger = beside != nullptr;
  if (beside_trigger) std::tie(from, to) = strip_beside_trigger(text, from, to, direction == Direction::kForward);
  for (std::size_t i = from; i < to; ++i) {
    if (ends_clause(text, i)) return true;
  }
  if (!beside_trigger && direction == Direction::kForward && holds_word_of(text, from, to, kDestinations)) return true;
  // Backward a joiner ends the scope only right before its trigger ("Java well and have not
  // used Kotlin"), not inside the subject the trigger denies ("Go and Rust not required"),
  // nor before a predicate that shares the subject before it ("MATLAB was retired and is not
  // required").
  if (beside_trigger && direction == Direction::kBackward && !continues_predicate(text, *beside) &&
      joiner_ends(text, from, to)) {
    return true;
  }
  const RE2& ends = direction == Direction::kForward ? *ends_ : *terminations_;
  re2::StringPiece match;
  while (from < to && ends.Match(text, from, to, RE2::UNANCHORED, &match, 1)) {
    const auto start = static_cast<std::size_t>(match.data() - text.data());
    if (!match.empty() && on_word_boundaries(text, start, start + match.size())) return true;
    from = skip_inside_word(text, start + 1, to);
  }
  return false;
}

// Whether the word right before text[start] is a termination: a post trigger there denies
// that word ("I was never exposed to Kotlin": its subject is "I"), so it governs no mention
// and the triggers inside its span are read instead.
bool NegationScope::termination_before(std::string_view text, std::size_t start) const {
  std::size_t end = start;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  std::size_t begin = end;
  while (begin > 0 && is_word_byte(static_cast<unsigned char>(text[begin - 1]))) --begin;
  return begin < end && RE2::FullMatch(text.substr(begin, end - begin), *terminations_);
}

// Whether the last word of text[from, to) is a clause joiner.
bool NegationScope::joiner_ends(std::string_view text, std::size_t from, std::size_t to) const {
  while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\t')) --to;
  std::size_t start = to;
  while (start > from && is_word_byte(static_cast<unsigned char>(text[start - 1]))) --start;
  return start < to && RE2::FullMatch(text.substr(start, to - start), *clause_joiners_);
}

// Whether the list gap after mentions[index] (up to `to`) is a comma and a clause joiner
// that joins two clauses rather than a list: no list gap runs on before mentions[index]
// ("Converted the models to Python, and MATLAB is no longer installed"; a list of three,
// "Go, Rust, and Scala are not required", is one).
bool NegationScope::comma_joins_clauses(std::string_view text, const std::vector<RawMatch>& mentions, std::size_t index,
                                        std::size_t to) const {
  std::size_t from = mentions[index].offset + mentions[index].length;
  while (from < to && (text[from] == ' ' || text[from] == '\t')) ++from;
  if (from == to || text[from] != ',' || !joiner_ends(text, from + 1, to)) return false;
  if (index == 0) return true;
  const RawMatch& before = mentions[index - 1];
  const std::size_t end = before.offset + before.length;
  return end > mentions[index].offset || !list_gap(text.substr(end, mentions[index].offset - end));
}

// Marks the mentions `trigger` governs in `direction`, up to `limit`: where the next trigger
// governing the same way begins its own scope, which reaches at least as far (so each
// mention is walked over once).
void NegationScope::walk(std::string_view text, const std::vector<RawMatch>& mentions, const Event& trigger,
                         std::size_t limit, Direction direction, std::vector<char>& negated) const {
  const bool forward = direction == Direction::kForward;
  const auto by_offset = [](const RawMatch& m, std::size_t offset) { return m.offset < offset; };
  const auto by_end = [](const RawMatch& m, std::size_t offset) { return m.offset + m.length <= offset; };
  // Forward: the mentions from the first after the trigger; backward: those before it, nearest first.
  const auto first = static_cast<std::size_t>(
      forward ? std::lower_bound(mentions.begin(), mentions.end(), trigger.end, by_offset) - mentions.begin()
              : std::lower_bound(mentions.begin(), mentions.end(), trigger.start, by_end) - mentions.begin());
  std::size_t edge = forward ? trigger.end : trigger.start;  // the end of the scope so far
  std::size_t words = 0;
  for (std::size_t step = 0; forward ? first + step < mentions.size() : step < first; ++step) {
    const std::size_t index = forward ? first + step : first - 1 - step;
    const RawMatch& mention = mentions[index];
    if (forward ? mention.offset >= limit : mention.offset + mention.length <= limit) return;
    // Mentions that overlap (a list item inside another match) leave an empty gap.
    const std::size_t to = forward ? std::max(edge, mention.offset) : edge;
    const std::size_t from = std::min(to, forward ? edge : mention.offset + mention.length);
    if (step == 0 || !list_gap(text.substr(from, to - from))) {
      if (ends_scope(text, from, to, step == 0 ? &trigger : nullptr, direction)) return;
      words += count_words(text.substr(from, to - from));
      if (words > scope_words_) return;
    } else if (!forward && comma_joins_clauses(text, mentions, index, to)) {
      return;
    }
    negated[index] = 1;
    edge = forward ? mention.offset + mention.length : mention.offset;
  }
}

// A trigger whose object is a pronoun ("SageMaker was too expensive, so we did not use it",
// "Docker is on my to-learn list, I have not used it") governs the mention the pronoun
// stands for: the nearest one before the trigger in its sentence, within the window.
// Clause ends and terminations do not stop it: the pronoun reaches back over them.
void NegationScope::resolve_pronoun(std::string_view text, const std::vector<RawMatch>& mentions, const Event& trigger,
                                    std::vector<char>& negated) const {
  if (!pronoun_object_follows(text, trigger.end) && !trigger_ends_in_pronoun(text, trigger.start, trigger.end)) return;
  const auto by_end = [](const RawMatch& m, std::size_t offset) { return m.offset + m.length <= offset; };
  const auto after = std::lower_bound(mentions.begin(), mentions.end(), trigger.start, by_end);
  if (after == mentions.begin()) return;
  const auto index = static_cast<std::size_t>(after - mentions.begin()) - 1;
  const std::size_t from = mentions[index].offset + mentions[index].length;
  if (trigger.start - from > window_) return;
  for (std::size_t i = from; i < trigger.start; ++i) {
    if (ends_sentence(text, i)) return;
  }
  negated[index] = 1;
}

void NegationScope::mark(std::string_view text, const std::vector<RawMatch>& mentions, bool resume,
                         std::vector<char>& negated) const {
  negated.assign(mentions.size(), 0);
  if (triggers_ == nullptr || mentions.empty()) return;
  thread_local std::vector<Event> events;
  thread_local std::vector<const Event*> forward, backward;
  find_events(text, mentions, events);
  forward.clear();
  backward.clear();
  for (const Event& event : events) {
    const Kind kind = event.kind;
    const bool asked = kind == Kind::kAskedPre || kind == Kind::kAskedPost || kind == Kind::kAskedBoth;
    if (kind == Kind::kPseudo || (asked && resume)) continue;
    if (kind != Kind::kPost && kind != Kind::kAskedPost) forward.push_back(&event);
    if (kind != Kind::kPre && kind != Kind::kAskedPre) backward.push_back(&event);
  }
  for (std::size_t i = 0; i < forward.size(); ++i) {
    const std::size_t limit = i + 1 < forward.size() ? forward[i + 1]->end : text.size() + 1;
    walk(text, mentions, *forward[i], limit, Direction::kForward, negated);
    resolve_pronoun(text, mentions, *forward[i], negated);
  }
  for (std::size_t i = 0; i < backward.size(); ++i) {
    const std::size_t limit = i > 0 ? backward[i - 1]->start : 0;
    walk(text, mentions, *backward[i], limit, Direction::kBackward, negated);
  }
}

}  // namespace skillmatch::detail
