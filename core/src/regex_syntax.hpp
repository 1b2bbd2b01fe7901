// A scan that tells most rules patterns well-formed without RE2: checking each negation
// fragment and context list with RE2's parser was 15 M instructions of start-up (about 1,000
// a pattern byte, for case-folded classes built and thrown away).
#pragma once

#include <string_view>

#include <re2/re2.h>

namespace skillmatch::detail {

// True only when RE2 surely parses `pattern` with `options` (Perl syntax): literals (UTF-8
// ones checked where the options ask for UTF-8), "." "^" "$", the escapes \d \s \w \b \n \t
// \r \f (and their capitals where RE2 has them) and escaped punctuation, classes of such
// characters and ascending ranges, groups "(", "(?:" and flag groups such as "(?i)" or
// "(?-i:", alternation, and repetitions after an operand whose nested counts multiply to at
// most RE2's 1,000. False says nothing: anything else is for RE2 to judge (parse_error).
bool surely_parses(std::string_view pattern, const RE2::Options& options);

}  // namespace skillmatch::detail
