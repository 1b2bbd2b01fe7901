#include "literal_prefixes.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <tuple>

#include "char_classes.hpp"

namespace skillmatch::detail {
namespace {

// A choice that would leave more strings than this cuts them shorter: they stay true, only
// less selective ("(is|are|was|were)( not| never) ..." has thousands).
constexpr std::size_t kMaxStrings = 24;
// More strings than this after a choice are not weighed for a cut: the choice ends them.
constexpr std::size_t kMaxCut = 4 * kMaxStrings;
// Nor does a string grow past this many bytes: a longer one tells few more places apart.
constexpr std::size_t kMaxLength = 12;
// Groups nested deeper than this are left to RE2 to check.
constexpr std::size_t kMaxDepth = 100;
// A class of at most this many bytes is read as a choice of them.
constexpr std::size_t kMaxClassBytes = 4;

// The pattern as a tree of what matters to its start: bytes, what ends a literal (classes,
// ".", "\w", assertions), sequences, alternations and repetitions.
struct Node {
  enum class Type { kByte, kStop, kWordBoundary, kSequence, kAlternation, kRepeat };
  Type type = Type::kSequence;
  unsigned char byte = 0;
  int min = 0, max = 0;  // kRepeat; max -1 for no bound
  std::vector<Node> children;
};

Node leaf(Node::Type type, unsigned char byte = 0) {
  Node node;
  node.type = type;
  node.byte = byte;
  return node;
}

class Parser {
 public:
  explicit Parser(std::string_view pattern) : p_(pattern) {}

  // The tree, or nullopt for syntax this parser does not follow.
  std::optional<Node> parse() {
    Node root = alternation();
    if (failed_ || i_ < p_.size()) return std::nullopt;
    return root;
  }
  // Whether the pattern changes flags ("(?-i)"): its strings may then be a superset.
  bool flags() const { return flags_; }

 private:
  Node alternation() {
    Node node = leaf(Node::Type::kAlternation);
    node.children.push_back(sequence());
    while (i_ < p_.size() && p_[i_] == '|') {
      ++i_;
      node.children.push_back(sequence());
    }
    return node;
  }

  Node sequence() {
    Node node = leaf(Node::Type::kSequence);
    while (!failed_ && i_ < p_.size() && p_[i_] != '|' && p_[i_] != ')') node.children.push_back(quantified(atom()));
    return node;
  }

  Node quantified(Node atom) {
    while (i_ < p_.size()) {
      int min = 0, max = 0;
      const char q = p_[i_];
      if (q == '*') min = 0, max = -1, ++i_;
      else if (q == '+') min = 1, max = -1, ++i_;
      else if (q == '?') min = 0, max = 1, ++i_;
      else if (q != '{' || !repetition(min, max)) return atom;
      if (i_ < p_.size() && p_[i_] == '?') ++i_;  // lazy
      Node repeat = leaf(Node::Type::kRepeat);
      repeat.min = min;
      repeat.max = max;
      repeat.children.push_back(std::move(atom));
      atom = std::move(repeat);
    }
    return atom;
  }

  // "{n}", "{n,}" or "{n,m}" at i_, read when it is one (else RE2 reads "{" as a literal).
  bool repetition(int& min, int& max) {
    std::size_t j = i_ + 1;
    const auto number = [&](int& out) {
      const std::size_t start = j;
      out = 0;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9' && j - start < 6) out = out * 10 + (p_[j++] - '0');
      return j > start;
    };
    if (!number(min)) return false;
    max = min;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (!number(max)) max = -1;
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    i_ = j + 1;
    return true;
  }

  Node atom() {
    const auto c = static_cast<unsigned char>(p_[i_++]);
    switch (c) {
      case '(': return group();
      case '[': return char_class();
      case '\\': return escape();
      case '.': case '^': case '$': return stop();
      case '*': case '+': case '?': case '{': case '}': case ']':  // a repetition of nothing, or braces
        return leaf(Node::Type::kByte, c);
      default: return leaf(Node::Type::kByte, c);
    }
  }

