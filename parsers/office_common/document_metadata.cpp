#include "office_common/document_metadata.hpp"

#include <skillmatch/text_encoding.hpp>

namespace skillmatch::parsers::office {

std::string single_line(std::string_view text) {
  const std::string normalized = text::normalize_text(text::repair_utf8(text));
  std::string line;
  for (char c : normalized) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space) {
      line += c;
    } else if (!line.empty() && line.back() != ' ') {
      line += ' ';
    }
  }
  if (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

void add_metadata(Document& document, std::string key, std::string_view value) {
  std::string line = single_line(value);
  if (!line.empty()) document.metadata.push_back({std::move(key), std::move(line)});
}

}  // namespace skillmatch::parsers::office
