// What the PDF plugin can say without poppler: its description and the cheap sniff. The
// plugin that skillmatch loads at start-up is only this; poppler is loaded with the
// parsing engine the first time a PDF is parsed (GDAL's Identify/Open split).
#pragma once

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers::pdf {

// A PDF's header must start within this many bytes.
inline constexpr std::size_t kHeaderWindow = 1024;

plugin::PluginInfo info();
int sniff(std::string_view path, std::string_view head);

}  // namespace skillmatch::parsers::pdf
