#include "sense_model.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <vector>

#include "char_classes.hpp"

namespace skillmatch::detail {
namespace {

// Each byte's classes by table: the features read every byte of the window several times.
enum ByteClass : std::uint8_t { kLetter = 1, kLowerLetter = 2, kDigit = 4, kToken = 8, kBlank = 16, kSeparator = 32 };
constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    const bool lower = c >= 'a' && c <= 'z', letter = lower || (c >= 'A' && c <= 'Z'), digit = c >= '0' && c <= '9';
    classes[c] = static_cast<std::uint8_t>((letter ? kLetter : 0) | (lower ? kLowerLetter : 0) | (digit ? kDigit : 0) |
                                           (letter || digit || c == '+' || c == '#' ? kToken : 0) |
                                           (c == ' ' || c == '\t' || c == '\r' ? kBlank : 0) |
                                           (c == ',' || c == '|' || c == ';' ? kSeparator : 0));
  }
  return classes;
}();
bool has_class(char c, std::uint8_t wanted) { return (kByteClasses[static_cast<unsigned char>(c)] & wanted) != 0; }
bool is_letter(char c) { return has_class(c, kLetter); }
bool is_alnum(char c) { return has_class(c, kLetter | kDigit); }
bool is_digit(char c) { return has_class(c, kDigit); }
bool is_blank(char c) { return has_class(c, kBlank); }

// FNV-1a 32 over the concatenation of `parts`: the feature string is hashed, never built.
// `fold` hashes the ASCII capitals of the parts after the first (the feature's name, "W=" or
// "L=") as lower case: the words are read from the text as written, the script lowers them.
template <bool fold>
std::uint32_t fnv1a(std::initializer_list<std::string_view> parts) {
  std::uint32_t hash = 2166136261u;
  for (const char c : *parts.begin()) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  for (auto part = parts.begin() + 1; part != parts.end(); ++part) {
    for (const char c : *part) {
      const auto byte = static_cast<unsigned char>(c);
      hash = (hash ^ (fold ? kAsciiLower[byte] : byte)) * 16777619u;
    }
  }
  return hash;
}

// Runs of [A-Za-z0-9+#]: the script's tokens of the lowered text, as written.
void tokens(std::string_view text, std::vector<std::string_view>& out) {
  out.clear();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!has_class(text[i], kToken)) continue;
    std::size_t j = i + 1;
    while (j < text.size() && has_class(text[j], kToken)) ++j;
    out.push_back(text.substr(i, j - i));
    i = j;  // text[j] is no token byte
  }
}

std::string_view case_shape(std::string_view match) {
  std::size_t letters = 0, upper = 0;
  bool first_upper = false;
  for (const char c : match) {
    if (!is_letter(c)) continue;
    const bool is_upper = !has_class(c, kLowerLetter);
    if (letters == 0) first_upper = is_upper;
    ++letters;
    upper += is_upper;
  }
  if (letters == 0) return "none";
  if (upper == letters) return letters > 1 ? "upper" : "cap1";
  if (upper == 0) return "lower";
  return first_upper && upper == 1 ? "title" : "mixed";
}

