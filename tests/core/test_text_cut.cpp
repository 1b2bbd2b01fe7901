#include <skillmatch/text_cut.hpp>

#include <gtest/gtest.h>
#include <skillmatch/text_encoding.hpp>

#include "cli_runner.hpp"

namespace {

using namespace skillmatch;

const std::string kFamily = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";  // 👩‍👩‍👧, 18 bytes
const std::string kThumbDark = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBF";                                    // 👍🏿, 8 bytes
const std::string kCafe = "cafe\xCC\x81";                                                           // e + combining acute

TEST(TextCut, NeverCutsInsideACharacterOrACluster) {
  for (const std::string& text : {kFamily + "abc", kThumbDark + kThumbDark, kCafe + "x", std::string("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E")}) {
    for (std::size_t max = 0; max <= text.size(); ++max) {
      const std::size_t cut = grapheme_prefix(text, max);
      EXPECT_LE(cut, max);
      EXPECT_TRUE(text::is_valid_utf8(text.substr(0, cut))) << max;
    }
  }
  EXPECT_EQ(grapheme_prefix(kFamily + "abc", 17), 0u) << "a ZWJ sequence is one cluster";
  EXPECT_EQ(grapheme_prefix(kFamily + "abc", 18), 18u);
  EXPECT_EQ(grapheme_prefix(kThumbDark + kThumbDark, 12), 8u) << "a skin tone stays with its hand";
  EXPECT_EQ(grapheme_prefix(kCafe + "x", 4), 3u) << "an accent stays with its letter";
  EXPECT_EQ(grapheme_prefix("plain ascii", 5), 5u);
}

TEST(TextCut, ShortenMarksACut) {
  EXPECT_EQ(shorten("short", 10), "short");
  EXPECT_EQ(shorten(kThumbDark + kThumbDark, 12), kThumbDark + "\xE2\x80\xA6");
}

TEST(TextCut, DisplayWidthCountsWideAndJoiningCharacters) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("\xE6\x97\xA5\xE6\x9C\xAC"), 4u) << "CJK is two columns each";
  EXPECT_EQ(display_width(kCafe), 4u) << "a combining accent takes no column";
  EXPECT_EQ(display_width(kFamily), 2u);
  EXPECT_EQ(fit_columns("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE6\x97\xA5\xE6\x9C\xAC", 6), "\xE6\x97\xA5\xE6\x9C\xAC\xE2\x80\xA6 ");
  EXPECT_EQ(display_width(fit_columns("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 5)), 5u);
  EXPECT_EQ(fit_columns("ab", 5), "ab   ");
}

TEST(TextCut, BulletsAreStrippedAsWholeCharacters) {
  EXPECT_EQ(strip_bullet("\xE2\x97\xA6 Data pipelines"), "Data pipelines");  // ◦
  EXPECT_EQ(strip_bullet("\xE2\x96\xAA\tSQL"), "SQL");                        // ▪
  EXPECT_EQ(strip_bullet("- * \xE2\x80\xA2 Python"), "Python");
  EXPECT_EQ(strip_bullet("\xE2\x9E\xA2 Spark"), "Spark");                     // ➢
  EXPECT_EQ(strip_bullet("\"Quoted\" text"), "\"Quoted\" text");
}

// The snippets a match report quotes, from a resume whose bullets are "◦" and whose long
// lines hold CJK and emoji past the snippet's length: none may hold U+FFFD.
TEST(TextCut, MatchSnippetsHoldNoReplacementCharacter) {
  std::string resume = "Ana Lee\n\nEXPERIENCE\nData Engineer, Acme, 2019 - 2024\n";
  for (int i = 0; i < 6; ++i) {
    resume += "\xE2\x97\xA6 Built Python and SQL pipelines on Spark " + std::string(i * 7, 'x') + " ";
    for (int k = 0; k < 40; ++k) resume += "\xE6\x97\xA5\xE6\x9C\xAC" + kFamily + kThumbDark + kCafe;
    resume += "\n";
  }
  const auto file = skillmatch::testing::write_file("bullets-cjk-emoji.txt", resume);
  const auto posting = std::string(SKILLMATCH_SOURCE_DIR) + "/samples/postings/posting-data-engineer.txt";
  const auto run = skillmatch::testing::run({"match", "--today", "2026-11", "--format", "json", file.string(), "--posting", posting});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("\"snippet\""), std::string::npos);
  EXPECT_EQ(run.out.find("\\ufffd"), std::string::npos);
  EXPECT_EQ(run.out.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_TRUE(text::is_valid_utf8(run.out));
}

}  // namespace
