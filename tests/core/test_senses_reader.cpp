// senses_reader: the word-sense model read without a JSON tree, as the tree reads it, and
// nothing at all from a file the tree must read (to name its problem).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "senses_reader.hpp"

namespace skillmatch::detail {
namespace {

std::string file_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string model_with(const std::string& weights, const std::string& extra = "") {
  return "// a comment\n{\"hash_bits\": 4, \"window\": 60, \"bias\": 0.5, \"accept\": 0.6, \"veto\": 0.1, " + extra +
         "\"weights\": [" + weights + "]}";
}

TEST(SensesReader, ReadsTheBuiltInModelAsNlohmannsTreeDoes) {
  const std::string text = file_text(std::string(SKILLMATCH_SOURCE_DIR) + "/rules/senses.json");
  const auto model = read_senses(text);
  ASSERT_TRUE(model.has_value());
  const auto tree = nlohmann::json::parse(text, nullptr, true, /*ignore_comments=*/true);
  EXPECT_EQ(model->hash_bits, tree["hash_bits"].get<unsigned>());
  EXPECT_EQ(model->window, tree["window"].get<std::size_t>());
  EXPECT_EQ(model->bias, tree["bias"].get<double>());
  EXPECT_EQ(model->accept, tree["accept"].get<double>());
  EXPECT_EQ(model->accept_plain, tree["accept_plain"].get<double>());
  EXPECT_EQ(model->veto, tree["veto"].get<double>());
  std::vector<double> weights(std::size_t{1} << model->hash_bits, 0.0);
  for (const auto& pair : tree["weights"]) weights[pair[0].get<std::size_t>()] = pair[1].get<double>();
  EXPECT_EQ(model->weights, weights);
}

TEST(SensesReader, ReadsWeightsThresholdsAndALaterDuplicate) {
  const auto model = read_senses(model_with("[3, 0.25], [15, -2], [3, 1.5]", "\"veto\": 0.2, \"note\": [true], "));
  ASSERT_TRUE(model.has_value());
  EXPECT_EQ(model->weights.size(), 16u);
  EXPECT_EQ(model->weights[3], 1.5);
  EXPECT_EQ(model->weights[15], -2.0);
  EXPECT_EQ(model->veto, 0.2);
  EXPECT_EQ(model->accept_plain, 0.6);  // no accept_plain: accept for every match
  EXPECT_EQ(read_senses(model_with("", "\"accept_plain\": 0.9, "))->accept_plain, 0.9);
}

TEST(SensesReader, LeavesEveryFileWithAProblemToTheTree) {
  EXPECT_FALSE(read_senses(model_with("[16, 1.0]")));                 // an index beyond 2^hash_bits
  EXPECT_FALSE(read_senses(model_with("[1, 1.0, 2]")));               // not a pair
  EXPECT_FALSE(read_senses(model_with("[-1, 1.0]")));                 // a negative index
  EXPECT_FALSE(read_senses(model_with("[1, \"1.0\"]")));              // a weight that is no number
  EXPECT_FALSE(read_senses(model_with("", "\"accept_plain\": 1.5, ")));  // a threshold out of range
  EXPECT_FALSE(read_senses(model_with("", "\"hash_bits\": 30, ")));      // too many bits
  EXPECT_FALSE(read_senses(model_with("", "\"hash_bits\": 4.0, ")));     // bits not written as a whole number
  EXPECT_FALSE(read_senses(model_with("", "\"window\": true, ")));
  EXPECT_FALSE(read_senses("{\"hash_bits\": 4, \"window\": 60, \"bias\": 0, \"accept\": 0.5, \"weights\": []}"));  // no veto
  EXPECT_FALSE(read_senses("[1, 2]"));
  EXPECT_FALSE(read_senses("{\"hash_bits\": 4,"));
}

}  // namespace
}  // namespace skillmatch::detail
