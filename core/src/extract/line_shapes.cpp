#include "line_shapes.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>

#include "../char_classes.hpp"

namespace skillmatch::detail {

namespace {

constexpr ShapeWordList kWordLists[] = {
    {"name_joiners", true, false},   {"name_ends", true, false},    {"name_starts", true, false},
    {"name_links", true, false},     {"programmes", true, false},   {"programme_followers", true, false},
    {"awards", true, true},          {"publishers", true, false},   {"sources", false, false},
    {"entry_marks", false, true},    {"entry_openers", false, true}, {"title_openers", false, true},
    {"title_links", false, false},   {"events", false, true},       {"organised", false, false},
    {"organised_links", false, false},
};

// Bit n set when list n is matched in its own case: asked for every token, so not looked up.
constexpr std::uint32_t kExactCaseLists = [] {
  std::uint32_t lists = 0;
  for (std::size_t list = 0; list < std::size(kWordLists); ++list) lists |= kWordLists[list].exact_case ? 1u << list : 0;
  return lists;
}();

}  // namespace

const std::vector<ShapeWordList> kShapeWordLists(std::begin(kWordLists), std::end(kWordLists));

namespace {

// The lists of kShapeWordLists, by index; a word's role bit is 1 << its list's index.
enum List : std::size_t {
  kJoiners, kNameEnds, kNameStarts, kNameLinks, kProgrammes, kFollowers, kAwards, kPublishers,
  kSources, kEntryMarks, kEntryOpeners, kTitleOpeners, kTitleLinks, kEvents, kOrganised, kOrganisedLinks,
  kCitationWords,  // not data: the abbreviations of a citation's shape ("vol", "pp", "et al", "eds")
};

// Written the same in every citation style, so part of the shape rather than vocabulary.
constexpr const char* kCitationWordList[] = {"vol", "volume", "p", "pp", "pages", "et", "al", "ed", "eds"};

// FNV-1a over the lower-case bytes, a byte at a time (tokenize hashes each word as it reads it).
constexpr std::uint32_t kFoldHashStart = 2166136261u;
std::uint32_t fold_hash_step(std::uint32_t h, char c);
std::uint32_t fold_hash(std::string_view word);

constexpr std::uint32_t bit(List list) { return 1u << list; }

// Each byte's classes by table: tokenizing the windows reads every byte, and the chains of
// comparisons were most of it.
enum ByteClass : std::uint8_t { kUpper = 1, kLower = 2, kDigit = 4, kAlnum = 8, kWordByte = 16, kSpace = 32, kHyphenByte = 64 };
constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
    const bool alnum = is_ascii_word(static_cast<unsigned char>(c));
    const bool word_byte = alnum || c == '\'' || c == '&' || c == '-';
    const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    classes[c] = static_cast<std::uint8_t>((upper ? kUpper : 0) | (lower ? kLower : 0) | (digit ? kDigit : 0) |
                                           (alnum ? kAlnum : 0) | (word_byte ? kWordByte : 0) | (space ? kSpace : 0) |
                                           (c == '-' ? kHyphenByte : 0));
  }
  return classes;
}();
bool has_class(char c, ByteClass wanted) { return (kByteClasses[static_cast<unsigned char>(c)] & wanted) != 0; }
bool is_upper(char c) { return has_class(c, kUpper); }
bool is_lower(char c) { return has_class(c, kLower); }
bool is_digit(char c) { return has_class(c, kDigit); }
bool is_alnum(char c) { return has_class(c, kAlnum); }
bool is_word_byte(char c) { return has_class(c, kWordByte); }
bool is_space(char c) { return has_class(c, kSpace); }
char fold(char c) { return static_cast<char>(kAsciiLower[static_cast<unsigned char>(c)]); }

std::uint32_t fold_hash_step(std::uint32_t h, char c) { return (h ^ kAsciiLower[static_cast<unsigned char>(c)]) * 16777619u; }

std::uint32_t fold_hash(std::string_view word) {
  std::uint32_t h = kFoldHashStart;
  for (const char c : word) h = fold_hash_step(h, c);
  return h;
}

bool folded_equal(std::string_view word, std::string_view lower) {
  return word.size() == lower.size() &&
         std::equal(word.begin(), word.end(), lower.begin(), [](char a, char b) { return fold(a) == b; });
}

