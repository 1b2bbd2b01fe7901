#include "commented_json.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

namespace skillmatch::detail {
namespace {

// Where the string opened at `open` ends (a quote after an even run of backslashes), or npos.
// Found with memchr: strings are most of a rules file's bytes.
std::size_t closing_quote(std::string_view text, std::size_t open) {
  for (std::size_t quote = text.find('"', open + 1); quote != std::string_view::npos; quote = text.find('"', quote + 1)) {
    std::size_t backslashes = 0;
    while (text[quote - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return quote;
  }
  return std::string_view::npos;
}

// `text` with its comments ("// to the line's end", a CR or LF, "/* ... */") turned to spaces, so that
// offsets stay; false for an unterminated block comment or string. The next quote and the
// next slash are found with memchr: the indentation between strings is most of what is left.
bool blank_comments(char* data, std::size_t size) {
  const std::string_view text(data, size);
  std::size_t slash = text.find('/'), i = text.find('"');
  while (slash != std::string_view::npos) {
    if (i < slash) {  // a string: a slash inside it starts no comment
      i = closing_quote(text, i);
      if (i == std::string_view::npos) return false;
      if (slash < i) slash = text.find('/', i);
      i = text.find('"', i + 1);
    } else if (slash + 1 < size && text[slash + 1] == '/') {
      std::size_t end = slash;
      for (; end < size && data[end] != '\n' && data[end] != '\r'; ++end) data[end] = ' ';  // as nlohmann ends one
      slash = text.find('/', end);
      if (i < end) i = text.find('"', end);
    } else if (slash + 1 < size && text[slash + 1] == '*') {
      const std::size_t end = text.find("*/", slash + 2);
      if (end == std::string_view::npos) return false;
      std::fill(data + slash, data + end + 2, ' ');
      slash = text.find('/', end + 2);
      if (i < end + 2) i = text.find('"', end + 2);
    } else {
      slash = text.find('/', slash + 1);
    }
  }
  // No comment is left: only a string left open matters.
  for (; i != std::string_view::npos; i = text.find('"', i + 1)) {
    i = closing_quote(text, i);
    if (i == std::string_view::npos) return false;
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
  simdjson::padded_string json(text);  // one copy, blanked in place
  if (!blank_comments(json.data(), json.size())) return std::nullopt;
  simdjson::dom::element root;
  if (parser.parse(json).get(root) != simdjson::SUCCESS) return std::nullopt;
  return root;
}

}  // namespace skillmatch::detail
