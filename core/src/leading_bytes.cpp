#include "leading_bytes.hpp"

#include "char_classes.hpp"

namespace skillmatch::detail {
namespace {

using Bytes = std::bitset<256>;

Bytes all_non_word() {
  Bytes bytes;
  for (int c = 0; c < 256; ++c) bytes.set(c, !is_ascii_word(static_cast<unsigned char>(c)));
  return bytes;
}

Bytes whitespace() {
  Bytes bytes;
  for (const unsigned char c : {'\t', '\n', '\v', '\f', '\r', ' '}) bytes.set(c);
  return bytes;
}

// Reads a pattern once, left to right, keeping only what can come first. What it does not
// follow ("\Q", "\p", POSIX classes, hex and octal escapes) counts as any non-word byte.
class Reader {
 public:
  Reader(std::string_view pattern, bool fold_case) : p_(pattern), fold_(fold_case) {}

  Bytes read() {
    Bytes out;
    alternation(out);
    if (i_ < p_.size()) out |= all_non_word();  // a stray ")": RE2 refuses it anyway
    return out;
  }

 private:
  // Alternatives up to ")" or the end; whether one of them can match the empty string.
  bool alternation(Bytes& out) {
    bool empty = sequence(out);
    while (i_ < p_.size() && p_[i_] == '|') {
      ++i_;
      empty = sequence(out) || empty;
    }
    return empty;
  }

  // One alternative: the atoms' leading bytes up to the first that cannot be empty.
  bool sequence(Bytes& out) {
    bool open = true;
    while (i_ < p_.size() && p_[i_] != '|' && p_[i_] != ')') {
      Bytes bytes;
      const bool empty = quantified(atom(bytes));
      if (open) out |= bytes;
      open = open && empty;
    }
    return open;
  }

  // Reads a quantifier after an atom, if any: whether the atom may then match nothing.
  bool quantified(bool empty) {
    if (i_ >= p_.size()) return empty;
    const char q = p_[i_];
    if (q == '*' || q == '?' || q == '+') {
      ++i_;
      empty = empty || q != '+';
    } else if (q == '{') {
      const auto close = p_.find('}', i_);
      const auto body = close == std::string_view::npos ? std::string_view() : p_.substr(i_ + 1, close - i_ - 1);
      if (body.empty() || body.find_first_not_of("0123456789,") != std::string_view::npos || body[0] == ',') {
        return empty;  // not a repetition: RE2 reads "{" as a literal, the next atom
      }
      i_ = close + 1;
      empty = empty || body.find_first_not_of('0') == std::string_view::npos || body[0] == '0';
    } else {
      return empty;
    }
    if (i_ < p_.size() && p_[i_] == '?') ++i_;  // lazy
    return empty;
  }

  // One atom; adds its leading bytes, returns whether it can match the empty string.
  bool atom(Bytes& out) {
    const auto c = static_cast<unsigned char>(p_[i_++]);
    switch (c) {
      case '(': return group(out);
      case '[': out |= char_class(); return false;
      case '\\': return escape(out, false);
      case '.': out |= all_non_word(); return false;
      case '^':
      case '$': return true;
      default: add(c, out); return false;
    }
  }

  bool group(Bytes& out) {
    if (i_ < p_.size() && p_[i_] == '?') {
      ++i_;
      if (i_ < p_.size() && p_[i_] == 'P') {  // (?P<name>...)
        const auto close = p_.find('>', i_);
        i_ = close == std::string_view::npos ? p_.size() : close + 1;
      } else {
        while (i_ < p_.size() && p_[i_] != ':' && p_[i_] != ')') {
          if (p_[i_++] == 'i') fold_ = true;  // folding more than RE2 would only adds bytes
        }
        if (i_ < p_.size() && p_[i_] == ')') {  // flags for what follows, "(?i)"
          ++i_;
          return true;
        }
        ++i_;  // the ':'
      }
    }
    const bool empty = alternation(out);
    if (i_ >= p_.size()) {
      out |= all_non_word();
      return empty;
    }
    ++i_;  // the ')'
    return empty;
  }

  // An escape after its "\"; `in_class` when inside "[...]", where \b is a backspace.
  bool escape(Bytes& out, bool in_class) {
    if (i_ >= p_.size()) {
      out |= all_non_word();
      return false;
    }
    const auto e = static_cast<unsigned char>(p_[i_++]);
    switch (e) {
      case 'b': case 'B': case 'A': case 'z':
        if (!in_class) return true;
        out |= all_non_word();
        return false;
      case 'd': case 'w': return false;  // ASCII word bytes only
      case 's': out |= whitespace(); return false;
      case 't': add('\t', out); return false;
      case 'n': add('\n', out); return false;
      case 'r': add('\r', out); return false;
      case 'f': add('\f', out); return false;
      case 'v': add('\v', out); return false;
      case 'a': add('\a', out); return false;
      default:
        if (is_ascii_word(e)) {  // \D \W \S \p \x \Q \C and octal: not followed
          out |= all_non_word();
          if (e == 'Q') i_ = p_.size();
          return false;
        }
        add(e, out);  // an escaped punctuation byte stands for itself
        return false;
    }
  }

  // "[...]" after its "[": its bytes, or every non-word byte when negated.
  Bytes char_class() {
    Bytes bytes;
    const bool negated = i_ < p_.size() && p_[i_] == '^';
    if (negated) ++i_;
    bool first = true;
    while (i_ < p_.size() && (p_[i_] != ']' || first)) {
      first = false;
      if (p_.substr(i_, 2) == "[:") return skip_class(all_non_word());
      if (p_[i_] == '\\') {
        ++i_;
        escape(bytes, true);
        continue;
      }
      const auto low = static_cast<unsigned char>(p_[i_++]);
      if (i_ + 1 < p_.size() && p_[i_] == '-' && p_[i_ + 1] != ']') {
        const auto high = static_cast<unsigned char>(p_[i_ + 1]);
        if (high == '\\') return skip_class(all_non_word());
        i_ += 2;
        for (unsigned c = low; c <= high; ++c) add(static_cast<unsigned char>(c), bytes);
      } else {
        add(low, bytes);
      }
    }
    if (i_ >= p_.size()) return all_non_word();
    ++i_;  // the ']'
    return negated ? all_non_word() : bytes;
  }

  // Skips the rest of a class this reader does not follow, and answers `bytes` for it.
  Bytes skip_class(Bytes bytes) {
    const auto close = p_.find(":]", i_);
    const auto end = p_.find(']', close == std::string_view::npos ? i_ : close + 2);
    i_ = end == std::string_view::npos ? p_.size() : end + 1;
    return bytes;
  }

  // A byte and, when folding case, its Latin-1 other case (ASCII letters are word bytes).
  void add(unsigned char c, Bytes& out) const {
    if (!is_ascii_word(c)) out.set(c);
    if (!fold_) return;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) out.set(c + 0x20);
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7) out.set(c - 0x20);
  }

  std::string_view p_;
  bool fold_;
  std::size_t i_ = 0;
};

}  // namespace

std::bitset<256> leading_non_word_bytes(std::string_view pattern, bool fold_case) {
  return Reader(pattern, fold_case).read();
}

}  // namespace skillmatch::detail
