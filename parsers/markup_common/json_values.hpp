// Lenient reads of fields that feeds fill inconsistently: a field may be a string, a
// number, an object with a name, or an array of any of these.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace skillmatch::markup {

// The member `key` of `object` as text: a string as is, a number printed, else "".
std::string text_field(const nlohmann::json& object, std::string_view key);

// Every piece of text in `value`: a string; each element of an array; for an object its
// "name", "value", "text" or "description" (first present). Empty strings are dropped.
std::vector<std::string> text_list(const nlohmann::json& value);

// The object member `key`, or a null value when absent or `object` is not an object.
const nlohmann::json& member(const nlohmann::json& object, std::string_view key);

std::string join(const std::vector<std::string>& parts, std::string_view separator);

// "a, b, c" of an object's keys (at most `max_keys`, then "..."); "(not an object)" else.
std::string key_summary(const nlohmann::json& value, std::size_t max_keys = 12);

}  // namespace skillmatch::markup

namespace skillmatch::markup {

// The failure message for valid JSON that no markup plugin understands.
std::string unknown_json_shape_message(const nlohmann::json& root);

}  // namespace skillmatch::markup
