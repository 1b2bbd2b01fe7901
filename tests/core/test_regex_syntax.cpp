// regex_syntax: a pattern the scan calls well-formed is one RE2 parses, in Latin-1 and UTF-8.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "lazy_regex.hpp"
#include "regex_syntax.hpp"

namespace skillmatch::detail {
namespace {

RE2::Options with_encoding(RE2::Options::Encoding encoding) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(encoding);
  return options;
}
const RE2::Options kLatin1 = with_encoding(RE2::Options::EncodingLatin1);
const RE2::Options kUtf8 = with_encoding(RE2::Options::EncodingUTF8);

// RE2's own verdict on the syntax: a budget too small for any program fails only after parsing.
bool re2_parses(const std::string& pattern, const RE2::Options& options) {
  RE2::Options parse_only = options;
  parse_only.set_max_mem(3);
  const RE2 regex(pattern, parse_only);
  return regex.ok() || regex.error_code() == RE2::ErrorPatternTooLarge;
}

TEST(RegexSyntax, TheRulesKindsOfPatternsAreSurelyWellFormed) {
  for (const std::string pattern :
       {"no", "none of", "(?i)\\b(?:no|not( yet)?|n/a)\\s*[.;]", "\\bpuppet\\s+(show|theat\\w*|master)\\b",
        "(?:\\w+ ){0,3}mentor", "\\b(splunk)\\s*-\\s\\s[a-z\\s.]+,\\s*[a-z\\s.]+\\s*-", "(?-i:Go)\\b", "[^.\\n]{0,40}x?",
        "don\xE2\x80\x99t", "caf\xC3\xA9", "\\d{4}\\)", "\"quoted\\\"", "a{2,}b{1,1000}", "x*?y+?z??", "(?:a{10}){100}",
        "[-a-z0-9_.]", "[\\]\\-]", "", "()*", "a|", "(?i:c\\+\\+|c#)"}) {
    EXPECT_TRUE(surely_parses(pattern, kUtf8)) << pattern;
    EXPECT_TRUE(surely_parses(pattern, kLatin1)) << pattern;
    EXPECT_TRUE(re2_parses(pattern, kUtf8)) << pattern;
  }
}

TEST(RegexSyntax, WhatRE2RefusesOrThisDoesNotFollowIsLeftToRE2) {
  for (const std::string pattern :
       {"(", ")", "a)", "(a", "a**", "a*+", "a+{2}", "*a", "(*a)", "a|*b", "^*", "\\b+", "(?i)*", "[z-a]", "[a", "[]",
        "[]a]", "[[:alpha:]]", "a{1001}", "a{5,2}", "(?:a{100}){20}", "a{", "a}", "]", "\\", "\\1", "\\q", "\\pL",
        "\\Qa\\E", "(?P<name>a)", "(?)", "(?-)", "(?-:a)", "(?x)", "\x01", "\\\xC3\xA9"}) {
    EXPECT_FALSE(surely_parses(pattern, kLatin1)) << pattern;
  }
  EXPECT_FALSE(surely_parses("\xFF", kUtf8));           // not UTF-8
  EXPECT_FALSE(surely_parses("\xE2\x80", kUtf8));       // cut short
  EXPECT_FALSE(surely_parses("\xC0\xAF", kUtf8));       // overlong
  EXPECT_FALSE(surely_parses("\xED\xA0\x80", kUtf8));   // a surrogate
  EXPECT_TRUE(surely_parses("\xFF", kLatin1));          // any byte is a Latin-1 character
  RE2::Options posix = kLatin1;
  posix.set_posix_syntax(true);
  EXPECT_FALSE(surely_parses("a", posix));
  RE2::Options literal = kLatin1;
  literal.set_literal(true);
  EXPECT_FALSE(surely_parses("a", literal));
}

// Random strings of the pieces of RE2's syntax, both well-formed and not: none the scan
// calls well-formed may be one RE2 refuses. Fixed seed: the same cases every run.
TEST(RegexSyntax, NoPatternRE2RefusesIsCalledWellFormed) {
  const std::vector<std::string> pieces = {
      "a", "B", "7", " ", "-", ",", ":", "(", ")", "(?:", "(?i)", "(?-i:", "(?im)", "(?U", "|", "*", "+", "?",
      "{2}", "{0,3}", "{1,}", "{5,2}", "{999}", "{40}", "{", "}", "[", "]", "[^", "^", "$", ".", "\\", "\\b",
      "\\B", "\\s", "\\W", "\\d", "\\.", "\\-", "\\_", "\\ ", "\\n", "\\1", "\\0", "\\q", "\\A", "\\p", "a-z",
      "z-a", "[a-c]", "[\\s.]", "[:", "\xC3\xA9", "\xE2\x80\x99", "\xC3", "\xFF", "\t", "#"};
  std::mt19937 random(20261207);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1), length(1, 10);
  int surely = 0, refused = 0;
  for (int round = 0; round < 200000; ++round) {
    std::string pattern;
    for (std::size_t n = length(random); n > 0; --n) pattern += pieces[piece(random)];
    for (const RE2::Options* options : {&kLatin1, &kUtf8}) {
      const bool parses = re2_parses(pattern, *options);
      refused += parses ? 0 : 1;
      if (!surely_parses(pattern, *options)) continue;
      ++surely;
      ASSERT_TRUE(parses) << "'" << pattern << "' " << (options == &kUtf8 ? "UTF-8" : "Latin-1");
    }
  }
  // Both sides of the line are well represented.
  EXPECT_GT(surely, 40000);
  EXPECT_GT(refused, 40000);
}

TEST(RegexSyntax, ParseErrorAgreesWithRE2EitherWay) {
  EXPECT_EQ(parse_error("(?i)\\b(?:no|not)\\s*[.;]", kUtf8), "");
  EXPECT_EQ(parse_error("a{5,2}", kLatin1), RE2("a{5,2}", kLatin1).error());
  EXPECT_EQ(parse_error("(?P<x>a)", kLatin1), "");  // well-formed, though the scan leaves it to RE2
}

}  // namespace
}  // namespace skillmatch::detail
