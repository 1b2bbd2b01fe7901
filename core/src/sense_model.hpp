// Which sense an ambiguous alias has at one mention ("Spark" the engine or a spark from the
// grinder), scored from its context by the model of rules/senses.json. The features are
// tools/train_senses.py's, byte for byte: the script fits the weights, this only sums them.
#pragma once

#include <cstdint>
#include <string_view>

#include <skillmatch/taxonomy.hpp>

namespace skillmatch::detail {

enum class Sense { kSkill, kEveryday, kUnsure };

// The other skills around a mention, as the extractor found them.
struct Neighbours {
  std::size_t on_line = 0;      // mentions of other skills within the window on its line
  std::size_t in_document = 0;  // mentions anywhere in the document that need no support
};

class SenseModel {
 public:
  // `weights` must outlive the model; an empty one (hash_bits 0) always answers kUnsure.
  explicit SenseModel(const SenseWeights* weights = nullptr) : weights_(weights) {}

  // Whether a model is loaded (hash_bits above 0).
  bool loaded() const { return weights_ != nullptr && weights_->hash_bits != 0; }
  // With a model loaded: the probability that text[offset, offset + length) is meant as a skill, given the
  // skills `near` it.
  double probability(std::string_view text, std::size_t offset, std::size_t length, const Neighbours& near) const;
  // kSkill at or above the accept threshold (accept_plain for a match not written as a
  // capitalised name), kEveryday below the veto, else kUnsure: the extractor's usual support decides.
  Sense judge(std::string_view text, std::size_t offset, std::size_t length, const Neighbours& near) const;

  // The window around a mention the features see: [start, end) clipped to its line.
  std::pair<std::size_t, std::size_t> window(std::string_view text, std::size_t offset, std::size_t length) const;

 private:
  const SenseWeights* weights_;
};

}  // namespace skillmatch::detail
