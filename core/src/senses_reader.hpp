// Reads the word-sense model (rules/senses.json, written by tools/train_senses.py) without
// building a JSON tree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <skillmatch/taxonomy.hpp>

namespace skillmatch::detail {

// What is wrong with a model's numbers, as the key to point at and the message, when anything is.
std::optional<std::pair<const char*, std::string>> sense_numbers_problem(const SenseWeights& model);

// The model in a senses file's text (comments allowed), read with simdjson: nlohmann's tree of
// its thousands of [index, weight] pairs cost more than the rest of the rules but the skills.
// nullopt when anything is not as the trainer writes it (a member missing or of another type,
// a number out of range): the caller then reads the file as a tree, which names the problem.
// origin is the caller's to fill.
std::optional<SenseWeights> read_senses(std::string_view text);

}  // namespace skillmatch::detail
