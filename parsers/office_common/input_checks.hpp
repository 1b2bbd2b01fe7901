// Cheap checks on the raw input that both office formats make before opening the ZIP.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers::office {

// True when `bytes` starts with a ZIP local file header (PK\3\4).
bool has_zip_signature(std::string_view bytes);

// The lowercase extension with its dot (".docx"), or "" when the file name has none.
std::string extension_of(std::string_view path);

// The one-line reason to refuse the input before parsing it (empty, over max_file_bytes),
// or nullopt when it may be parsed.
std::optional<std::string> check_container_size(std::string_view bytes, const plugin::Limits& limits);

}  // namespace skillmatch::parsers::office