// A quote mark at the start of `rest`: typographic, doubled by a CSV export (""), or written
// out as the escaped bytes some exports hold (\xe2\x80\x9d).
std::pair<ShapeToken::Kind, std::size_t> quote_at(std::string_view rest) {
  // Most marks are none of these: one test of the first byte passes them.
  if (rest[0] != '\xe2' && rest[0] != '"' && rest[0] != '\\') return {ShapeToken::kMark, 0};
  if (rest.starts_with("\xe2\x80\x9c")) return {ShapeToken::kOpenQuote, 3};
  if (rest.starts_with("\xe2\x80\x9d")) return {ShapeToken::kCloseQuote, 3};
  if (rest.starts_with("\"\"")) return {ShapeToken::kEitherQuote, 2};
  if (rest.starts_with("\\xe2\\x80\\x9c")) return {ShapeToken::kOpenQuote, 12};
  if (rest.starts_with("\\xe2\\x80\\x9d")) return {ShapeToken::kCloseQuote, 12};
  // Any other byte written out (\xe2\x80\x94, a dash) is one mark, not the word "x94".
  if (rest.size() >= 4 && rest[0] == '\\' && rest[1] == 'x' && std::isxdigit(static_cast<unsigned char>(rest[2])) &&
      std::isxdigit(static_cast<unsigned char>(rest[3]))) {
    return {ShapeToken::kMark, 4};
  }
  return {ShapeToken::kMark, 0};
}

// One UTF-8 sequence (a lead byte and its continuation bytes) is one mark.
std::size_t mark_length(std::string_view rest) {
  std::size_t n = 1;
  if (static_cast<unsigned char>(rest[0]) >= 0xC0) {
    while (n < rest.size() && n < 4 && (static_cast<unsigned char>(rest[n]) & 0xC0) == 0x80) ++n;
  }
  return n;
}

// A year of a citation: four digits from 1900 to 2099 starting the word.
bool year_start(std::string_view word) {
  return word.size() >= 4 && (word.starts_with("19") || word.starts_with("20")) && is_digit(word[2]) &&
         is_digit(word[3]);
}

bool all_digits(std::string_view word) { return !word.empty() && std::all_of(word.begin(), word.end(), is_digit); }

// Where a surname ("Fitch", the "Shevin" of "Sapon-Shevin") ends the word: a capital and
// lower-case letters; npos when the word does not end so.
std::size_t surname_start(std::string_view word) {
  std::size_t p = word.size();
  while (p > 0 && is_lower(word[p - 1])) --p;
  return p > 0 && p < word.size() && is_upper(word[p - 1]) ? p - 1 : std::string_view::npos;
}

// A word that is one capital and lower-case letters only ("D", "King"), as a cited initial.
bool capitalised(std::string_view word) {
  return !word.empty() && is_upper(word[0]) && std::all_of(word.begin() + 1, word.end(), is_lower);
}

}  // namespace

std::string shape_word_problem(const ShapeWordList& list, const std::string& entry) {
  if (entry.empty()) return "an empty entry";
  if (entry.front() == ' ' || entry.back() == ' ' || entry.find("  ") != std::string::npos) {
    return "'" + entry + "': words must be separated by single spaces";
  }
  if (!list.phrases && entry.find(' ') != std::string::npos) return "'" + entry + "' must be one word";
  for (const char c : entry) {
    if (c != ' ' && !is_word_byte(c)) return "'" + entry + "' holds '" + std::string(1, c) + "': words are [A-Za-z0-9_'&-]";
    if (!list.exact_case && is_upper(c)) return "'" + entry + "' must be lower case (it matches in any case)";
  }
  return "";
}

LineShapes::LineShapes(const KindForbidRule& rule, std::size_t window) : window_(window) {
  table_.resize(1024);
  phrases_.resize(kShapeWordLists.size());
  for (std::size_t list = 0; list < kShapeWordLists.size(); ++list) {
    const auto it = rule.words.find(kShapeWordLists[list].name);
    if (it == rule.words.end()) continue;
    for (const std::string& entry : it->second) {
      if (!shape_word_problem(kShapeWordLists[list], entry).empty()) continue;  // reported by the loader
      std::vector<std::string> words;
      for (std::size_t from = 0; from <= entry.size();) {
        const std::size_t space = std::min(entry.find(' ', from), entry.size());
        words.push_back(entry.substr(from, space - from));
        from = space + 1;
      }
      add_word(words.front(), 1u << list, kShapeWordLists[list].exact_case);
      phrases_[list].push_back(std::move(words));
    }
  }
  for (const char* word : kCitationWordList) add_word(word, bit(kCitationWords), false);
}

void LineShapes::add_word(const std::string& word, std::uint32_t role, bool exact_case) {
  std::string lower = word;
  std::transform(lower.begin(), lower.end(), lower.begin(), fold);
  const auto used = static_cast<std::size_t>(
      std::count_if(table_.begin(), table_.end(), [](const Entry& e) { return !e.folded.empty(); }));
  if (4 * (used + 1) > table_.size()) {
    std::vector<Entry> old = std::move(table_);
    table_.assign(old.size() * 2, Entry{});
    for (Entry& entry : old) {
      if (entry.folded.empty()) continue;
      std::size_t slot = fold_hash(entry.folded) & (table_.size() - 1);
      while (!table_[slot].folded.empty()) slot = (slot + 1) & (table_.size() - 1);
      table_[slot] = std::move(entry);
    }
  }
  std::size_t slot = fold_hash(lower) & (table_.size() - 1);
  while (!table_[slot].folded.empty() && table_[slot].folded != lower) slot = (slot + 1) & (table_.size() - 1);
  Entry& entry = table_[slot];
  entry.folded = lower;
  longest_ = std::max(longest_, lower.size());
  if (!exact_case) {
    entry.folded_roles |= role;
    return;
  }
  for (auto& [spelling, roles] : entry.spellings) {
    if (spelling == word) {
      roles |= role;
      return;
    }
  }
  entry.spellings.emplace_back(word, role);
}

