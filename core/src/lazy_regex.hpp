// An RE2 that is checked when the rules load and compiled when first used: most skills'
// context patterns belong to skills a document never mentions, and compiling every one of
// them at load was a sixth of start-up.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include <re2/re2.h>

namespace skillmatch::detail {

// RE2's error for `pattern` read with `options` (its syntax only: no program is built), or
// "" when it parses. A pattern surely_parses (regex_syntax.hpp) takes costs a scan of its
// bytes; RE2 parses the rest, about a fifth of what compiling it costs.
std::string parse_error(const std::string& pattern, const RE2::Options& options);

// Whether `pattern`, once it parses, surely compiles within `options`' memory budget, so
// that compiling it later cannot fail: counted repetitions ("{2,5}") multiply a program,
// and in Latin-1 no pattern byte compiles to more than a few dozen instructions.
bool surely_fits(std::string_view pattern, const RE2::Options& options);

class LazyRegex {
 public:
  // Compiles `pattern` on the first get(), unless `now`.
  LazyRegex(std::string pattern, const RE2::Options& options, bool now);
  LazyRegex(const LazyRegex&) = delete;
  LazyRegex& operator=(const LazyRegex&) = delete;

  // The compiled pattern; the first call compiles it, once, whichever thread makes it.
  const RE2& get() const;

 private:
  std::string pattern_;
  RE2::Options options_;
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<RE2> regex_;
};

}  // namespace skillmatch::detail
