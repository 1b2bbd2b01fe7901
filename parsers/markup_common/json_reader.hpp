// Reads JSON without nlohmann's recursive DOM parser (100,000 nested brackets would
// overflow the stack): a SAX handler builds the values, refuses to nest deeper than a
// limit, and can hand the elements of a large array over one at a time instead of
// keeping them, so a feed is never held whole.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace skillmatch::markup {

// Which arrays stream their elements: the top-level array itself, and arrays reached
// from the top-level object through objects by one of `member_paths` ({"jobs"},
// {"SearchResult", "SearchResultItems"}).
struct StreamedArrays {
  bool top_level_array = false;
  std::vector<std::vector<std::string>> member_paths;
};

// Receives one streamed element, the member name its array is under ("" for the
// top-level array) and the 1-based line of the text where the element starts; returns
// false to stop reading.
using ElementHandler = std::function<bool(std::string_view array_key, std::uint64_t line, nlohmann::json&& element)>;

struct JsonReadResult {
  enum class Outcome { kComplete, kStopped, kInvalid };
  Outcome outcome = Outcome::kComplete;
  // The top-level value, with streamed arrays left empty.
  nlohmann::json root;
  // For kInvalid: one line ("parse error at line 2, column 5: ...", "nested deeper than...").
  std::string error;
};

// Parses `json_text` as one JSON value no deeper than `max_depth`.
JsonReadResult read_json(std::string_view json_text, std::uint32_t max_depth, const StreamedArrays& streamed = {},
                         const ElementHandler& on_element = {});

}  // namespace skillmatch::markup