void LineShapes::roles(std::string_view word, std::uint32_t& exact, std::uint32_t& folded) const {
  roles(word, fold_hash(word), exact, folded);
}

void LineShapes::roles(std::string_view word, std::uint32_t hash, std::uint32_t& exact, std::uint32_t& folded) const {
  exact = folded = 0;
  if (word.size() > longest_) return;
  for (std::size_t slot = hash & (table_.size() - 1); !table_[slot].folded.empty();
       slot = (slot + 1) & (table_.size() - 1)) {
    const Entry& entry = table_[slot];
    if (!folded_equal(word, entry.folded)) continue;
    folded = entry.folded_roles;
    for (const auto& [spelling, bits] : entry.spellings) exact |= spelling == word ? bits : 0;
    return;
  }
}

namespace {

// The flags of a word token (ShapeToken::Flag); `classes` is the OR of its bytes' classes.
std::uint8_t word_flags(std::string_view w, std::uint8_t classes) {
  std::uint8_t flags = 0;
  if (is_upper(w.front())) flags |= ShapeToken::kUpperFirst;
  if (is_upper(w.back())) flags |= ShapeToken::kUpperLast;
  if (is_digit(w.front())) flags |= ShapeToken::kDigitFirst;
  if ((classes & kUpper) != 0) flags |= ShapeToken::kHasUpper;
  if ((classes & kHyphenByte) != 0) flags |= ShapeToken::kHyphen;
  // "Coached": a capital, lower-case letters, "ed".
  if (w.size() >= 4 && is_upper(w[0]) && w.ends_with("ed") && std::all_of(w.begin() + 1, w.end(), is_lower)) {
    flags |= ShapeToken::kVerb;
  }
  // "V6", "vol4": a volume written as one word.
  if ((fold(w[0]) == 'v' && w.size() > 1 && all_digits(w.substr(1))) ||
      (w.size() > 3 && folded_equal(w.substr(0, 3), "vol") && is_digit(w[3]))) {
    flags |= ShapeToken::kVolume;
  }
  return flags;
}

}  // namespace

void LineShapes::tokenize(std::string_view text, std::size_t start, std::size_t end,
                          std::vector<ShapeToken>& tokens) const {
  tokens.clear();
  // A hyphen ends a word only inside it: "Bar Association- Trustee" ends a name at "-".
  const auto in_word = [&](std::size_t q) {
    return q < end && is_word_byte(text[q]) && (text[q] != '-' || (q + 1 < end && is_alnum(text[q + 1])));
  };
  for (std::size_t p = start; p < end;) {
    if (is_space(text[p])) {
      ++p;
      continue;
    }
    ShapeToken token;
    token.start = p;
    if (in_word(p)) {
      // The word's byte classes and hash are gathered as it is read, not by a pass each.
      std::uint8_t classes = 0;
      std::uint32_t hash = kFoldHashStart;
      for (; p < end; ++p) {
        const std::uint8_t byte = kByteClasses[static_cast<unsigned char>(text[p])];
        if ((byte & kWordByte) == 0 || ((byte & kHyphenByte) != 0 && !in_word(p))) break;
        classes |= byte;
        hash = fold_hash_step(hash, text[p]);
      }
      token.kind = ShapeToken::kWord;
      const std::string_view word = text.substr(token.start, p - token.start);
      token.flags = word_flags(word, classes);
      roles(word, hash, token.exact, token.folded);
    } else {
      const auto [kind, length] = quote_at(text.substr(p, end - p));
      token.kind = kind;
      p += length > 0 ? length : mark_length(text.substr(p, end - p));
    }
    token.end = p;
    tokens.push_back(token);
  }
}

// The shapes of one tokenized line; each adds the spans it finds.
class LineShapes::Line {
 public:
  Line(const LineShapes& shapes, std::string_view text, std::size_t start, std::size_t end,
       const std::vector<ShapeToken>& tokens, std::vector<ShapeSpan>& out)
      : shapes_(shapes), text_(text), start_(start), end_(end), t_(tokens), n_(tokens.size()), out_(out) {}

  void find() {
    for (std::size_t i = 0; i < n_; ++i) {
      if (plain(i)) continue;
      names_from(i);
      quotes_at(i);
      heads_at(i);
      tails_at(i);
    }
    name_runs();
    verb_runs();
  }

 private:
  static constexpr std::size_t npos = std::string_view::npos;

