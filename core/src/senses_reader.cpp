#include "senses_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "commented_json.hpp"

namespace skillmatch::detail {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// A number as nlohmann's get<double>() reads it, or nullopt for anything else.
std::optional<double> number(element value) {
  switch (value.type()) {
    case element_type::INT64: return static_cast<double>(std::int64_t(value));
    case element_type::UINT64: return static_cast<double>(std::uint64_t(value));
    case element_type::DOUBLE: return double(value);
    default: return std::nullopt;
  }
}

// A whole number that is not negative (nlohmann's is_number_unsigned), or nullopt.
std::optional<std::uint64_t> whole(element value) {
  if (value.type() == element_type::UINT64) return std::uint64_t(value);
  if (value.type() == element_type::INT64 && std::int64_t(value) >= 0) return static_cast<std::uint64_t>(std::int64_t(value));
  return std::nullopt;
}

// The [index, weight] pairs of `weights` into model.weights, sized by model.hash_bits; false
// for anything else in the array or an index beyond it.
bool read_weights(element weights, SenseWeights& model) {
  if (weights.type() != element_type::ARRAY) return false;
  model.weights.assign(std::size_t{1} << model.hash_bits, 0.0);
  for (const element pair : simdjson::dom::array(weights)) {
    if (pair.type() != element_type::ARRAY || simdjson::dom::array(pair).size() != 2) return false;
    const auto index = whole(simdjson::dom::array(pair).at(0).value_unsafe());
    const auto weight = number(simdjson::dom::array(pair).at(1).value_unsafe());
    if (!index || !weight || *index >= model.weights.size()) return false;
    model.weights[*index] = *weight;
  }
  return true;
}

// The model's members read from `root`, a later duplicate winning as in the tree; the
// weights array is only found here (its size needs hash_bits).
std::optional<element> read_members(element root, SenseWeights& model) {
  std::optional<element> weights;
  bool has_plain = false;
  int required = 0;  // hash_bits, window, bias, accept, veto, as bits
  for (const auto field : simdjson::dom::object(root)) {
    const std::string_view key = field.key;
    if (key == "weights") { weights = field.value; continue; }
    if (key == "hash_bits" || key == "window") {
      const auto value = whole(field.value);
      if (!value || *value > std::numeric_limits<unsigned>::max()) return std::nullopt;
      if (key == "window") model.window = *value, required |= 2;
      else model.hash_bits = static_cast<unsigned>(*value), required |= 1;
      continue;
    }
    double* target = key == "bias" ? &model.bias : key == "accept" ? &model.accept : key == "veto" ? &model.veto
                   : key == "accept_plain" ? &model.accept_plain : nullptr;
    if (target == nullptr) continue;  // a member the model does not read
    const auto value = number(field.value);
    if (!value) return std::nullopt;
    *target = *value;
    has_plain |= key == "accept_plain";
    required |= key == "bias" ? 4 : key == "accept" ? 8 : key == "veto" ? 16 : 0;
  }
  if (required != 31 || !weights) return std::nullopt;
  if (!has_plain) model.accept_plain = model.accept;  // a model file written before it had one threshold
  return weights;
}

}  // namespace

std::optional<std::pair<const char*, std::string>> sense_numbers_problem(const SenseWeights& model) {
  if (model.hash_bits < 1 || model.hash_bits > 24) return std::pair{"hash_bits", std::string("senses: \"hash_bits\" must be 1 to 24")};
  if (!(model.veto >= 0 && model.veto <= std::min(model.accept, model.accept_plain) &&
        std::max(model.accept, model.accept_plain) <= 1)) {
    return std::pair{"veto", std::string("senses: expected 0 <= \"veto\" <= \"accept\", \"accept_plain\" <= 1")};
  }
  return std::nullopt;
}

std::optional<SenseWeights> read_senses(std::string_view text) {
  simdjson::dom::parser parser;
  const auto root = parse_commented_json(text, parser);
  if (!root || root->type() != element_type::OBJECT) return std::nullopt;
  SenseWeights model;
  const auto weights = read_members(*root, model);
  if (!weights || sense_numbers_problem(model) || !read_weights(*weights, model)) return std::nullopt;
  return model;
}

}  // namespace skillmatch::detail
