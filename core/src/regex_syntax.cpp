#include "regex_syntax.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include <skillmatch/text_encoding.hpp>

namespace skillmatch::detail {
namespace {

// RE2 refuses a repetition whose count, times those of the repetitions nested in what it
// repeats, is above this (its flag maximum_repeat_count; re2/parse.cc, RepetitionWalker).
constexpr std::int64_t kMaxRepeat = 1000;
// Deeper nesting is left to RE2, which limits it too.
constexpr std::size_t kMaxDepth = 64;

bool is_letter_or_digit(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_printable_ascii(unsigned char c) { return c >= 0x20 && c < 0x7f; }

// The length of the UTF-8 sequence a lead byte starts, in a pattern already known to be
// well-formed UTF-8; 0 for a byte that continues a sequence (met after an escape).
std::size_t utf8_length(unsigned char lead) { return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0; }

// One left-to-right pass. `operand_` is what a repetition would repeat: 0 when nothing may
// be repeated here (a pattern's or group's start, after "|", an anchor, a flag group or a
// repetition), else the largest product of the counts nested in it (1 for a character).
class Scan {
 public:
  Scan(std::string_view pattern, bool utf8) : p_(pattern), utf8_(utf8) {}

  bool run() {
    while (i_ < p_.size()) {
      if (!step()) return false;
    }
    return groups_.size() == 1;
  }

 private:
  bool step() {
    const auto c = static_cast<unsigned char>(p_[i_]);
    switch (c) {
      case '(': return open_group();
      case ')': return close_group();
      case '|': return none(1);
      case '^': case '$': return none(1);
      case '*': case '+': case '?': return repeat(1, 1);
      case '{': return counted_repeat();
      case '[': return char_class();
      case '\\': return escape();
      case ']': case '}': return false;  // literals to RE2, but rare enough to leave to it
      case '.': return operand(1);
      default: return literal(c);
    }
  }

  bool none(std::size_t length) {
    i_ += length;
    operand_ = 0;
    return true;
  }
  bool operand(std::size_t length) {
    i_ += length;
    operand_ = 1;
    return true;
  }

  bool literal(unsigned char c) {
    if (c < 0x80) return is_printable_ascii(c) && operand(1);
    if (!utf8_) return operand(1);  // Latin-1: every byte is a character
    const std::size_t length = utf8_length(c);
    return length > 0 && operand(length);
  }

  // "(", "(?:", or flags: "(?i)", "(?-i)", "(?i:" with any of i, m, s, U after one optional "-".
  bool open_group() {
    if (groups_.size() > kMaxDepth) return false;
    std::size_t j = i_ + 1;
    if (j < p_.size() && p_[j] == '?') {
      const bool negated = ++j < p_.size() && p_[j] == '-';
      if (negated) ++j;
      const std::size_t flags = j;
      while (j < p_.size() && std::string_view("imsU").find(p_[j]) != std::string_view::npos) ++j;
      if (j == p_.size() || (p_[j] != ':' && p_[j] != ')')) return false;
      if (j == flags && (negated || p_[j] == ')')) return false;  // "(?-:", "(?)": RE2's to judge
      if (p_[j++] == ')') return none(j - i_);
    }
    groups_.push_back(0);
    return none(j - i_);
  }

  bool close_group() {
    if (groups_.size() == 1) return false;
    const std::int64_t inner = groups_.back();
    groups_.pop_back();
    groups_.back() = std::max(groups_.back(), inner);
    i_ += 1;
    operand_ = std::max<std::int64_t>(inner, 1);
    return true;
  }

  // A repetition of the operand `count` times at most, written in `length` bytes, with the
  // "?" that makes it non-greedy.
  bool repeat(std::size_t length, std::int64_t count) {
    if (operand_ == 0) return false;
    const std::int64_t product = operand_ * std::max<std::int64_t>(count, 1);
    if (product > kMaxRepeat) return false;
    groups_.back() = std::max(groups_.back(), product);
    i_ += length;
    if (i_ < p_.size() && p_[i_] == '?') ++i_;
    operand_ = 0;  // RE2 refuses a repetition of a repetition ("a**")
    return true;
  }

  // "{n}", "{n,}" or "{n,m}"; any other "{" is a literal to RE2, left to it.
  bool counted_repeat() {
    std::size_t j = i_ + 1;
    std::int64_t low = 0;
    if (!read_count(j, low)) return false;
    std::int64_t high = low;  // "{n}", and "{n,}", which RE2 counts as n
    if (j < p_.size() && p_[j] == ',' && ++j < p_.size() && p_[j] != '}' && !read_count(j, high)) return false;
    if (j == p_.size() || p_[j] != '}' || high > kMaxRepeat || high < low) return false;
    return repeat(j + 1 - i_, high);
  }

  // Up to four digits at p_[j], read into `value`; false when there are none or more.
  bool read_count(std::size_t& j, std::int64_t& value) const {
    const std::size_t start = j;
    value = 0;
    for (; j < p_.size() && p_[j] >= '0' && p_[j] <= '9'; ++j) {
      if (j - start == 4) return false;
      value = value * 10 + (p_[j] - '0');
    }
    return j > start;
  }

  bool escape() {
    if (i_ + 1 == p_.size()) return false;
    const auto e = static_cast<unsigned char>(p_[i_ + 1]);
    if (e == 'b' || e == 'B') return none(2);
    if (std::string_view("dDsSwWntrf").find(static_cast<char>(e)) != std::string_view::npos) return operand(2);
    return is_printable_ascii(e) && !is_letter_or_digit(e) && operand(2);
  }

  // One character of a class at p_[j] ("x", "\.", "\n"), its value set; false for anything else.
  bool class_character(std::size_t& j, unsigned char& value) const {
    auto c = static_cast<unsigned char>(p_[j]);
    if (c == '\\') {
      if (j + 1 == p_.size()) return false;
      c = static_cast<unsigned char>(p_[j + 1]);
      const std::size_t control = std::string_view("ntrf").find(static_cast<char>(c));
      if (control != std::string_view::npos) {
        value = static_cast<unsigned char>("\n\t\r\f"[control]);
      } else if (is_printable_ascii(c) && !is_letter_or_digit(c)) {
        value = c;
      } else {
        return false;
      }
      j += 2;
      return true;
    }
    if (!is_printable_ascii(c) || c == '[') return false;  // "[:alpha:]" and the like are RE2's
    value = c;
    j += 1;
    return true;
  }

  // "[...]" or "[^...]" of characters, ascending ranges and \d \s \w (and capitals).
  bool char_class() {
    std::size_t j = i_ + 1;
    if (j < p_.size() && p_[j] == '^') ++j;
    if (j < p_.size() && p_[j] == ']') return false;  // "[]a]" or an empty class: RE2's to judge
    while (j < p_.size() && p_[j] != ']') {
      if (p_[j] == '\\' && j + 1 < p_.size() && std::string_view("dDsSwW").find(p_[j + 1]) != std::string_view::npos) {
        j += 2;
        if (j + 1 < p_.size() && p_[j] == '-' && p_[j + 1] != ']') return false;  // a range from a class
        continue;
      }
      unsigned char low = 0, high = 0;
      if (!class_character(j, low)) return false;
      if (j + 1 < p_.size() && p_[j] == '-' && p_[j + 1] != ']') {
        ++j;
        if (p_[j] == '\\' || !class_character(j, high) || high < low) return false;
      }
    }
    if (j == p_.size()) return false;
    return operand(j + 1 - i_);
  }

  std::string_view p_;
  bool utf8_;
  std::size_t i_ = 0;
  std::int64_t operand_ = 0;
  // Per open group (the pattern itself first): the largest product of nested counts in it.
  std::vector<std::int64_t> groups_ = {0};
};

}  // namespace

bool surely_parses(std::string_view pattern, const RE2::Options& options) {
  if (options.posix_syntax() || options.literal()) return false;
  const bool utf8 = options.encoding() == RE2::Options::EncodingUTF8;
  if (utf8 && !text::is_valid_utf8(pattern)) return false;  // RE2's to judge
  return Scan(pattern, utf8).run();
}

}  // namespace skillmatch::detail