  // A token no shape but a name run can start at: a lower-case word in no list, or a mark
  // other than a quote, a comma or an opening parenthesis. Most tokens are.
  bool plain(std::size_t i) const {
    const ShapeToken& t = t_[i];
    if (t.kind == ShapeToken::kWord) {
      constexpr std::uint8_t kShaped =
          ShapeToken::kHasUpper | ShapeToken::kDigitFirst | ShapeToken::kHyphen | ShapeToken::kVolume;
      return (t.exact | t.folded) == 0 && (t.flags & kShaped) == 0;
    }
    return t.kind == ShapeToken::kMark && !is_mark(i, ',') && !is_mark(i, '(');
  }

  std::string_view word(std::size_t i) const {
    return i < n_ && t_[i].kind == ShapeToken::kWord ? text_.substr(t_[i].start, t_[i].end - t_[i].start) : "";
  }
  // Tokens i and i + 1 with white space between them.
  bool gap(std::size_t i) const { return i + 1 < n_ && t_[i + 1].start > t_[i].end; }
  bool touches(std::size_t i) const { return i + 1 < n_ && t_[i + 1].start == t_[i].end; }
  bool is_mark(std::size_t i, char c) const {
    return i < n_ && t_[i].kind == ShapeToken::kMark && t_[i].end == t_[i].start + 1 && text_[t_[i].start] == c;
  }
  bool has(std::size_t i, List list) const {
    const bool exact = ((kExactCaseLists >> list) & 1) != 0;
    return i < n_ && ((exact ? t_[i].exact : t_[i].folded) & bit(list)) != 0;
  }
  bool folded_is(std::size_t i, std::string_view w) const { return folded_equal(word(i), w); }
  bool cap(std::size_t i) const { return !word(i).empty() && is_upper(word(i)[0]); }
  bool joiner(std::size_t i) const { return has(i, kJoiners); }
  // What `[^\w\s]` matched after a name: a mark, a quote, or "&" or "-" standing alone.
  bool punct(std::size_t i) const { return i < n_ && (t_[i].kind != ShapeToken::kWord || !is_alnum(text_[t_[i].start])); }
  bool lower_start(std::size_t i) const {
    return !word(i).empty() && (is_lower(word(i)[0]) || is_digit(word(i)[0]));
  }

  // The token after a phrase of `list` starting at token i, or npos. Asked of every shaped
  // token for several lists, and most are in none: the role bit is tested here, inline.
  std::size_t phrase_end(std::size_t i, List list) const { return has(i, list) ? listed_phrase_end(i, list) : npos; }
  std::size_t listed_phrase_end(std::size_t i, List list) const;
  // The end of a run of capitalised words and joiners from token i, read no further than
  // `limit` (a byte offset).
  std::size_t run_end(std::size_t i, std::size_t limit = npos) const {
    std::size_t j = i;
    while (gap(j) && (cap(j + 1) || joiner(j + 1)) && t_[j + 1].start <= limit) ++j;
    return j + 1;
  }
  // Two words further apart than this never lie in one mention's window: a scan from an
  // anchor stops there, so that a long line of anchors stays linear.
  std::size_t reach(std::size_t i) const { return t_[i].start + 2 * shapes_.window_ + 2; }
  // After token k, a link and a name ("on Emerging Security Information"): the token after
  // the name, or npos.
  std::size_t linked_name(std::size_t k) const;

  void add(std::size_t from, std::size_t to) {
    from = std::max(from, start_);
    to = std::min(to, end_);
    if (from < to) out_.push_back({from, to});
  }
  // A match from `first` on, as far as a mention's window reaches.
  void head(std::size_t first) { add(first, first + shapes_.window_ + 1); }
  // A match from `lo` on whose words run from `first` to `last`: it covers a mention only when
  // both lie in the mention's window.
  void pair(std::size_t lo, std::size_t first, std::size_t last) {
    add(std::max(lo, last > shapes_.window_ + 1 ? last - shapes_.window_ - 1 : 0),
        std::min(last, first + shapes_.window_ + 1));
  }

  void names_from(std::size_t i);
  void name_runs();
  std::size_t name_end(std::size_t k) const;
  bool programme_end(std::size_t k) const;
  void verb_runs();
  void quotes_at(std::size_t i);
  std::size_t cited_before(std::size_t quote) const;
  void quoted_title(std::size_t i);
  void heads_at(std::size_t i);
  std::size_t initial_year(std::size_t i) const;
  std::size_t author(std::size_t i) const;
  bool year_then_space(std::size_t j) const;
  std::size_t initial_name_year(std::size_t i) const;
  void tails_at(std::size_t i);
  std::size_t volume_mark(std::size_t i) const;
  std::size_t entry_mark(std::size_t i) const;
  void publisher(std::size_t i);
  void held(std::size_t i);

