// The streaming JSON writer must print exactly what nlohmann::json::dump() prints.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <skillmatch/text_encoding.hpp>

#include <skillmatch/json_writer.hpp>

namespace {

using nlohmann::json;
using skillmatch::JsonWriter;

std::string nlohmann_text(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

TEST(JsonWriter, NestedValuesMatchNlohmann) {
  std::string out;
  JsonWriter writer(out);
  writer.begin_object().key("a").begin_array().value(std::uint64_t{0}).value(true).value("x").begin_object().end_object();
  writer.begin_array().end_array().end_array().key("b").value(std::uint64_t{18446744073709551615ull});
  writer.key("c").begin_object().key("d").value(false).end_object().end_object();
  const json expected = {{"a", {0, true, "x", json::object(), json::array()}},
                         {"b", 18446744073709551615ull},
                         {"c", {{"d", false}}}};
  EXPECT_EQ(out, nlohmann_text(expected));
}

// Written to a stream, a big document passes through in pieces: the writer never holds
// much more than kSpillBytes, and the stream gets the same bytes as the string form.
TEST(JsonWriter, AStreamGetsTheSameBytesInPieces) {
  const auto write = [](JsonWriter& writer) {
    writer.begin_array();
    for (std::uint64_t i = 0; i < 20000; ++i) {
      writer.begin_object().key("i").value(i).key("text").value("Kafka and \"Spark\"\n").end_object();
    }
    writer.end_array();
  };
  std::string whole;
  JsonWriter to_string(whole);
  write(to_string);
  std::ostringstream stream;
  std::string buffer;
  JsonWriter to_stream(buffer, stream);
  write(to_stream);
  ASSERT_GT(whole.size(), 4 * JsonWriter::kSpillBytes);
  EXPECT_LT(buffer.size(), JsonWriter::kSpillBytes) << "held, not passed on";
  EXPECT_EQ(stream.str().size() + buffer.size(), whole.size());
  to_stream.flush();
  EXPECT_TRUE(buffer.empty());
  EXPECT_EQ(stream.str(), whole);
}

// Records the largest piece written to it: what the writer held at once.
class LargestWrite : public std::stringbuf {
 public:
  std::streamsize largest = 0;

 protected:
  std::streamsize xsputn(const char* bytes, std::streamsize count) override {
    largest = std::max(largest, count);
    return std::stringbuf::xsputn(bytes, count);
  }
};

// One long string (a document's text, with characters across every piece's edge, quotes,
// line breaks and, in the second round, broken UTF-8) is escaped and passed on a piece at
// a time: its escaped copy was held whole, three times a 50 MB text with its growth.
TEST(JsonWriter, ALongStringPassesThroughInPieces) {
  std::string text;
  while (text.size() < 20 * JsonWriter::kSpillBytes) text += "Zürich \"Kafka\"\n€ 😀 ";
  for (const bool broken : {false, true}) {
    if (broken) text.insert(text.size() / 2, "\xC3(\xFF");
    std::string whole;
    JsonWriter(whole).value(text);
    LargestWrite sink;
    std::ostream stream(&sink);
    std::string buffer;
    JsonWriter to_stream(buffer, stream);
    to_stream.begin_array().value(text).end_array();
    to_stream.flush();
    EXPECT_EQ(sink.str(), "[" + whole + "]");
    EXPECT_EQ(whole, nlohmann_text(skillmatch::text::repair_utf8(text)));
    EXPECT_LT(sink.largest, 3 * static_cast<std::streamsize>(JsonWriter::kSpillBytes));
  }
}

// Control characters, quotes, every UTF-8 length, and broken sequences of every kind
// (stray continuation bytes, truncated, overlong, surrogates, past U+10FFFF), which are
// repaired as the parsers repair text: one U+FFFD per byte.
TEST(JsonWriter, StringsAreEscapedAsNlohmannDoesAndRepairedAsTheParsersDo) {
  // Sized from the array, not by hand: a hand count once read past the literal (ASan).
  static constexpr char kAlphabet[] = "\x01\x1f\"\\/\b\f\n\r\t\x7f aZ\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xFF\xC0\xED\xA0\x80\xF4\x90\xE0\x80";
  const std::string alphabet(kAlphabet, sizeof kAlphabet - 1);
  std::mt19937 random(7);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (int i = static_cast<int>(random() % 12); i > 0; --i) text += alphabet[random() % alphabet.size()];
    std::string out;
    JsonWriter(out).value(text);
    ASSERT_EQ(out, nlohmann_text(skillmatch::text::repair_utf8(text))) << ::testing::PrintToString(text);
  }
}

}  // namespace
