#include "commented_json.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

namespace skillmatch::detail {
namespace {

// Where the string opened at `open` ends (a quote after an even run of backslashes), or npos.
// Found with memchr: strings are most of a rules file's bytes.
std::size_t closing_quote(const std::string& text, std::size_t open) {
  for (std::size_t quote = text.find('"', open + 1); quote != std::string::npos; quote = text.find('"', quote + 1)) {
    std::size_t backslashes = 0;
    while (text[quote - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return quote;
  }
  return std::string::npos;
}

// `text` with its comments ("// to the line's end", a CR or LF, "/* ... */") turned to spaces, so that
// offsets stay; false for an unterminated block comment or string.
bool blank_comments(std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      i = closing_quote(text, i);
      if (i == std::string::npos) return false;
    } else if (text[i] != '/' || i + 1 == text.size()) {
      continue;
    } else if (text[i + 1] == '/') {
      for (; i < text.size() && text[i] != '\n' && text[i] != '\r'; ++i) text[i] = ' ';  // as nlohmann ends one
    } else if (text[i + 1] == '*') {
      const std::size_t end = text.find("*/", i + 2);
      if (end == std::string::npos) return false;
      std::fill(text.begin() + static_cast<long>(i), text.begin() + static_cast<long>(end + 2), ' ');
      i = end + 1;
    }
  }
  return true;
}

nlohmann::json tree_of(simdjson::dom::element element) {
  using simdjson::dom::element_type;
  switch (element.type()) {
    case element_type::OBJECT: {
      nlohmann::json object = nlohmann::json::object();
      for (const auto field : simdjson::dom::object(element)) object[std::string(field.key)] = tree_of(field.value);
      return object;
    }
    case element_type::ARRAY: {
      nlohmann::json array = nlohmann::json::array();
      for (const auto item : simdjson::dom::array(element)) array.push_back(tree_of(item));
      return array;
    }
    case element_type::STRING: return std::string(std::string_view(element));
    case element_type::INT64: {
      const auto value = std::int64_t(element);
      return value < 0 ? nlohmann::json(value) : nlohmann::json(static_cast<std::uint64_t>(value));
    }
    case element_type::UINT64: return std::uint64_t(element);
    case element_type::DOUBLE: return double(element);
    case element_type::BOOL: return bool(element);
    case element_type::NULL_VALUE: break;
  }
  return nullptr;
}

}  // namespace

std::optional<nlohmann::json> commented_json_tree(std::string_view text) {
  simdjson::dom::parser parser;
  const auto root = parse_commented_json(text, parser);
  if (!root) return std::nullopt;
  return tree_of(*root);
}

std::optional<simdjson::dom::element> parse_commented_json(std::string_view text, simdjson::dom::parser& parser) {
  std::string json(text);
  if (!blank_comments(json)) return std::nullopt;
  simdjson::dom::element root;
  if (parser.parse(simdjson::padded_string(json)).get(root) != simdjson::SUCCESS) return std::nullopt;
  return root;
}

}  // namespace skillmatch::detail