  const LineShapes& shapes_;
  std::string_view text_;
  std::size_t start_, end_;
  const std::vector<ShapeToken>& t_;
  std::size_t n_;
  std::vector<ShapeSpan>& out_;
  std::size_t source_ = npos;  // the start of the latest source word or closing quote
};

std::size_t LineShapes::Line::listed_phrase_end(std::size_t i, List list) const {
  const bool exact = kShapeWordLists[list].exact_case;
  for (const auto& phrase : shapes_.phrases_[list]) {
    std::size_t j = i;
    bool same = true;
    for (std::size_t w = 0; same && w < phrase.size(); ++w, ++j) {
      same = (w == 0 || gap(j - 1)) && (exact ? word(j) == phrase[w] : folded_is(j, phrase[w]));
    }
    if (same) return j;
  }
  return npos;
}

std::size_t LineShapes::Line::linked_name(std::size_t k) const {
  std::size_t i = k + 1;
  if (!gap(k) || !has(i, kNameLinks) || !gap(i)) return npos;
  ++i;
  if (folded_is(i, "the") && gap(i)) ++i;
  return cap(i) ? run_end(i, reach(k)) : npos;
}

// A name that starts with the word of a body or an event and goes on with a link and a name
// ("Institute for Communication Research", "AMAN-Coalition for Integrity").
void LineShapes::Line::names_from(std::size_t i) {
  const std::string_view w = word(i);
  if (w.empty()) return;
  std::size_t first = t_[i].start;
  if (!has(i, kNameStarts)) {
    if ((t_[i].flags & ShapeToken::kHyphen) == 0) return;  // most words: no search for a '-'
    const std::size_t hyphen = w.rfind('-');
    std::uint32_t exact = 0, folded = 0;
    shapes_.roles(w.substr(hyphen + 1), exact, folded);
    if ((exact & bit(kNameStarts)) == 0) return;
    first += hyphen + 1;
  }
  const std::size_t name = linked_name(i);
  if (name != npos) add(first, std::min(t_[name - 1].end, first + shapes_.window_ + 1));
}

// A name in Title Case that ends in the word of an event, award or body ("Excellence in
// Mentoring Award", "Southern California Mediation Association"), or a programme's
// ("Freshman Mentoring Program, Senior Week"; not "Led Program management").
void LineShapes::Line::name_runs() {
  const auto has_upper = [&](std::size_t i) { return (t_[i].flags & ShapeToken::kHasUpper) != 0; };
  for (std::size_t i = 0; i < n_; ++i) {
    if (!has_upper(i) && !joiner(i)) continue;
    const std::size_t end = run_end(i);
    std::size_t first = i;
    while (first < end && !has_upper(first)) ++first;
    // A name may start at a capital inside its first word ("4-H Club"), as a match could.
    const std::string_view w = word(first);
    const std::size_t from = first < end ? t_[first].start + (std::find_if(w.begin(), w.end(), is_upper) - w.begin()) : 0;
    for (std::size_t k = first + 1; k < end; ++k) {
      if (has(k, kNameEnds)) {
        if (const std::size_t to = name_end(k); to != 0) add(std::max(from, t_[k].end - std::min(t_[k].end, shapes_.window_ + 1)), to);
      }
      if (has(k, kProgrammes) && programme_end(k)) {
        add(std::max(from, t_[k].end - std::min(t_[k].end, shapes_.window_ + 1)), t_[k].end);
      }
    }
    i = end - 1;
  }
}

// Where a name ending at token k ends: it must not go on in Title Case, save through a link
// ("Conference on Emerging Security"); 0 when it does.
std::size_t LineShapes::Line::name_end(std::size_t k) const {
  if (k + 1 >= n_ || !gap(k)) return t_[k].end;  // the line's end, or a mark right after
  if (const std::size_t name = linked_name(k); name != npos) {
    return std::min(t_[name - 1].end, t_[k].end + shapes_.window_);
  }
  return punct(k + 1) || lower_start(k + 1) ? t_[k].end : 0;
}

bool LineShapes::Line::programme_end(std::size_t k) const {
  return k + 1 >= n_ || !gap(k) || punct(k + 1) || has(k + 1, kFollowers);
}

// An alphabetical list of action verbs from a resume guide ("Charted Classified Coached").
void LineShapes::Line::verb_runs() {
  constexpr std::size_t kMinVerbs = 3;
  const auto verb = [&](std::size_t i) { return i < n_ && (t_[i].flags & ShapeToken::kVerb) != 0; };
  for (std::size_t i = 0; i < n_; ++i) {
    if (!verb(i)) continue;
    std::size_t j = i;
    while (gap(j) && verb(j + 1)) ++j;
    if (j - i + 1 >= kMinVerbs) add(t_[i].start, t_[j].end);
    i = j;
  }
}

