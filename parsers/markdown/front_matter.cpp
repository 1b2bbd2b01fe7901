#include "markdown/front_matter.hpp"

namespace skillmatch::parsers::markdown {
namespace {

std::string_view trim_line_end(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line;
}

}  // namespace

std::string_view skip_front_matter(std::string_view text) {
  const std::size_t first_end = text.find('\n');
  if (first_end == std::string_view::npos) return text;
  const std::string_view fence = trim_line_end(text.substr(0, first_end));
  if (fence != "---" && fence != "+++") return text;
  for (std::size_t start = first_end + 1; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim_line_end(text.substr(start, end - start));
    if (line == fence || (fence == "---" && line == "...")) return text.substr(std::min(end + 1, text.size()));
    start = end + 1;
  }
  return text;
}

}  // namespace skillmatch::parsers::markdown
