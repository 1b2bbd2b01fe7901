// Rules files are JSON with comments; simdjson reads them at start-up, when they are well-formed.
#pragma once

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace skillmatch::detail {

// `text` ("//" and "/* */" comments allowed, as nlohmann's ignore_comments reads them) parsed
// into `parser`'s document, which the element lives in; nullopt when it is not well-formed
// JSON, for the caller to read it again with a reader that names the problem.
std::optional<simdjson::dom::element> parse_commented_json(std::string_view text, simdjson::dom::parser& parser);

// The tree nlohmann's json::parse(text, nullptr, true, true) builds (a later duplicate key
// wins, a negative integer is signed, any other unsigned), read by simdjson; nullopt when the
// text is not well-formed or holds a number simdjson does not take (beyond 64 bits), so that
// nlohmann reads it again and names the problem. One difference: "-0" is an unsigned 0 here.
std::optional<nlohmann::json> commented_json_tree(std::string_view text);

}  // namespace skillmatch::detail