void LineShapes::Line::quotes_at(std::size_t i) {
  const auto kind = t_[i].kind;
  const bool quote = kind == ShapeToken::kOpenQuote || kind == ShapeToken::kCloseQuote || kind == ShapeToken::kEitherQuote;
  // A quoted title closed by a comma or a question mark ("Text Clustering,” Amazon ...).
  if ((kind == ShapeToken::kCloseQuote || kind == ShapeToken::kEitherQuote) && i > 0 && touches(i - 1) &&
      (is_mark(i - 1, ',') || is_mark(i - 1, '?'))) {
    pair(start_, t_[i - 1].start, t_[i].end);
  }
  // A quoted title after an initial or a year (Fitch, D. “Redefining Education.”).
  if (quote && i > 0 && gap(i - 1)) {
    if (const std::size_t anchor = cited_before(i); anchor != npos) head(anchor);
  }
  quoted_title(i);
}

// Before a quote: "D." or "King." or a year, and an optional comma; where it starts, or npos.
std::size_t LineShapes::Line::cited_before(std::size_t quote) const {
  std::size_t b = quote - 1;
  if (is_mark(b, ',') && b > 0 && touches(b - 1)) --b;
  if (year_start(word(b)) && word(b).size() == 4) return t_[b].start;
  if (!is_mark(b, '.') || b == 0 || !touches(b - 1)) return npos;
  const std::string_view w = word(b - 1);
  if (year_start(w) && w.size() == 4) return t_[b - 1].start;
  const std::size_t part = w.rfind('-') == npos ? 0 : w.rfind('-') + 1;
  return capitalised(w.substr(part)) ? t_[b - 1].start + part : npos;
}

// A quoted title after the event, talk or list that names it (Workshop on “Intelligent
// Systems”; Speaker “Mediation Techniques”): from the event's word to the closing quote.
void LineShapes::Line::quoted_title(std::size_t i) {
  std::size_t j = phrase_end(i, kTitleOpeners);
  if (j == npos || j >= n_) return;
  if (is_mark(j, ':') && touches(j - 1)) ++j;
  if (!gap(j - 1)) return;
  if (has(j, kTitleLinks) && gap(j)) ++j;
  if (j >= n_ || (t_[j].kind != ShapeToken::kOpenQuote && t_[j].kind != ShapeToken::kEitherQuote)) return;
  // The first mark that could close it must close it: “ by ”, \xe2\x80\x9c by \xe2\x80\x9d, "" by "".
  const std::string_view open = text_.substr(t_[j].start, t_[j].end - t_[j].start);
  const char stop = open[0] == '\\' ? '\\' : open[0] == '"' ? '"' : '\0';
  for (std::size_t k = j + 1; k < n_ && t_[k].start <= reach(i); ++k) {
    const std::string_view token = text_.substr(t_[k].start, t_[k].end - t_[k].start);
    const bool closes = stop == '\0' ? token == "\xe2\x80\x9d" : token.find(stop) != npos;
    if (!closes) continue;
    const bool right = stop == '\0' || (stop == '"' ? t_[k].kind == ShapeToken::kEitherQuote
                                                     : t_[k].kind == ShapeToken::kCloseQuote && token.size() == 12);
    if (right) pair(t_[i].start, t_[i].start, t_[k].end);
    return;
  }
}

// The start of a cited entry: the rest of the line within the window is its title.
void LineShapes::Line::heads_at(std::size_t i) {
  // Each shape is asked only of a token that can start it: an initial ends in a capital, a
  // surname holds one.
  const std::uint8_t flags = t_[i].flags;
  if ((flags & ShapeToken::kUpperLast) != 0) {
    if (const std::size_t a = initial_year(i); a != npos) head(a);
    if (const std::size_t a = initial_name_year(i); a != npos) head(a);
  }
  if ((flags & ShapeToken::kHasUpper) != 0 && is_mark(i + 1, ',')) {
    if (const std::size_t a = author(i); a != npos) head(a);
  }
  // "et al." and a journal's special issue.
  if (has(i, kCitationWords) && folded_is(i, "et") && gap(i) && folded_is(i + 1, "al") && is_mark(i + 2, '.') && touches(i + 1)) {
    const std::size_t after = is_mark(i + 3, ',') && touches(i + 2) ? i + 3 : i + 2;
    if (gap(after)) head(t_[i].start);
  }
  if (phrase_end(i, kEntryOpeners) != npos) head(t_[i].start);
  // An award for the best paper or teaching, up to the next comma or full stop.
  if (phrase_end(i, kAwards) != npos) {
    std::size_t k = i;
    while (k < n_ && !is_mark(k, ',') && !is_mark(k, '.') && t_[k].start <= reach(i)) ++k;
    add(t_[i].start, std::min(k < n_ ? t_[k].start : end_, t_[i].start + shapes_.window_ + 1));
  }
}

