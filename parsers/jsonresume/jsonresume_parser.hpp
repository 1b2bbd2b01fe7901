// Resumes in the JSON Resume format (jsonresume.org).
#pragma once

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers {

class JsonResumeParser {
 public:
  plugin::PluginInfo info() const;
  int sniff(std::string_view path, std::string_view head) const;
  plugin::ParseStatus parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const;
};

}  // namespace skillmatch::parsers
