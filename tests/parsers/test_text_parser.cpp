#include <gtest/gtest.h>

#include "text/text_parser.hpp"

namespace skillmatch::parsers {
namespace {

struct Collected : plugin::DocumentSink {
  std::vector<Document> documents;
  std::vector<std::string> warnings;
  bool accept(Document&& document) override {
    documents.push_back(std::move(document));
    return true;
  }
  void warn(std::string_view message) override { warnings.emplace_back(message); }
  void reject(std::uint64_t, std::string_view message) override { ADD_FAILURE() << message; }
};

struct Parsed {
  plugin::ParseStatus status;
  Collected sink;
};

Parsed parse(const std::string& bytes) {
  Parsed out;
  const plugin::Limits limits;
  out.status = TextParser().parse({"input.txt", bytes, limits}, out.sink);
  return out;
}

TEST(TextParser, PlainUtf8) {
  const auto parsed = parse("Ana N\xC3\xBA\xC3\xB1" "ez\nPython\n");
  ASSERT_TRUE(parsed.status.ok);
  ASSERT_EQ(parsed.sink.documents.size(), 1u);
  EXPECT_EQ(parsed.sink.documents[0].text, "Ana N\xC3\xBA\xC3\xB1" "ez\nPython\n");
  EXPECT_EQ(parsed.sink.documents[0].title, "Ana N\xC3\xBA\xC3\xB1" "ez");
  EXPECT_TRUE(parsed.sink.warnings.empty());
}

TEST(TextParser, Utf8WithBomAndCrlf) {
  const auto parsed = parse("\xEF\xBB\xBFSkills\r\nPython\r\n");
  ASSERT_TRUE(parsed.status.ok);
  EXPECT_EQ(parsed.sink.documents[0].text, "Skills\nPython\n");
}

TEST(TextParser, Utf16LittleEndian) {
  const auto parsed = parse(std::string("\xFF\xFE" "G\0o\0\r\0\n\0", 10));
  ASSERT_TRUE(parsed.status.ok);
  EXPECT_EQ(parsed.sink.documents[0].text, "Go\n");
}

TEST(TextParser, Utf16BigEndian) {
  const auto parsed = parse(std::string("\xFE\xFF\0R\0\r\0S", 8));
  ASSERT_TRUE(parsed.status.ok);
  EXPECT_EQ(parsed.sink.documents[0].text, "R\nS");
}

TEST(TextParser, Windows1252FallbackWarns) {
  const auto parsed = parse("Jos\xE9 \x96 Python\n");
  ASSERT_TRUE(parsed.status.ok);
  EXPECT_EQ(parsed.sink.documents[0].text, "Jos\xC3\xA9 \xE2\x80\x93 Python\n");
  ASSERT_EQ(parsed.sink.warnings.size(), 1u);
  EXPECT_EQ(parsed.sink.warnings[0], "not valid UTF-8 (byte 3); read as Windows-1252");
}

TEST(TextParser, BytesNeitherUtf8NorWindows1252AreAnError) {
  const auto parsed = parse("abc\x81\x8D def");
  EXPECT_FALSE(parsed.status.ok);
  EXPECT_EQ(parsed.status.message, "invalid UTF-8 at byte 3, and not Windows-1252 text either");
}

TEST(TextParser, NulBytesMeanBinaryData) {
  const auto parsed = parse(std::string("PK\x03\x04\0\0binary", 12));
  EXPECT_FALSE(parsed.status.ok);
  EXPECT_EQ(parsed.status.message, "binary data, not text (NUL byte at offset 4)");
}

TEST(TextParser, WhitespaceOnlyIsEmpty) {
  const auto parsed = parse(" \n\t\r\n");
  EXPECT_FALSE(parsed.status.ok);
  EXPECT_EQ(parsed.status.message, "empty file (no text)");
}

TEST(TextParser, ControlCharactersAreDropped) {
  const auto parsed = parse("a\x01" "b\x1B" "c\n");
  ASSERT_TRUE(parsed.status.ok);
  EXPECT_EQ(parsed.sink.documents[0].text, "abc\n");
}

TEST(TextParser, SniffPrefersUtf16BomAndTextExtensions) {
  const TextParser parser;
  EXPECT_GT(parser.sniff("a.bin", "\xFF\xFEx"), parser.sniff("a.txt", "hello"));
  EXPECT_GT(parser.sniff("a.txt", "hello"), parser.sniff("a.pdf", "hello"));
  EXPECT_EQ(parser.sniff("a.txt", std::string_view("a\0b", 3)), 1);
}

// Issue 15: RTF was claimed by the jobfeed plugin (it starts with '{') and failed as
// invalid JSON.
TEST(TextParser, RtfIsClaimedAndRefusedWithAClearMessage) {
  const std::string rtf = "{\\rtf1\\ansi{\\fonttbl\\f0 Helvetica;}\\f0 Python and SQL\\par}";
  EXPECT_EQ(TextParser().sniff("cv.rtf", rtf), 95);
  EXPECT_EQ(TextParser().sniff("cv.json", rtf), 95);  // above any JSON plugin's guess
  const auto out = parse(rtf);
  EXPECT_FALSE(out.status.ok);
  EXPECT_EQ(out.status.message, "RTF is not supported; save it as DOCX or PDF");
  EXPECT_LT(TextParser().sniff("notes.txt", "{rtf is how RTF starts}"), 95);
}

TEST(TextParser, TitleIsTheFirstLineCutBetweenCharacters) {
  const std::string euro = "\u20AC";  // three bytes: a cut by bytes at 200 would split it
  const auto out = parse("\n\n  " + std::string(199, 'a') + euro + "bbb\nSecond line\n");
  ASSERT_EQ(out.sink.documents.size(), 1u);
  EXPECT_EQ(out.sink.documents[0].title, std::string(199, 'a') + euro);
}

}  // namespace
}  // namespace skillmatch::parsers
