// What `skillmatch extract` prints, from the binding: the JSON report of paths or of bytes
// in memory, and the NDJSON lines with the errors the CLI reports beside them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <skillmatch/engine.hpp>

namespace skillmatch::python {

// Documents extracted as the CLI renders them, in input order, and every error in its order.
struct ExtractedText {
  std::string ndjson;  // one document's JSON per line
  std::vector<Error> errors;
  std::vector<std::string> warnings;  // "name: warning"
};

// The documents of `paths` (folders walked), read with `jobs` threads.
ExtractedText extract_paths(const Engine& engine, const std::vector<std::string>& paths, unsigned jobs);
// The documents of bytes named `name`, as the CLI reads standard input named so.
ExtractedText extract_bytes(const Engine& engine, const std::string& name, std::string_view bytes);
// `skillmatch extract --format json`'s text: {"documents":[...],"errors":[...]} and a newline.
std::string extract_json(const ExtractedText& extracted);

}  // namespace skillmatch::python
