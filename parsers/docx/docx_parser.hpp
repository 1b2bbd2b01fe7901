// Word documents (.docx, Office Open XML) from Word, LibreOffice, Google Docs, pandoc.
// Also claims OLE compound files, to explain encrypted documents and legacy .doc files.
#pragma once

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers {

class DocxParser {
 public:
  plugin::PluginInfo info() const;
  int sniff(std::string_view path, std::string_view head) const;
  plugin::ParseStatus parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const;
};

}  // namespace skillmatch::parsers
