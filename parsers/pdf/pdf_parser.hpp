// PDF documents with a text layer, read with poppler in reading order (columns one
// after the other). Scans without text and password-protected files get clear errors.
#pragma once

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers {

class PdfParser {
 public:
  plugin::PluginInfo info() const;
  int sniff(std::string_view path, std::string_view head) const;
  plugin::ParseStatus parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const;
};

}  // namespace skillmatch::parsers
