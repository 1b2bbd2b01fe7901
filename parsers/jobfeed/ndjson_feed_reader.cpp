#include "markup_common/json_values.hpp"

#include "jobfeed/feed_readers.hpp"

namespace skillmatch::parsers::jobfeed {
namespace {

using nlohmann::json;

std::string_view trim(std::string_view line) {
  const std::size_t start = line.find_first_not_of(" \t\r");
  if (start == std::string_view::npos) return {};
  return line.substr(start, line.find_last_not_of(" \t\r") - start + 1);
}

// Each line is parsed on its own, so nlohmann's "at line 1, column 7" would mislead.
std::string without_line_one(std::string error) {
  if (const std::size_t at = error.find("at line 1, column"); at != std::string::npos) error.erase(at + 3, 8);
  return error;
}

// End of the JSON value starting at json[0] within `line`, or npos when the line ends
// first. Counts brackets outside strings; cheap enough for a sniff of one line.
std::size_t end_of_first_value(std::string_view line) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && --depth == 0) {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

bool looks_like_ndjson(std::string_view json_text) {
  const std::string_view first_line = json_text.substr(0, json_text.find('\n'));
  if (first_line.empty() || first_line.front() != '{') return false;
  const std::size_t end = end_of_first_value(first_line);
  if (end == std::string_view::npos || !trim(first_line.substr(end)).empty()) return false;
  return json_text.find_first_not_of(" \t\r\n", first_line.size()) != std::string_view::npos;
}

plugin::ParseStatus read_ndjson_feed(std::string_view ndjson, PostingEmitter& emitter, std::uint32_t max_depth) {
  std::uint64_t line_number = 0;
  bool keep_reading = true;
  for (std::size_t start = 0; keep_reading && start < ndjson.size();) {
    std::size_t end = ndjson.find('\n', start);
    if (end == std::string_view::npos) end = ndjson.size();
    const std::string_view line = trim(ndjson.substr(start, end - start));
    start = end + 1;
    ++line_number;
    if (line.empty()) continue;

    std::size_t entries = 0;
    markup::JsonReadResult result = markup::read_json(line, max_depth, kPostingArrays, [&](std::string_view, std::uint64_t, json&& entry) {
      return emitter.emit(entry, {line_number, "entry " + std::to_string(++entries)});
    });
    switch (result.outcome) {
      case markup::JsonReadResult::Outcome::kInvalid:
        emitter.reject({line_number, ""}, "invalid JSON: " + without_line_one(std::move(result.error)));
        break;
      case markup::JsonReadResult::Outcome::kStopped:
        keep_reading = false;
        break;
      case markup::JsonReadResult::Outcome::kComplete:
        if (entries == 0) keep_reading = emitter.emit(result.root, {line_number, ""});
        break;
    }
  }
  return emitter.finish("no postings: every line is empty");
}

}  // namespace skillmatch::parsers::jobfeed
