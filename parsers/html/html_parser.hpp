// HTML pages (a job ad saved from a browser, a resume exported as HTML) as the text a
// reader sees, with h1-h6 as sections.
#pragma once

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers {

class HtmlParser {
 public:
  plugin::PluginInfo info() const;
  // Below the jobfeed plugin's confidence for pages with JobPosting JSON-LD: structured
  // data describes a posting better than the page around it.
  int sniff(std::string_view path, std::string_view head) const;
  plugin::ParseStatus parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const;
};

}  // namespace skillmatch::parsers
