// Job postings from JSON feeds: schema.org JobPosting JSON-LD (alone, in arrays, in an
// "@graph", or embedded in an HTML page), Greenhouse and Lever API responses, the JSON
// Resume job schema, and NDJSON of any of these (one per line, streamed).
#pragma once

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers {

class JobFeedParser {
 public:
  plugin::PluginInfo info() const;
  int sniff(std::string_view path, std::string_view head) const;
  plugin::ParseStatus parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const;
};

}  // namespace skillmatch::parsers
