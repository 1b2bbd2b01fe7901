// leading_non_word_bytes: what a match can start with off ASCII words, read from the
// pattern's text; checked against RE2 itself on every byte.
#include <gtest/gtest.h>

#include <re2/re2.h>

#include <string>
#include <vector>

#include "leading_bytes.hpp"

namespace skillmatch::detail {
namespace {

// The set's bytes as a string, in byte order.
std::string bytes_of(const std::string& pattern, bool fold_case = false) {
  const auto set = leading_non_word_bytes(pattern, fold_case);
  std::string out;
  for (int c = 0; c < 256; ++c) {
    if (set.test(c)) out += static_cast<char>(c);
  }
  return out;
}

TEST(LeadingBytes, APatternStartingWithAWordHasNone) {
  EXPECT_EQ(bytes_of("no"), "");
  EXPECT_EQ(bytes_of("(is|are)(n't| not)"), "");
  EXPECT_EQ(bytes_of("(?:never|(zero|nil) \\w+)"), "");
  EXPECT_EQ(bytes_of("\\bnot"), "");   // \b is empty: the word after it comes first
  EXPECT_EQ(bytes_of("\\w+ed"), "");   // \w and \d are ASCII word bytes
  EXPECT_EQ(bytes_of("a{2}-"), "");    // at least two "a" come first
}

TEST(LeadingBytes, MarksEscapesAndClassesAreTheirBytes) {
  EXPECT_EQ(bytes_of("\\(not\\)"), "(");
  EXPECT_EQ(bytes_of("--\\s*none"), "-");
  EXPECT_EQ(bytes_of("[\\-#] none"), "#-");
  EXPECT_EQ(bytes_of("\\s+no"), std::string("\t\n\v\f\r "));
  EXPECT_EQ(bytes_of("(?P<mark>%)x"), "%");
  EXPECT_EQ(bytes_of("\\x41"), bytes_of("."));  // escapes it does not follow: any non-word byte
}

TEST(LeadingBytes, WhatMayMatchNothingLetsTheNextAtomStart) {
  EXPECT_EQ(bytes_of("(the )?-not"), "-");
  EXPECT_EQ(bytes_of("x*\\.y"), ".");
  EXPECT_EQ(bytes_of("a{0,2}#"), "#");
  EXPECT_EQ(bytes_of("(?:a|)!"), "!");
  EXPECT_EQ(bytes_of("^$@"), "@");
}

TEST(LeadingBytes, Utf8LettersStartWithTheirFirstByteAndFoldInLatin1) {
  EXPECT_EQ(bytes_of("\xE2\x80\x99s"), "\xE2");
  EXPECT_EQ(bytes_of("\xE2\x80\x99s", true), "\xC2\xE2");
}

TEST(LeadingBytes, NegatedClassesAndAnyByteAreEveryNonWordByte) {
  const std::string all = bytes_of(".");
  EXPECT_EQ(all.size(), 256u - 63u);  // 26 + 26 letters, 10 digits and "_"
  EXPECT_EQ(bytes_of("[^a]b"), all);
  EXPECT_EQ(bytes_of("[[:punct:]]"), all);
  EXPECT_EQ(bytes_of("(unclosed"), all);
}

// Every byte that starts a match of a pattern, as RE2 finds it, is in the set.
TEST(LeadingBytes, EveryByteStartingAnRe2MatchIsInTheSet) {
  const std::vector<std::string> patterns = {
      "no",           "\\(not\\)",     "--\\s*none",          "(the )?-not",       "x*\\.y",     "[\\-#] none",
      "\\s+no",       "(?:a|)!",       "\xE2\x80\x99s",       "(n('|\xE2\x80\x99)t| not)", "[^a-z ]x", "a{0,2}#",
      "(?i)\xC3\xA9t\xC3\xA9", "[\\]\\[]no", "[]x]y",           "[a-c-]z",           "\\Q.x\\E"};
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_longest_match(true);
  for (const auto& pattern : patterns) {
    const RE2 regex(pattern, options);
    ASSERT_TRUE(regex.ok()) << pattern;
    const auto set = leading_non_word_bytes(pattern, false);
    for (int c = 0; c < 256; ++c) {
      for (const std::string& rest : {std::string("no"), std::string(".y"), std::string(" none"), std::string("!"),
                                      std::string("-not"), std::string("x"), std::string("\x80\x99s"), std::string("z"),
                                      std::string("\xA9t\xC3\xA9"), std::string("y"), std::string(".x")}) {
        const std::string text = std::string(1, static_cast<char>(c)) + rest;
        re2::StringPiece match;
        if (regex.Match(text, 0, text.size(), RE2::ANCHOR_START, &match, 1) && !match.empty() &&
            !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_')) {
          EXPECT_TRUE(set.test(c)) << pattern << " matches from byte " << c;
        }
      }
    }
  }
}

}  // namespace
}  // namespace skillmatch::detail
