#include "markup_common/json_values.hpp"

#include <array>

namespace skillmatch::markup {

using nlohmann::json;

const json& member(const json& object, std::string_view key) {
  static const json kNull;
  if (!object.is_object()) return kNull;
  const auto found = object.find(key);
  return found == object.end() ? kNull : *found;
}

std::string text_field(const json& object, std::string_view key) {
  const json& value = member(object, key);
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return value.dump();
  return {};
}

std::vector<std::string> text_list(const json& value) {
  std::vector<std::string> texts;
  auto add_one = [&](const json& item) {
    if (item.is_string()) {
      if (!item.get_ref<const std::string&>().empty()) texts.push_back(item.get<std::string>());
      return;
    }
    if (item.is_number()) {
      texts.push_back(item.dump());
      return;
    }
    for (const std::string_view key : std::array<std::string_view, 4>{"name", "value", "text", "description"}) {
      if (std::string text = text_field(item, key); !text.empty()) {
        texts.push_back(std::move(text));
        return;
      }
    }
  };
  if (value.is_array()) {
    for (const json& item : value) add_one(item);
  } else {
    add_one(value);
  }
  return texts;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!joined.empty()) joined += separator;
    joined += part;
  }
  return joined;
}

std::string key_summary(const json& value, std::size_t max_keys) {
  if (!value.is_object()) return value.is_array() ? "(an array)" : "(not an object)";
  if (value.empty()) return "(none)";
  std::string summary;
  std::size_t count = 0;
  for (const auto& item : value.items()) {
    if (count++ == max_keys) return summary + ", ...";
    if (!summary.empty()) summary += ", ";
    summary += item.key();
  }
  return summary;
}

}  // namespace skillmatch::markup

namespace skillmatch::markup {

std::string unknown_json_shape_message(const nlohmann::json& root) {
  if (root.is_object()) return "JSON, but not a known job feed or resume shape (top-level keys: " + key_summary(root) + ")";
  if (root.is_array()) return "JSON, but not a known job feed or resume shape (an array of " + std::to_string(root.size()) + " values)";
  const std::string what = root.is_null() ? "null" : std::string("a ") + root.type_name();
  return "JSON whose top level is " + what + ", not a job feed, JSON Resume or JobPosting";
}

}  // namespace skillmatch::markup