  Node group() {
    if (i_ < p_.size() && p_[i_] == '?') {
      ++i_;
      if (i_ < p_.size() && (p_[i_] == 'P' || p_[i_] == '<')) {  // a named group
        const auto close = p_.find('>', i_);
        if (close == std::string_view::npos) return fail();
        i_ = close + 1;
      } else {
        flags_ = true;
        while (i_ < p_.size() && p_[i_] != ':' && p_[i_] != ')') ++i_;
        if (i_ >= p_.size()) return fail();
        if (p_[i_++] == ')') return stop();  // flags for what follows, "(?i)"
      }
    }
    if (++depth_ > kMaxDepth) return fail();  // the recursion's bound
    Node inner = alternation();
    --depth_;
    if (i_ >= p_.size() || p_[i_] != ')') return fail();
    ++i_;
    return inner;
  }

  // An escape after its "\": a punctuation byte or a control character stands for itself;
  // classes and assertions end a literal; what takes more characters is not followed.
  Node escape() {
    if (i_ >= p_.size()) return fail();
    const auto e = static_cast<unsigned char>(p_[i_++]);
    switch (e) {
      case 't': return leaf(Node::Type::kByte, '\t');
      case 'n': return leaf(Node::Type::kByte, '\n');
      case 'r': return leaf(Node::Type::kByte, '\r');
      case 'f': return leaf(Node::Type::kByte, '\f');
      case 'v': return leaf(Node::Type::kByte, '\v');
      case 'a': return leaf(Node::Type::kByte, '\a');
      case 'b': return leaf(Node::Type::kWordBoundary);
      case 'B': case 'A': case 'z': case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'C':
        return stop();
      default:
        if (e >= 0x80 || (e >= '0' && e <= '9') || (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) return fail();
        return leaf(Node::Type::kByte, e);
    }
  }

  // "[...]" after its "[": a choice of its bytes when they are a few listed one by one
  // ("[- ]"), else what ends a literal.
  Node char_class() {
    const std::size_t open = i_;
    skip_class();
    if (failed_) return stop();
    const std::string_view body = p_.substr(open, i_ - 1 - open);
    if (body.empty() || body[0] == '^') return stop();
    Node choice = leaf(Node::Type::kAlternation);
    for (std::size_t j = 0; j < body.size(); ++j) {
      auto c = static_cast<unsigned char>(body[j]);
      if (c == '\\') {
        c = static_cast<unsigned char>(body[++j]);  // skip_class saw a byte after it
        if (c >= 0x80 || is_ascii_word(c)) return stop();  // "\w", "\s", "\n"
      } else if (c == '-' && j > 0 && j + 1 < body.size()) {
        return stop();  // a range
      }
      if (choice.children.size() == kMaxClassBytes) return stop();
      choice.children.push_back(leaf(Node::Type::kByte, c));
    }
    return choice;
  }

  // Skips "[...]" after its "["; fails on POSIX classes and escapes of more than a byte.
  void skip_class() {
    if (i_ < p_.size() && p_[i_] == '^') ++i_;
    if (i_ < p_.size() && p_[i_] == ']') ++i_;
    for (; i_ < p_.size(); ++i_) {
      if (p_[i_] == ']') {
        ++i_;
        return;
      }
      if (p_.substr(i_, 2) == "[:") break;
      if (p_[i_] == '\\' && (++i_ == p_.size() || std::string_view("pPxQ0123456789").find(p_[i_]) != std::string_view::npos)) break;
    }
    failed_ = true;
  }

  static Node stop() { return leaf(Node::Type::kStop); }
  Node fail() {
    failed_ = true;
    return stop();
  }

  std::string_view p_;
  std::size_t i_ = 0, depth_ = 0;
  bool failed_ = false, flags_ = false;
};

// A string a match may start with so far; `open` while the pattern may still add to it;
// `word_end` when a "\b" follows it and it ends with a word byte.
struct State {
  std::string text;
  bool open = true, word_end = false;
  auto operator<=>(const State&) const = default;
};
using States = std::vector<State>;

class Evaluator {
 public:
  States run(const Node& node, States in) {
    if (std::none_of(in.begin(), in.end(), [](const State& s) { return s.open; })) return in;  // all ended
    switch (node.type) {
      case Node::Type::kByte: return add(node.byte, std::move(in));
      case Node::Type::kStop: return close(std::move(in));
      case Node::Type::kWordBoundary: return word_boundary(std::move(in));
      case Node::Type::kSequence:
        for (const Node& child : node.children) in = run(child, std::move(in));
        return in;
      case Node::Type::kAlternation: {
        States out;
        for (const Node& child : node.children) {
          States branch = run(child, in);
          out.insert(out.end(), branch.begin(), branch.end());
          if (too_many(out, in)) return close(std::move(in));
        }
        return bounded(std::move(out), in);
      }
      case Node::Type::kRepeat: return repeat(node, std::move(in));
    }
    return in;
  }