// A neighbouring token as written: "Xx" (a name: "Franz Kafka"), "XX", "x", "9" or "+".
std::string_view token_shape(std::string_view token) {
  if (is_digit(token[0])) return "9";
  const auto first = std::find_if(token.begin(), token.end(), is_letter);
  if (first == token.end()) return "+";
  const auto letters = std::count_if(token.begin(), token.end(), is_letter);
  const auto upper = std::count_if(token.begin(), token.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (letters > 1 && upper == letters) return "XX";
  return *first <= 'Z' ? "Xx" : "x";
}

// "w" for an ASCII letter or digit, "u" for a byte of a non-ASCII character, else the byte.
std::string_view char_class(const char& c) {
  if (is_alnum(c)) return "w";
  return static_cast<unsigned char>(c) >= 128 ? "u" : std::string_view(&c, 1);
}

// The run of non-blank bytes glued to the mention's end, at most 6: "2.x" is "9.a". Written
// into `shape`, which is at least 6 long.
std::string_view adjacent_shape(std::string_view right, char* shape) {
  std::size_t n = 0;
  for (const char ch : right.substr(0, 6)) {
    if (is_blank(ch) || ch == '\n') break;
    const char s = is_digit(ch) ? '9' : is_letter(ch) ? 'a' : ch;
    if (n == 0 || shape[n - 1] != s) shape[n++] = s;
  }
  return {shape, n};
}

std::string_view words_bucket(std::size_t words) {
  if (words <= 1) return "1";
  if (words <= 3) return "3";
  return words <= 7 ? "7" : "8+";
}

// Closed classes of English words: what "the" or "with" next to a mention says is learned once
// for every alias, also for aliases never trained on ("a cup of java", "to spark", "in Go").
// `token` is as written; the classes hold its lower case.
std::string_view word_class(std::string_view token) {
  constexpr std::size_t kLongest = 7;  // "through", "another"
  static const std::unordered_map<std::string_view, std::string_view> classes = [] {
    std::unordered_map<std::string_view, std::string_view> out;
    const std::pair<std::string_view, std::string_view> lists[] = {
        {"det", "a an the this that these those my your his her its our their some any every each no another"},
        {"pro", "i we you they he she it who which"},
        {"mod", "to will would can could may might must should shall did do does let"},
        {"prep", "in with on at of for from by using via into across over under through about within"},
        {"conj", "and or nor but"},
        {"be", "is are was were be been being am"},
    };
    for (const auto& [name, words] : lists) {
      for (std::size_t i = 0; i < words.size();) {
        const std::size_t end = std::min(words.find(' ', i), words.size());
        out.emplace(words.substr(i, end - i), name);
        i = end + 1;
      }
    }
    return out;
  }();
  if (token == "^" || token == "$") return token;
  if (is_digit(token[0])) return "num";
  if (token.size() > kLongest) return "w";
  char lowered[kLongest];
  for (std::size_t i = 0; i < token.size() && i < kLongest; ++i) lowered[i] = ascii_lower(token[i]);
  const auto it = classes.find(std::string_view(lowered, token.size()));
  return it == classes.end() ? "w" : it->second;
}

// Skill mentions in the whole document that need no support: a resume naming twenty tools means its
// "Java" is the language; a sentence naming none leaves the words to decide.
std::string_view density_bucket(std::size_t count) {
  if (count <= 1) return count == 0 ? "0" : "1";
  if (count <= 4) return "4";
  return count <= 14 ? "14" : "15+";
}

// "0" to "3": a count capped at 3, as the script writes it.
std::string_view capped(std::size_t count) {
  constexpr std::string_view kDigits = "0123";
  return kDigits.substr(std::min<std::size_t>(count, 3), 1);
}

// Nothing but a bullet, a clause end or a list mark before the mention on its line.
bool starts_sentence(std::string_view before) {
  const std::size_t last = before.find_last_not_of(" \t\r");
  if (last == std::string_view::npos) return true;
  const std::string_view marks = ".!?:*-(\"";
  return marks.find(before[last]) != std::string_view::npos || before.substr(0, last + 1).ends_with("\xE2\x80\xA2");
}

// What the window's bytes say about its line, read in one pass: most of a window's cost was
// reading it once per count.
struct LineCounts {
  std::size_t letters = 0, separators = 0, tokens = 0;
  bool lower_case = false;
};

LineCounts line_counts(std::string_view window) {
  LineCounts counts;
  std::uint8_t seen = 0, previous = 0;
  for (const char c : window) {
    const std::uint8_t classes = kByteClasses[static_cast<unsigned char>(c)];
    seen |= classes;
    counts.letters += (classes & kLetter) != 0;
    counts.separators += (classes & kSeparator) != 0;
    counts.tokens += (classes & ~previous & kToken) != 0;  // a token starts here
    previous = classes;
  }
  counts.lower_case = (seen & kLowerLetter) != 0;
  for (std::size_t i = window.find("\xE2\x80\xA2"); i != std::string_view::npos; i = window.find("\xE2\x80\xA2", i + 3)) {
    ++counts.separators;
  }
  return counts;
}

// The features of tools/train_senses.py `features`; see there for what each says. `window`
// is the text around the mention, which is window[start, start + length). `add` hashes its
// parts as they are; `add_folded` the words after the name in lower case (the script lowers
// the words, never a shape).

// The words around the mention: itself, its neighbours and how they are written.
template <class Add, class AddFolded>
void word_features(std::string_view window, std::size_t start, std::size_t length, const LineCounts& counts,
                   const Add& add, const AddFolded& add_folded) {
  thread_local std::string alias;
  thread_local std::vector<std::string_view> left, right;
  alias.clear();  // white space runs as one space
  for (const char c : window.substr(start, length)) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space) alias.push_back(ascii_lower(c));
    else if (alias.empty() || alias.back() != ' ') alias.push_back(' ');
  }
  tokens(window.substr(0, start), left);
  tokens(window.substr(start + length), right);
  // Words further out than three on either side count only as present.
  if (left.size() > 3) {
    for (auto it = left.begin(); it != left.end() - 3; ++it) add_folded({"W=", *it});
    left.erase(left.begin(), left.end() - 3);
  }
  if (right.size() > 3) {
    for (auto it = right.begin() + 3; it != right.end(); ++it) add_folded({"W=", *it});
    right.resize(3);
  }
  const std::string_view l1 = left.empty() ? "^" : left.back();
  const std::string_view r1 = right.empty() ? "$" : right.front();
  const std::string_view l1_class = word_class(l1), r1_class = word_class(r1);
  add({"lc=", l1_class});
  add({"rc=", r1_class});
  add({"lrc=", l1_class, "|", r1_class});
  add({"a=", alias});
  add_folded({"l1=", l1});
  add_folded({"r1=", r1});
  add_folded({"al1=", alias, "|", l1});
  add_folded({"ar1=", alias, "|", r1});
  for (const auto token : left) add_folded({"L=", token});
  for (const auto token : right) add_folded({"R=", token});
  add({"ls=", left.empty() ? "^" : token_shape(left.back())});
  add({"rs=", right.empty() ? "$" : token_shape(right.front())});
  add({"words=", words_bucket(counts.tokens)});
  if (!right.empty() && std::any_of(right.front().begin(), right.front().end(), is_digit)) add({"rnum"});
}

