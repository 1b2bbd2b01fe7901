// lazy_regex: a pattern's syntax checked without compiling it, whether compiling it later
// can fail, and a compile on first use that every thread shares.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "lazy_regex.hpp"

namespace skillmatch::detail {
namespace {

RE2::Options latin1() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingLatin1);
  return options;
}

TEST(LazyRegex, ParseErrorIsEmptyForAPatternRE2ParsesAndRE2sErrorOtherwise) {
  EXPECT_EQ(parse_error("(?i)\\b(?:no|not( yet)?|n/a)\\s*[.;]", latin1()), "");
  EXPECT_EQ(parse_error("", latin1()), "");
  EXPECT_EQ(parse_error("(unclosed", latin1()), RE2("(unclosed", latin1()).error());
  EXPECT_EQ(parse_error("[bad", RE2::Quiet), RE2("[bad", RE2::Quiet).error());
  EXPECT_NE(parse_error("a{1001}", latin1()), "");  // a repetition RE2 refuses while parsing
  EXPECT_NE(parse_error("\xff", RE2::Quiet), "");    // not UTF-8, where the options ask for it
  EXPECT_EQ(parse_error("\xff", latin1()), "");
}

TEST(LazyRegex, OnlyPatternsThatCannotOutgrowTheBudgetSurelyFit) {
  EXPECT_TRUE(surely_fits("(?i)(?:(?:word of mouth)|(?:positive outlook))", latin1()));
  EXPECT_TRUE(surely_fits("(?i)(?:\\w+ ){0,3}mentor", latin1()));
  EXPECT_FALSE(surely_fits("(?i)(?:[a-z]+ ){1000}", latin1()));       // a repetition multiplies it
  EXPECT_FALSE(surely_fits("(?:[a-z]{100}){100}", latin1()));          // nested, they multiply
  EXPECT_TRUE(surely_fits("(?:a[^.\n]{0,40}b)|(?:c[^.\n]{0,40}d\\d{4})", latin1()));  // one after another, they add
  EXPECT_FALSE(surely_fits("\\p{Greek}{3}", latin1()));                 // syntax the count does not follow
  EXPECT_FALSE(surely_fits(std::string(20000, 'a'), latin1()));      // too long whatever it holds
  RE2::Options utf8 = latin1();
  utf8.set_encoding(RE2::Options::EncodingUTF8);
  EXPECT_FALSE(surely_fits("abc", utf8));  // a UTF-8 class can compile to far more
  RE2::Options small = latin1();
  small.set_max_mem(1 << 10);
  EXPECT_FALSE(surely_fits("(?:(?:word of mouth)|(?:positive outlook))", small));
}

// The largest patterns surely_fits takes, of kinds that compile to many instructions a
// byte (case-folded classes, repeated), compile within RE2's default budget.
TEST(LazyRegex, ThePatternsThatSurelyFitCompile) {
  for (const std::string piece : {"[a-z]", "(?:\\W[^a]{30}){20}", "(?:[^.\n]{0,40}x?){2}"}) {
    std::string pattern = "(?i)";
    while (surely_fits(pattern + piece, latin1())) pattern += piece;
    ASSERT_GT(pattern.size(), 4u) << piece;
    EXPECT_TRUE(RE2(pattern, latin1()).ok()) << piece << " x " << (pattern.size() - 4) / piece.size();
  }
}

TEST(LazyRegex, CompilesOnFirstUseOnceForEveryThread) {
  const LazyRegex regex("(?i)go(lang)?", latin1(), false);
  std::vector<const RE2*> seen(4, nullptr);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i) threads.emplace_back([&, i] { seen[i] = &regex.get(); });
  for (auto& thread : threads) thread.join();
  for (const RE2* each : seen) EXPECT_EQ(each, seen[0]);
  EXPECT_TRUE(RE2::FullMatch("GoLang", *seen[0]));
}

TEST(LazyRegex, CompiledNowHoldsRE2sVerdict) {
  const LazyRegex good("a+b", latin1(), true);
  EXPECT_TRUE(good.get().ok());
  RE2::Options tiny = latin1();
  tiny.set_max_mem(1 << 10);
  const LazyRegex large("(?:[a-z]{100}){10}", tiny, true);
  EXPECT_FALSE(large.get().ok());
  EXPECT_EQ(large.get().error_code(), RE2::ErrorPatternTooLarge);
}

}  // namespace
}  // namespace skillmatch::detail
