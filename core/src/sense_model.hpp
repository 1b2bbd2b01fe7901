// Which sense an ambiguous alias has at one mention ("Spark" the engine or a spark from the
// grinder), scored from its context by the model of rules/senses.json. The features are
// tools/train_senses.py's, byte for byte: the script fits the weights, this only sums them.
#pragma once

#include <cstdint>
#include <string_view>

#include <skillmatch/taxonomy.hpp>

namespace skillmatch::detail {

enum class Sense { kSkill, kEveryday, kUnsure };

class SenseModel {
 public:
  // `weights` must outlive the model; an empty one (hash_bits 0) always answers kUnsure.
  explicit SenseModel(const SenseWeights* weights = nullptr) : weights_(weights) {}

  // With a model loaded: the probability that text[offset, offset + length) is meant as a skill, given `others`
  // mentions of other skills within the window on its line.
  double probability(std::string_view text, std::size_t offset, std::size_t length, std::size_t others) const;
  // kSkill at or above the accept threshold, kEveryday below the veto, else kUnsure: the
  // extractor's usual support decides.
  Sense judge(std::string_view text, std::size_t offset, std::size_t length, std::size_t others) const;

  // The window around a mention the features see: [start, end) clipped to its line.
  std::pair<std::size_t, std::size_t> window(std::string_view text, std::size_t offset, std::size_t length) const;

 private:
  const SenseWeights* weights_;
};

}  // namespace skillmatch::detail