// The shape of the mention and of its line: casing, list punctuation, glued characters.
template <class Add>
void shape_features(std::string_view window, std::size_t start, std::size_t length, const LineCounts& counts,
                    const Neighbours& near, const Add& add) {
  const std::string_view shape = case_shape(window.substr(start, length));
  add({"case=", shape});
  add({"cp=", shape, starts_sentence(window.substr(0, start)) ? "|start" : "|mid"});
  if (counts.letters >= 6 && !counts.lower_case) add({"wcaps"});
  add({"sep=", capped(counts.separators)});
  const std::string_view before = window.substr(0, start);
  const std::size_t last = before.find_last_not_of(" \t\r");
  add({"pc=", last == std::string_view::npos ? "^" : char_class(before[last])});
  const std::string_view after = window.substr(start + length);
  const std::size_t first = after.find_first_not_of(" \t\r");
  add({"nc=", first == std::string_view::npos ? "$" : char_class(after[first])});
  char glued_bytes[6];
  if (const std::string_view glued = adjacent_shape(after, glued_bytes); !glued.empty()) add({"adj=", glued});
  if (before.find(':') != std::string_view::npos) add({"colon"});
  add({"o=", capped(near.on_line)});
  add({"d=", density_bucket(near.in_document)});
}

}  // namespace

// Line breaks are looked for only inside the window: on an 8 MiB line with a mention every
// 20 bytes, searching to the line's ends made extraction quadratic.
std::pair<std::size_t, std::size_t> SenseModel::window(std::string_view text, std::size_t offset, std::size_t length) const {
  const std::size_t w = weights_->window;
  const std::size_t end = offset + length;
  const std::size_t lo = offset >= w ? offset - w : 0;
  const std::size_t hi = std::min(text.size(), end + w);
  const std::size_t line_break = text.substr(lo, offset - lo).rfind('\n');
  const std::size_t line_end = text.substr(end, hi - end).find('\n');
  return {line_break == std::string_view::npos ? lo : lo + line_break + 1,
          line_end == std::string_view::npos ? hi : end + line_end};
}

double SenseModel::probability(std::string_view text, std::size_t offset, std::size_t length, const Neighbours& near) const {
  const SenseWeights& model = *weights_;
  const auto [lo, hi] = window(text, offset, length);
  const std::uint32_t mask = (1u << model.hash_bits) - 1;
  double z = model.bias;
  const auto add = [&](std::initializer_list<std::string_view> parts) { z += model.weights[fnv1a<false>(parts) & mask]; };
  const auto add_folded = [&](std::initializer_list<std::string_view> parts) {
    z += model.weights[fnv1a<true>(parts) & mask];
  };
  const std::string_view around = text.substr(lo, hi - lo);
  const LineCounts counts = line_counts(around);
  word_features(around, offset - lo, length, counts, add, add_folded);
  shape_features(around, offset - lo, length, counts, near, add);
  return 1.0 / (1.0 + std::exp(-z));
}

Sense SenseModel::judge(std::string_view text, std::size_t offset, std::size_t length, const Neighbours& near) const {
  if (weights_ == nullptr || weights_->hash_bits == 0) return Sense::kUnsure;
  const double p = probability(text, offset, length, near);
  const std::string_view shape = case_shape(text.substr(offset, length));
  const bool name = shape == "title" || shape == "mixed";
  if (p >= (name ? weights_->accept : weights_->accept_plain)) return Sense::kSkill;
  return p < weights_->veto ? Sense::kEveryday : Sense::kUnsure;
}

}  // namespace skillmatch::detail
