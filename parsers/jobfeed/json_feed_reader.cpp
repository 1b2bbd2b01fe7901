#include <algorithm>

#include "markup_common/json_values.hpp"

#include "jobfeed/feed_readers.hpp"
#include "jobfeed/posting_shape.hpp"

namespace skillmatch::parsers::jobfeed {
namespace {

using nlohmann::json;

// An object holding one of kPostingArrays (left empty by the streaming read).
bool is_feed_wrapper(const json& root) {
  return std::any_of(kPostingArrays.member_paths.begin(), kPostingArrays.member_paths.end(),
                     [&](const std::vector<std::string>& path) {
                       const json* value = &root;
                       for (const std::string& key : path) value = &markup::member(*value, key);
                       return value->is_array();
                     });
}

}  // namespace

plugin::ParseStatus read_json_feed(std::string_view json_text, PostingEmitter& emitter, std::uint32_t max_depth) {
  std::size_t entries = 0;
  markup::JsonReadResult result =
      markup::read_json(json_text, max_depth, kPostingArrays, [&](std::string_view, std::uint64_t line, json&& entry) {
        return emitter.emit(entry, {line, "entry " + std::to_string(++entries)});
      });
  if (result.outcome == markup::JsonReadResult::Outcome::kInvalid) {
    std::string message = "invalid JSON: " + result.error;
    if (emitter.postings() > 0) message += " (after " + std::to_string(emitter.postings()) + " postings)";
    return plugin::ParseStatus::failure(message);
  }
  if (result.outcome == markup::JsonReadResult::Outcome::kStopped) return emitter.finish("");
  const json& root = result.root;
  if (root.is_array() || is_feed_wrapper(root)) {
    if (entries == 0) return plugin::ParseStatus::failure("a job feed with no postings (an empty array)");
  } else if (classify_posting(root) == PostingShape::kUnknown) {
    return plugin::ParseStatus::failure(markup::unknown_json_shape_message(root));
  } else {
    emitter.emit(root, {0, ""});
  }
  return emitter.finish(markup::unknown_json_shape_message(root));
}

}  // namespace skillmatch::parsers::jobfeed
