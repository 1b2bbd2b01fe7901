#include "pdf/pdf_identify.hpp"

namespace skillmatch::parsers::pdf {

plugin::PluginInfo info() {
  return {"pdf", "1.0", "PDF with a text layer (poppler), multi-column pages in reading order", {"PDF"}, {".pdf"}};
}

int sniff(std::string_view path, std::string_view head) {
  if (head.substr(0, kHeaderWindow).find("%PDF-") != std::string_view::npos) return 95;
  const std::size_t dot = path.find_last_of('.');
  const bool pdf_extension = dot != std::string_view::npos && path.size() - dot == 4 &&
                             (path.substr(dot) == ".pdf" || path.substr(dot) == ".PDF");
  return pdf_extension ? 30 : 0;
}

}  // namespace skillmatch::parsers::pdf
