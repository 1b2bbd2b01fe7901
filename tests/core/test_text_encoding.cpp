#include <gtest/gtest.h>

#include <skillmatch/text_encoding.hpp>

namespace skillmatch::text {
namespace {

TEST(TextEncoding, ValidUtf8StaysAsItIs) {
  Encoding chosen{};
  EXPECT_EQ(decode_to_utf8("Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez", &chosen), "Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez");
  EXPECT_EQ(chosen, Encoding::kUtf8);
}

TEST(TextEncoding, Utf8BomIsDropped) {
  Encoding chosen{};
  EXPECT_EQ(decode_to_utf8("\xEF\xBB\xBFPython", &chosen), "Python");
  EXPECT_EQ(chosen, Encoding::kUtf8Bom);
}

TEST(TextEncoding, Utf16LittleEndianWithBom) {
  Encoding chosen{};
  const std::string bytes("\xFF\xFE" "C\0+\0+\0 \0\xE9\0", 12);
  EXPECT_EQ(decode_to_utf8(bytes, &chosen), "C++ \xC3\xA9");
  EXPECT_EQ(chosen, Encoding::kUtf16Le);
}

TEST(TextEncoding, Utf16BigEndianWithSurrogatePair) {
  Encoding chosen{};
  const std::string bytes("\xFE\xFF\0G\0o\xD8\x3D\xDE\x80", 10);  // "Go" + U+1F680
  EXPECT_EQ(decode_to_utf8(bytes, &chosen), "Go\xF0\x9F\x9A\x80");
  EXPECT_EQ(chosen, Encoding::kUtf16Be);
}

TEST(TextEncoding, LoneSurrogateBecomesReplacementCharacter) {
  const std::string bytes("\xFF\xFE\x00\xD8" "A\0", 6);
  EXPECT_EQ(decode_to_utf8(bytes), "\xEF\xBF\xBD" "A");
}

TEST(TextEncoding, InvalidUtf8IsReadAsWindows1252) {
  Encoding chosen{};
  // 0x93/0x94 are curly quotes and 0xE9 is e-acute in Windows-1252.
  EXPECT_EQ(decode_to_utf8("\x93" "Caf\xE9\x94", &chosen), "\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D");
  EXPECT_EQ(chosen, Encoding::kWindows1252);
}

TEST(TextEncoding, RejectsOverlongsSurrogatesAndTruncation) {
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(is_valid_utf8("abc\xE2\x82"));       // truncated
  EXPECT_TRUE(is_valid_utf8("\xE2\x82\xAC \xF0\x9F\x98\x80"));
  EXPECT_EQ(find_invalid_utf8("abc\xFF" "def"), 3u);
}

TEST(TextEncoding, RepairReplacesEachBadByte) {
  EXPECT_EQ(repair_utf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_TRUE(is_valid_utf8(repair_utf8("\xC3\x28\xA0\xA1\xE2\x28\xA1")));
}

TEST(TextEncoding, NormalizeLineEndsAndControlCharacters) {
  EXPECT_EQ(normalize_text("a\r\nb\rc\n"), "a\nb\nc\n");
  EXPECT_EQ(normalize_text(std::string("x\0y\x07z\tq", 7)), "xyz\tq");
  EXPECT_EQ(normalize_text("a\xC2\x85" "b\xC2\xA0" "c"), "ab\xC2\xA0" "c");  // C1 dropped, NBSP kept
  EXPECT_EQ(normalize_text("a\xEF\xBB\xBF" "b"), "ab");
}

}  // namespace
}  // namespace skillmatch::text
