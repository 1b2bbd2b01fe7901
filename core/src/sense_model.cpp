#include "sense_model.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <vector>

#include "char_classes.hpp"

namespace skillmatch::detail {
namespace {

bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(unsigned char c) { return is_letter(c) || (c >= '0' && c <= '9'); }
bool is_token_char(unsigned char c) { return is_alnum(c) || c == '+' || c == '#'; }
bool is_blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\r'; }

// FNV-1a 32 over the concatenation of `parts`: the feature string is hashed, never built.
std::uint32_t fnv1a(std::initializer_list<std::string_view> parts) {
  std::uint32_t hash = 2166136261u;
  for (const std::string_view part : parts) {
    for (const char c : part) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  }
  return hash;
}

// Lower-cased runs of [a-z0-9+#], as views into `lowered`.
void tokens(std::string_view lowered, std::vector<std::string_view>& out) {
  out.clear();
  for (std::size_t i = 0; i < lowered.size();) {
    std::size_t j = i;
    while (j < lowered.size() && is_token_char(static_cast<unsigned char>(lowered[j]))) ++j;
    if (j > i) out.push_back(lowered.substr(i, j - i));
    i = std::max(j, i + 1);
  }
}

std::string_view case_shape(std::string_view match) {
  std::size_t letters = 0, upper = 0;
  bool first_upper = false;
  for (const char ch : match) {
    const auto c = static_cast<unsigned char>(ch);
    if (!is_letter(c)) continue;
    const bool is_upper = c <= 'Z';
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
  if (token[0] >= '0' && token[0] <= '9') return "9";
  const auto first = std::find_if(token.begin(), token.end(), [](char c) { return is_letter(static_cast<unsigned char>(c)); });
  if (first == token.end()) return "+";
  const auto letters = std::count_if(token.begin(), token.end(), [](char c) { return is_letter(static_cast<unsigned char>(c)); });
  const auto upper = std::count_if(token.begin(), token.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (letters > 1 && upper == letters) return "XX";
  return *first <= 'Z' ? "Xx" : "x";
}

// "w" for an ASCII letter or digit, "u" for a byte of a non-ASCII character, else the byte.
std::string char_class(unsigned char c) {
  if (is_alnum(c)) return "w";
  return c >= 128 ? "u" : std::string(1, static_cast<char>(c));
}

// The run of non-blank bytes glued to the mention's end, at most 6: "2.x" is "9.a".
std::string adjacent_shape(std::string_view right) {
  std::string shape;
  for (const char ch : right.substr(0, 6)) {
    const auto c = static_cast<unsigned char>(ch);
    if (is_blank(c) || c == '\n') break;
    const char s = (c >= '0' && c <= '9') ? '9' : is_letter(c) ? 'a' : ch;
    if (shape.empty() || shape.back() != s) shape.push_back(s);
  }
  return shape;
}

std::string_view words_bucket(std::size_t words) {
  if (words <= 1) return "1";
  if (words <= 3) return "3";
  return words <= 7 ? "7" : "8+";
}

// Closed classes of English words: what "the" or "with" next to a mention says is learned once
// for every alias, also for aliases never trained on ("a cup of java", "to spark", "in Go").
std::string_view word_class(std::string_view token) {
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
  if (token[0] >= '0' && token[0] <= '9') return "num";
  const auto it = classes.find(token);
  return it == classes.end() ? "w" : it->second;
}

// Skill mentions in the whole document that need no support: a resume naming twenty tools means its
// "Java" is the language; a sentence naming none leaves the words to decide.
std::string_view density_bucket(std::size_t count) {
  if (count <= 1) return count == 0 ? "0" : "1";
  if (count <= 4) return "4";
  return count <= 14 ? "14" : "15+";
}

// Nothing but a bullet, a clause end or a list mark before the mention on its line.
bool starts_sentence(std::string_view before) {
  const std::size_t last = before.find_last_not_of(" \t\r");
  if (last == std::string_view::npos) return true;
  const std::string_view marks = ".!?:*-(\"";
  return marks.find(before[last]) != std::string_view::npos || before.substr(0, last + 1).ends_with("\xE2\x80\xA2");
}

std::size_t separators(std::string_view window) {
  std::size_t count = std::count_if(window.begin(), window.end(), [](char c) { return c == ',' || c == '|' || c == ';'; });
  for (std::size_t i = window.find("\xE2\x80\xA2"); i != std::string_view::npos; i = window.find("\xE2\x80\xA2", i + 3)) ++count;
  return count;
}

// The features of tools/train_senses.py `features`; see there for what each says. `window`
// is the text around the mention, which is window[start, start + length).

// The words around the mention: itself, its neighbours and how they are written.
template <class Add>
void word_features(std::string_view window, std::size_t start, std::size_t length, const Add& add) {
  thread_local std::string lowered, alias;
  thread_local std::vector<std::string_view> left, right, all;
  lowered.assign(window);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(), ascii_lower);
  const std::string_view low(lowered);
  alias.clear();  // white space runs as one space
  for (const char c : low.substr(start, length)) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space) alias.push_back(c);
    else if (alias.empty() || alias.back() != ' ') alias.push_back(' ');
  }
  tokens(low.substr(0, start), left);
  tokens(low.substr(start + length), right);
  tokens(low, all);
  // Words further out than three on either side count only as present.
  if (left.size() > 3) {
    for (auto it = left.begin(); it != left.end() - 3; ++it) add({"W=", *it});
    left.erase(left.begin(), left.end() - 3);
  }
  if (right.size() > 3) {
    for (auto it = right.begin() + 3; it != right.end(); ++it) add({"W=", *it});
    right.resize(3);
  }
  const std::string_view l1 = left.empty() ? "^" : left.back();
  const std::string_view r1 = right.empty() ? "$" : right.front();
  add({"lc=", word_class(l1)});
  add({"rc=", word_class(r1)});
  add({"lrc=", word_class(l1), "|", word_class(r1)});
  add({"a=", alias});
  add({"l1=", l1});
  add({"r1=", r1});
  add({"al1=", alias, "|", l1});
  add({"ar1=", alias, "|", r1});
  for (const auto token : left) add({"L=", token});
  for (const auto token : right) add({"R=", token});
  // The same bytes as the lowered token, as the text writes them.
  const auto as_written = [&](std::string_view token) { return window.substr(static_cast<std::size_t>(token.data() - low.data()), token.size()); };
  add({"ls=", left.empty() ? "^" : token_shape(as_written(left.back()))});
  add({"rs=", right.empty() ? "$" : token_shape(as_written(right.front()))});
  add({"words=", words_bucket(all.size())});
  if (!right.empty() && std::any_of(right.front().begin(), right.front().end(), [](char c) { return c >= '0' && c <= '9'; })) {
    add({"rnum"});
  }
}

// The shape of the mention and of its line: casing, list punctuation, glued characters.
template <class Add>
void shape_features(std::string_view window, std::size_t start, std::size_t length, const Neighbours& near,
                    const Add& add) {
  const std::string_view shape = case_shape(window.substr(start, length));
  add({"case=", shape});
  add({"cp=", shape, starts_sentence(window.substr(0, start)) ? "|start" : "|mid"});
  const auto letters = std::count_if(window.begin(), window.end(), [](char c) { return is_letter(static_cast<unsigned char>(c)); });
  const bool lower_case = std::any_of(window.begin(), window.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (letters >= 6 && !lower_case) add({"wcaps"});
  add({"sep=", std::to_string(std::min<std::size_t>(separators(window), 3))});
  const std::string_view before = window.substr(0, start);
  const std::size_t last = before.find_last_not_of(" \t\r");
  add({"pc=", last == std::string_view::npos ? "^" : char_class(static_cast<unsigned char>(before[last]))});
  const std::string_view after = window.substr(start + length);
  const std::size_t first = after.find_first_not_of(" \t\r");
  add({"nc=", first == std::string_view::npos ? "$" : char_class(static_cast<unsigned char>(after[first]))});
  if (const std::string glued = adjacent_shape(after); !glued.empty()) add({"adj=", glued});
  if (before.find(':') != std::string_view::npos) add({"colon"});
  add({"o=", std::to_string(std::min<std::size_t>(near.on_line, 3))});
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
  const auto add = [&](std::initializer_list<std::string_view> parts) { z += model.weights[fnv1a(parts) & mask]; };
  const std::string_view around = text.substr(lo, hi - lo);
  word_features(around, offset - lo, length, add);
  shape_features(around, offset - lo, length, near, add);
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