// "D. (2007)." or "D., (2006, September).": the initial's position, or npos.
std::size_t LineShapes::Line::initial_year(std::size_t i) const {
  const std::string_view w = word(i);
  if (w.empty() || !is_upper(w.back()) || !is_mark(i + 1, '.') || !touches(i)) return npos;
  std::size_t j = i + 1;
  if (is_mark(j + 1, ',') && touches(j)) ++j;
  if (!gap(j) || !is_mark(j + 1, '(') || !touches(j + 1) || !year_start(word(j + 2))) return npos;
  for (std::size_t k = j + 3; k < n_ && t_[k].start <= reach(i); ++k) {
    if (is_mark(k, ')')) return is_mark(k + 1, '.') && touches(k) ? t_[i].end - 1 : npos;
  }
  return npos;
}

// An author before a cited title: "Simmons, T.J.," or "Fitch, D. (2007)." or "Gumport, P. 2012.":
// the surname's start, or npos.
std::size_t LineShapes::Line::author(std::size_t i) const {
  const std::size_t surname = surname_start(word(i));
  if (surname == npos || !is_mark(i + 1, ',') || !touches(i) || !gap(i + 1)) return npos;
  const auto initial = [&](std::size_t k) {
    return word(k).size() == 1 && is_upper(word(k)[0]) && is_mark(k + 1, '.') && touches(k);
  };
  std::size_t j = i + 2;
  if (!initial(j)) return npos;
  if (initial(j + 2) && touches(j + 1)) {  // T.J.
    std::size_t after = j + 3;
    if (is_mark(after + 1, ',') && touches(after)) ++after;
    return gap(after) ? t_[i].start + surname : npos;
  }
  j += 1;
  if (is_mark(j + 1, ',') && touches(j)) ++j;
  if (!gap(j)) return npos;
  ++j;
  if (is_mark(j, '(') && touches(j)) ++j;
  if (!year_start(word(j))) {  // "(April, 1998)"
    if (word(j).empty()) return npos;
    if (is_mark(j + 1, ',') && touches(j)) ++j;
    if (!gap(j)) return npos;
    ++j;
  }
  return year_start(word(j)) && year_then_space(j) ? t_[i].start + surname : npos;
}

// After the year at token j, white space before any closing parenthesis, or right after it
// and an optional full stop or comma.
bool LineShapes::Line::year_then_space(std::size_t j) const {
  for (std::size_t k = j; k + 1 < n_ && t_[k].start <= reach(j); ++k) {
    if (gap(k)) return true;
    if (is_mark(k + 1, ')')) {
      const std::size_t after = (is_mark(k + 2, '.') || is_mark(k + 2, ',')) && touches(k + 1) ? k + 2 : k + 1;
      return gap(after);
    }
  }
  return false;
}

// "M. Bastedo. 2001. ": the initial's position, or npos.
std::size_t LineShapes::Line::initial_name_year(std::size_t i) const {
  const std::string_view w = word(i);
  if (w.empty() || !is_upper(w.back()) || !is_mark(i + 1, '.') || !touches(i) || !gap(i + 1)) return npos;
  std::size_t j = i + 2;
  if (!capitalised(word(j)) || word(j).size() < 2) return npos;
  if (is_mark(j + 1, '.') && touches(j)) ++j;
  if (!gap(j) || word(j + 1).size() != 4 || !year_start(word(j + 1))) return npos;
  return is_mark(j + 2, '.') && touches(j + 1) && gap(j + 2) ? t_[i].end - 1 : npos;
}

// The end of a bibliography entry: a volume or pages after a source's name or a closing quote
// ("Journal of Cross-Cultural Psychology, 36(5)"), or a mark of its own ("33(2), 186-201",
// "(Eds.)", "paper presented at"), a book's publisher, an event's "held at".
void LineShapes::Line::tails_at(std::size_t i) {
  const std::uint8_t flags = t_[i].flags;
  if (source_ != npos && (has(i, kCitationWords) || (flags & ShapeToken::kVolume) != 0 || is_mark(i, ','))) {
    if (const std::size_t end = volume_mark(i); end != npos) pair(start_, source_, end);
  }
  if ((flags & ShapeToken::kDigitFirst) != 0 || is_mark(i, '(') || has(i, kEntryMarks)) {
    if (const std::size_t end = entry_mark(i); end != npos) pair(start_, t_[i].start, end);
  }
  if (has(i, kSources) || t_[i].kind == ShapeToken::kCloseQuote || t_[i].kind == ShapeToken::kEitherQuote) {
    source_ = t_[i].start;
  }
  if ((flags & ShapeToken::kHasUpper) != 0) publisher(i);
  held(i);
}