  // Whether no string was cut short: then the strings are the whole of what matches.
  bool exact() const { return exact_; }

 private:
  States add(unsigned char byte, States in) {
    for (State& s : in) {
      if (!s.open) continue;
      if (s.text.size() == kMaxLength) s.open = exact_ = false;
      else s.text += static_cast<char>(fold_latin1(byte));
    }
    return in;
  }

  States word_boundary(States in) {
    for (State& s : in) {
      if (s.open) s.word_end = !s.text.empty() && is_ascii_word(static_cast<unsigned char>(s.text.back()));
    }
    return close(std::move(in));
  }

  // One copy of the atom, then no more when more may follow; none when it may be left out.
  States repeat(const Node& node, States in) {
    if (node.max == 0) return in;
    States once = run(node.children.front(), in);
    if (node.max != 1) once = close(std::move(once));
    if (node.min > 0) return once;
    once.insert(once.end(), in.begin(), in.end());
    return bounded(std::move(once), in);
  }

  // Whether `out`, after a choice, holds too many strings to weigh for a cut: they then end
  // where they were before the choice, `in`, unless that is the pattern's start.
  bool too_many(const States& out, const States& in) {
    return out.size() > kMaxCut && std::none_of(in.begin(), in.end(), [](const State& s) { return s.text.empty(); });
  }

  // `out`, the strings after a choice among alternatives or repetitions, each begun by one
  // of `in` (its base). Past kMaxStrings they are cut, each to the same number of bytes
  // past its base, as many as leave few enough.
  States bounded(States out, const States& in) {
    if (out.size() <= kMaxStrings) return out;
    exact_ = false;
    if (too_many(out, in)) return close(in);
    std::vector<std::size_t> base(out.size(), 0);
    std::size_t most = 0;  // the most bytes past its base of any string
    for (std::size_t i = 0; i < out.size(); ++i) {
      for (const State& s : in) {
        if (s.text.size() > base[i] && out[i].text.starts_with(s.text)) base[i] = s.text.size();
      }
      most = std::max(most, out[i].text.size() - base[i]);
    }
    // By base, then text: strings cut to the same length past one base stay in order.
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(base[a], out[a].text) < std::tie(base[b], out[b].text);
    });
    const auto cut = [&](std::size_t i, std::size_t extra) { return std::string_view(out[i].text).substr(0, base[i] + extra); };
    const auto distinct = [&](std::size_t extra) {  // may count one string twice: never too few
      std::size_t count = 1;
      for (std::size_t j = 1; j < order.size(); ++j) count += cut(order[j], extra) != cut(order[j - 1], extra);
      return count;
    };
    std::size_t low = 0, high = most;  // the most bytes past the base that leave few enough
    while (low < high) {
      const std::size_t mid = (low + high + 1) / 2;
      if (distinct(mid) <= kMaxStrings) low = mid;
      else high = mid - 1;
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (out[i].text.size() > base[i] + low) {
        out[i].text.resize(base[i] + low);
        out[i].open = out[i].word_end = false;
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  States close(States in) {
    exact_ = false;
    for (State& s : in) s.open = false;
    return in;
  }

  bool exact_ = true;
};

}  // namespace

LiteralPrefixes literal_prefixes(std::string_view pattern) {
  Parser parser(pattern);
  const auto tree = parser.parse();
  if (!tree) return {};
  Evaluator evaluator;
  const States states = evaluator.run(*tree, {State{}});
  LiteralPrefixes out;
  for (const State& s : states) {
    if (s.text.empty()) {  // a match may start anywhere
      out.strings.clear();
      return out;
    }
    out.strings.push_back({s.text, s.word_end});
  }
  std::sort(out.strings.begin(), out.strings.end());
  out.strings.erase(std::unique(out.strings.begin(), out.strings.end()), out.strings.end());
  out.whole = evaluator.exact() && !parser.flags() &&
              std::all_of(states.begin(), states.end(), [](const State& s) { return s.open; });
  return out;
}

}  // namespace skillmatch::detail
