// Plain text in the encodings people's editors write: UTF-8 (with or without BOM),
// UTF-16 LE/BE with BOM, and Windows-1252 for bytes that are not valid UTF-8.
#pragma once

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers {

class TextParser {
 public:
  plugin::PluginInfo info() const;
  // Low confidence by design: text is what everything else is not.
  int sniff(std::string_view path, std::string_view head) const;
  plugin::ParseStatus parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const;
};

}  // namespace skillmatch::parsers
