// OpenDocument text (.odt) from LibreOffice, pandoc, Google Docs and others.
#pragma once

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers {

class OdtParser {
 public:
  plugin::PluginInfo info() const;
  int sniff(std::string_view path, std::string_view head) const;
  plugin::ParseStatus parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const;
};

}  // namespace skillmatch::parsers
