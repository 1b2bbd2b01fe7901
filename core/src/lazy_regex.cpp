#include "lazy_regex.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "regex_syntax.hpp"

namespace skillmatch::detail {
namespace {

// More instructions than a pattern byte compiles to in Latin-1: a class such as "[aceg]" or
// "\W" is a few byte ranges for each of its bytes, case-folded ones included, and each
// range is an instruction and a branch.
constexpr std::int64_t kInstructionsPerByte = 16;
// RE2 gives the forward program two thirds of max_mem and caps it at a quarter of that in
// instructions (re2/compile.cc), leaving the rest to the DFA; an instruction is 8 bytes
// there, counted as 16 here.
constexpr std::int64_t kBytesPerInstruction = 16 * 4 * 3 / 2;
// The instructions every program has whatever its pattern (its start, its match, the
// unanchored loop), with room to spare.
constexpr std::int64_t kProgramOverhead = 64;

// How many times RE2 copies the atom before a repetition at `open` ("{n}", "{n,}", "{n,m}"):
// the largest count plus one; nullopt when the "{" starts none (RE2 reads it as a literal).
// `end` is set past the closing brace.
std::optional<std::int64_t> repeat_copies(std::string_view pattern, std::size_t open, std::size_t& end) {
  std::int64_t count = 0, largest = 0;
  std::size_t digits = 0, i = open + 1;
  for (bool comma = false; i < pattern.size() && pattern[i] != '}'; ++i) {
    if (pattern[i] == ',' && !comma && digits > 0) comma = true, count = 0;
    else if (pattern[i] >= '0' && pattern[i] <= '9') count = std::min<std::int64_t>(count * 10 + (pattern[i] - '0'), 1 << 20), ++digits;
    else return std::nullopt;
    largest = std::max(largest, count);
  }
  if (i == pattern.size() || digits == 0) return std::nullopt;
  end = i + 1;
  return largest + 1;
}

// Where the class "[...]" opened at `open` ends, or npos for one this scan does not follow
// (POSIX classes, escapes that take more than one character).
std::size_t class_end(std::string_view pattern, std::size_t open) {
  std::size_t i = open + 1;
  if (i < pattern.size() && pattern[i] == '^') ++i;
  if (i < pattern.size() && pattern[i] == ']') ++i;  // a literal "]"
  for (; i < pattern.size(); ++i) {
    if (pattern[i] == ']') return i + 1;
    if (pattern[i] == '[' && i + 1 < pattern.size() && pattern[i + 1] == ':') return std::string_view::npos;
    if (pattern[i] == '\\' && (i + 1 == pattern.size() || std::string_view("pPxQC0123456789").find(pattern[++i]) != std::string_view::npos)) {
      return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

// The pattern's bytes, each counted once for every copy RE2 makes of it: an atom ("x",
// "\d", "[a-z]", "(...)") before "{n,m}" counts m + 1 times, nested repetitions multiply.
// At most `cap`; nullopt for syntax this scan does not follow ("\Q...\E", "\p{...}", "\x{...}").
std::optional<std::int64_t> copied_bytes(std::string_view pattern, std::int64_t cap) {
  std::vector<std::int64_t> copies(pattern.size(), 1);
  std::vector<std::size_t> groups;  // where each open group starts
  std::size_t atom = std::string_view::npos;  // where the last atom starts
  for (std::size_t i = 0, next = 1; i < pattern.size(); i = next, next = i + 1) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 == pattern.size() || std::string_view("pPxQC0123456789").find(pattern[i + 1]) != std::string_view::npos) return std::nullopt;
      atom = i, next = i + 2;
    } else if (c == '[') {
      if ((next = class_end(pattern, i)) == std::string_view::npos) return std::nullopt;
      atom = i;
    } else if (c == '(') {
      groups.push_back(i), atom = std::string_view::npos;
    } else if (c == ')') {
      if (groups.empty()) return std::nullopt;
      atom = groups.back(), groups.pop_back();
    } else if (c == '|') {
      atom = std::string_view::npos;
    } else if (const auto repeat = c == '{' ? repeat_copies(pattern, i, next) : std::nullopt) {
      if (atom == std::string_view::npos) return std::nullopt;
      for (std::size_t k = atom; k < i; ++k) copies[k] = std::min(cap, copies[k] * *repeat);
    } else if (c != '*' && c != '+' && c != '?') {
      atom = i;  // a character, a literal "{" included
    }
  }
  if (!groups.empty()) return std::nullopt;
  std::int64_t total = 0;
  for (const std::int64_t n : copies) total = std::min(cap, total + n);
  return total;
}

}  // namespace

std::string parse_error(const std::string& pattern, const RE2::Options& options) {
  if (surely_parses(pattern, options)) return "";
  // A budget too small for any program: RE2 parses the pattern, then gives up compiling it
  // at once with ErrorPatternTooLarge, which thus means it parsed.
  RE2::Options parse_only = options;
  parse_only.set_log_errors(false);
  parse_only.set_max_mem(3);
  const RE2 regex(pattern, parse_only);
  return regex.error_code() == RE2::ErrorPatternTooLarge ? "" : regex.error();
}

bool surely_fits(std::string_view pattern, const RE2::Options& options) {
  if (options.encoding() != RE2::Options::EncodingLatin1) return false;  // a UTF-8 class can be far larger
  const std::int64_t budget = options.max_mem() / kBytesPerInstruction - kProgramOverhead;
  if (budget <= 0) return false;
  const auto bytes = copied_bytes(pattern, budget);
  return bytes && *bytes * kInstructionsPerByte <= budget;
}

LazyRegex::LazyRegex(std::string pattern, const RE2::Options& options, bool now)
    : pattern_(std::move(pattern)), options_(options) {
  if (now) get();
}

const RE2& LazyRegex::get() const {
  std::call_once(compiled_, [this] { regex_ = std::make_unique<RE2>(pattern_, options_); });
  return *regex_;
}

}  // namespace skillmatch::detail
