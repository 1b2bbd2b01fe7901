#include "markup_common/sniffing.hpp"

#include <algorithm>
#include <string>

namespace skillmatch::markup {
namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

}  // namespace

std::string_view extension_of(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return path.substr(dot);
}

bool has_extension(std::string_view path, std::initializer_list<std::string_view> extensions) {
  const std::string_view extension = extension_of(path);
  return std::any_of(extensions.begin(), extensions.end(),
                     [&](std::string_view known) { return iequals(known, extension); });
}

std::string_view skip_bom_and_whitespace(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const std::size_t start = bytes.find_first_not_of(" \t\r\n");
  return start == std::string_view::npos ? std::string_view{} : bytes.substr(start);
}

bool contains_ignoring_case(std::string_view haystack, std::string_view needle) {
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                     [](char x, char y) { return ascii_lower(x) == ascii_lower(y); }) != haystack.end();
}

bool has_json_key(std::string_view head, std::string_view name) {
  const std::string quoted = '"' + std::string(name) + '"';
  for (std::size_t pos = head.find(quoted); pos != std::string_view::npos; pos = head.find(quoted, pos + 1)) {
    const std::size_t after = head.find_first_not_of(" \t\r\n", pos + quoted.size());
    if (after != std::string_view::npos && head[after] == ':') return true;
  }
  return false;
}

}  // namespace skillmatch::markup