// "vol. 4", "Volume 2", "pp. 7", "pages 12", "V6, N6", ", 36(5)": the end of the volume's first
// digit (as far as a match had to reach), or npos.
std::size_t LineShapes::Line::volume_mark(std::size_t i) const {
  const auto digit_after = [&](std::size_t k) {
    return k < n_ && !word(k).empty() && is_digit(word(k)[0]) ? t_[k].start + 1 : npos;
  };
  const std::string_view w = word(i);
  if (folded_is(i, "vol") || folded_is(i, "volume")) {
    return digit_after(is_mark(i + 1, '.') && touches(i) ? i + 2 : i + 1);
  }
  if ((t_[i].flags & ShapeToken::kVolume) != 0 && fold(w[0]) == 'v' && fold(w[1]) == 'o') return t_[i].start + 4;
  if ((folded_is(i, "p") || folded_is(i, "pp")) && is_mark(i + 1, '.') && touches(i)) return digit_after(i + 2);
  if (folded_is(i, "pages") && gap(i)) return digit_after(i + 1);
  if ((t_[i].flags & ShapeToken::kVolume) != 0 && all_digits(w.substr(1))) {
    const std::size_t k = is_mark(i + 1, ',') && touches(i) ? i + 2 : i + 1;
    const std::string_view next = word(k);
    if (next.size() > 1 && fold(next[0]) == 'n' && is_digit(next[1])) return t_[k].start + 2;
  }
  if (is_mark(i, ',') && all_digits(word(i + 1)) && is_mark(i + 2, '(') && all_digits(word(i + 3)) &&
      is_mark(i + 4, ')') && touches(i + 2) && touches(i + 3)) {
    return t_[i + 4].end;
  }
  return npos;
}

// "33(2), 186", "(Eds.)", "refereed paper": the end of the mark, or npos.
std::size_t LineShapes::Line::entry_mark(std::size_t i) const {
  if (all_digits(word(i)) && is_mark(i + 1, '(') && all_digits(word(i + 2)) && is_mark(i + 3, ')') &&
      touches(i + 1) && touches(i + 2) && (is_mark(i + 4, ',') || is_mark(i + 4, ':')) && !word(i + 5).empty() &&
      is_digit(word(i + 5)[0])) {
    return t_[i + 5].start + 1;
  }
  if (is_mark(i, '(') && (folded_is(i + 1, "ed") || folded_is(i + 1, "eds")) && touches(i)) {
    const std::size_t close = is_mark(i + 2, '.') && touches(i + 1) ? i + 3 : i + 2;
    if (is_mark(close, ')') && touches(close - 1)) return t_[close].end;
  }
  const std::size_t end = phrase_end(i, kEntryMarks);
  return end == npos ? npos : t_[end - 1].end;
}

// A book's publisher after its title ("Los Angeles: Sage Publications").
void LineShapes::Line::publisher(std::size_t i) {
  const std::string_view w = word(i);
  if (w.empty() || !gap(i) || !has(i + 1, kPublishers)) return;
  std::size_t from = w.size();
  while (from > 0 && (is_alnum(w[from - 1]) || w[from - 1] == '&')) --from;
  const std::size_t capital = std::find_if(w.begin() + static_cast<std::ptrdiff_t>(from), w.end(), is_upper) - w.begin();
  if (capital < w.size()) pair(start_, t_[i].start + capital, t_[i + 1].end);
}

// An event's title before where and by whom it was held ("Seminar cum Demo Workshop - Cloud
// and Virtualization held at"): from the event's word to "held at".
void LineShapes::Line::held(std::size_t i) {
  std::size_t j = phrase_end(i, kEvents);
  if (j == npos || j >= n_) return;
  const std::string_view dash = text_.substr(t_[j].start, t_[j].end - t_[j].start);
  if (!(dash == "-" || dash == ":" || dash == "\xe2\x80\x93" || folded_is(j, "on")) || !gap(j)) return;
  for (std::size_t k = j + 1; k < n_ && !is_mark(k, '.') && !is_mark(k, '(') && t_[k].start <= reach(i); ++k) {
    if (has(k, kOrganised) && gap(k) && has(k + 1, kOrganisedLinks)) {
      pair(t_[i].start, t_[i].start, t_[k + 1].end);
      return;
    }
  }
}

void LineShapes::find(std::string_view text, std::size_t start, std::size_t end, std::vector<ShapeToken>& tokens,
                      std::vector<ShapeSpan>& out) const {
  tokenize(text, start, end, tokens);
  Line(*this, text, start, end, tokens, out).find();
}

void ShapeSpans::finish() {
  std::sort(spans_.begin(), spans_.end(), [](const ShapeSpan& a, const ShapeSpan& b) { return a.start < b.start; });
  reach_.resize(spans_.size());
  std::size_t reach = 0;
  for (std::size_t i = 0; i < spans_.size(); ++i) reach_[i] = reach = std::max(reach, spans_[i].end);
}

bool ShapeSpans::overlaps(std::size_t offset, std::size_t length) const {
  // The spans starting before the mention's end; one of them reaches past its start.
  const auto after = std::lower_bound(spans_.begin(), spans_.end(), offset + length,
                                      [](const ShapeSpan& s, std::size_t end) { return s.start < end; });
  const auto before = static_cast<std::size_t>(after - spans_.begin());
  return before > 0 && reach_[before - 1] > offset;
}

}  // namespace skillmatch::detail
