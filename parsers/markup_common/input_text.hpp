// Turning a ParseRequest's bytes into the UTF-8 text the markup parsers read.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::markup {

// The failure message when the input is larger than Limits::max_file_bytes.
std::optional<std::string> oversize_message(std::string_view bytes, const plugin::Limits& limits);

// JSON is UTF-8 by definition (RFC 8259): the bytes themselves without a BOM, so a large
// feed is not copied; only UTF-16 with a BOM is decoded, into `storage`.
std::string_view json_text(std::string_view bytes, std::string& storage);

// HTML and Markdown as people save them: UTF-8, UTF-16 with BOM, or Windows-1252 (then
// a warning goes to `sink`).
std::string decode_markup(std::string_view bytes, plugin::DocumentSink& sink);

}  // namespace skillmatch::markup
