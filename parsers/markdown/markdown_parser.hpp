// Markdown resumes and postings (README-style CVs, postings kept in Git).
#pragma once

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers {

class MarkdownParser {
 public:
  plugin::PluginInfo info() const;
  // Conservative: Markdown is also plain text, so it wins over the text plugin only for
  // .md/.markdown files or unmistakable structure in a file that is not .txt.
  int sniff(std::string_view path, std::string_view head) const;
  plugin::ParseStatus parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const;
};

}  // namespace skillmatch::parsers
