// literal_prefixes: the literal text every match of a pattern starts with, read from the
// pattern's text; checked against RE2 on the built-in rules' fragments.
#include <gtest/gtest.h>

#include <re2/re2.h>

#include <cstdio>
#include <string>
#include <vector>


#include "literal_prefixes.hpp"

namespace skillmatch::detail {
namespace {

std::vector<std::string> texts(const LiteralPrefixes& prefixes) {
  std::vector<std::string> out;
  for (const auto& s : prefixes.strings) out.push_back(s.text + (s.word_end ? "|b" : ""));
  return out;
}

using Strings = std::vector<std::string>;

TEST(LiteralPrefixes, WordsInGroupsAndAlternationsAreTheWholeOfWhatMatches) {
  const auto plain = literal_prefixes("instead of");
  EXPECT_EQ(texts(plain), Strings{"instead of"});
  EXPECT_TRUE(plain.whole);
  const auto choice = literal_prefixes("(Stop|quit) (using|use)s?");
  EXPECT_EQ(texts(choice), (Strings{"quit use", "quit uses", "quit using", "quit usings", "stop use", "stop uses", "stop using",
                                    "stop usings"}));
  EXPECT_TRUE(choice.whole);
  // A string is at most 12 bytes: a longer one tells few more places apart.
  EXPECT_EQ(texts(literal_prefixes("stopped writing")), Strings{"stopped writ"});
  // Latin-1 capitals fold as RE2 folds them; a UTF-8 apostrophe is its bytes.
  EXPECT_EQ(texts(literal_prefixes("(I|\xC3\x89T)('|\xE2\x80\x99)d")),
            (Strings{"i'd", "i\xE2\x80\x99" "d", "\xE3\x89t'd", "\xE3\x89t\xE2\x80\x99" "d"}));
}

TEST(LiteralPrefixes, ClassesRepetitionsAndAssertionsEndTheStrings) {
  const auto ended = literal_prefixes("is [a-z]+ (now|then)");
  EXPECT_EQ(texts(ended), Strings{"is "});
  EXPECT_FALSE(ended.whole);
  EXPECT_EQ(texts(literal_prefixes("(no|zero)( \\w+){0,3} issues")), (Strings{"no ", "no issues", "zero ", "zero issues"}));
  // A "\b" after a word byte: no ASCII word byte follows the string.
  EXPECT_EQ(texts(literal_prefixes("not\\b.*")), Strings{"not|b"});
  EXPECT_EQ(texts(literal_prefixes("not \\b.*")), Strings{"not "});
  // A few bytes listed one by one are a choice of them.
  EXPECT_EQ(texts(literal_prefixes("no[- ]code")), (Strings{"no code", "no-code"}));
  EXPECT_EQ(texts(literal_prefixes("no[a-z]")), Strings{"no"});
}

TEST(LiteralPrefixes, WhatMayStartAnywhereHasNoStrings) {
  for (const std::string pattern : {"(never)?", "x*", "\\s*none", "[a-z]+less", ".no", "\\pLx", "(?i)no", "(unclosed", "x)|(y"}) {
    EXPECT_TRUE(literal_prefixes(pattern).strings.empty()) << pattern;
  }
}

TEST(LiteralPrefixes, ManyStringsAreCutShorterNeverLeftOut) {
  const auto many = literal_prefixes("(is|are|was|were)(n't| not| never) (my|our|his|her|their) (strength|forte|thing|area)");
  EXPECT_LE(many.strings.size(), 24u);
  EXPECT_FALSE(many.whole);
  const RE2 regex("(?i)(is|are|was|were)(n't| not| never) (my|our|his|her|their) (strength|forte|thing|area)");
  for (const std::string text : {"WERE never her forte", "isn't our thing", "are not my area"}) {
    ASSERT_TRUE(RE2::FullMatch(text, regex));
    bool begun = false;
    for (const auto& s : many.strings) {
      std::string folded;
      for (const char c : text.substr(0, s.text.size())) folded += static_cast<char>(fold_latin1(static_cast<unsigned char>(c)));
      begun = begun || folded == s.text;
    }
    EXPECT_TRUE(begun) << text;
  }
}

// fold_latin1 folds exactly the bytes RE2's "(?i)" folds in Latin-1.
TEST(LiteralPrefixes, FoldingIsRe2sInLatin1) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  for (int c = 1; c < 256; ++c) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "\\x%02x", c);
    const RE2 regex(std::string("(?i)") + hex, options);
    ASSERT_TRUE(regex.ok()) << hex;
    for (int d = 1; d < 256; ++d) {
      const std::string text(1, static_cast<char>(d));
      EXPECT_EQ(RE2::FullMatch(text, regex), fold_latin1(static_cast<unsigned char>(c)) == fold_latin1(static_cast<unsigned char>(d)))
          << c << " " << d;
    }
  }
}

}  // namespace
}  // namespace skillmatch::detail
