// Cheap looks at a path and the first bytes, shared by the markup plugins' sniff().
#pragma once

#include <initializer_list>
#include <string_view>

namespace skillmatch::markup {

// The extension with its dot (".json"), or "" when the file name has none.
std::string_view extension_of(std::string_view path);

// True when `path` ends in one of `extensions` (lowercase, with the dot), ignoring case.
bool has_extension(std::string_view path, std::initializer_list<std::string_view> extensions);

// `bytes` after a UTF-8 byte order mark and leading whitespace.
std::string_view skip_bom_and_whitespace(std::string_view bytes);

// Case-insensitive search for ASCII `needle`.
bool contains_ignoring_case(std::string_view haystack, std::string_view needle);

// The JSON key `"name"` followed by a colon somewhere in `head` (a cheap shape hint).
bool has_json_key(std::string_view head, std::string_view name);

}  // namespace skillmatch::markup
