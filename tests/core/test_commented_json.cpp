#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "commented_json.hpp"

namespace skillmatch::detail {
namespace {

nlohmann::json by_nlohmann(const std::string& text) { return nlohmann::json::parse(text, nullptr, true, /*ignore_comments=*/true); }

// simdjson's tree is the one nlohmann builds from the same text, key order and number types too.
TEST(CommentedJson, BuildsTheTreeNlohmannBuilds) {
  const std::string documents[] = {
      "// a file comment\n{\"a\": [1, -2, 3.5, true, false, null], /* inline */ \"b\": {\"c\": \"d\"}}",
      "{\"z\": 1, \"a\": 2, \"z\": 3}",  // a later duplicate wins
      "{\"url\": \"http://x//y\", \"glob\": \"/* not a comment */\", \"quote\": \"say \\\"hi\\\" // still text\"}",
      "{\"big\": 18446744073709551615, \"neg\": -9223372036854775808, \"tiny\": 1.5e-400, \"exp\": 1E2}",
      "{\"path\": \"C:\\\\\" // a backslash ends the string, this is a comment\n, \"b\": \"\\\\\\\"/*\"}",
      "{\"utf8\": \"caf\\u00e9 \xE2\x80\x94 \xF0\x9F\x98\x80\"}\n// the last line is a comment",
      "{\"a\": [1, // a comment a lone CR ends, as in nlohmann\r 2], \"b\": 3}",
      "[]"};
  for (const std::string& text : documents) {
    const auto tree = commented_json_tree(text);
    ASSERT_TRUE(tree.has_value()) << text;
    EXPECT_EQ(tree->dump(), by_nlohmann(text).dump()) << text;
  }
  const auto numbers = commented_json_tree("{\"unsigned\": 7, \"signed\": -7, \"float\": 7.0}");
  ASSERT_TRUE(numbers.has_value());
  EXPECT_TRUE((*numbers)["unsigned"].is_number_unsigned());
  EXPECT_TRUE((*numbers)["signed"].is_number_integer() && !(*numbers)["signed"].is_number_unsigned());
  EXPECT_TRUE((*numbers)["float"].is_number_float());
}

// What is not well-formed is left to nlohmann, which names the problem and its line.
TEST(CommentedJson, LeavesWhatItCannotReadToTheNamingReader) {
  for (const std::string text : {"{\"a\": 1", "{\"a\": 1} /* open", "{\"a\": \"open}", "{\"a\": 1,}", "{\"a\": 1 / 2}",
                                 "{\"a\": 18446744073709551616}", "{\"a\": 1e400}", "{\"a\": \"\xFF\"}", "{'a': 1}"}) {
    EXPECT_FALSE(commented_json_tree(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace skillmatch::detail
