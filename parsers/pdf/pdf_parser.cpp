#include "pdf/pdf_parser.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>

#include <skillmatch/text_encoding.hpp>

#include "pdf/pdf_identify.hpp"
#include "pdf/pdf_stream_budget.hpp"
#include "pdf/pdf_text_cleanup.hpp"

namespace skillmatch::parsers {
namespace {

using pdf::kHeaderWindow;
// "%%EOF" ends every complete PDF, possibly followed by a little padding.
constexpr std::size_t kTrailerWindow = 2048;

std::string utf8_of(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::string single_line(const poppler::ustring& text) {
  std::string line;
  for (char c : text::normalize_text(text::repair_utf8(utf8_of(text)))) {
    if (c == '\n' || c == '\t') c = ' ';
    if (c != ' ' || (!line.empty() && line.back() != ' ')) line += c;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

// Poppler reports recoverable problems of damaged files on stderr; the host reports
// what matters through ParseStatus, so they are dropped.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string first_line(std::string_view text) {
  const std::size_t start = text.find_first_not_of(" \t\n");
  if (start == std::string_view::npos) return {};
  return std::string(text.substr(start, text.find('\n', start) - start));
}

void add_metadata(Document& document, std::string key, const poppler::ustring& value) {
  std::string line = single_line(value);
  if (!line.empty()) document.metadata.push_back({std::move(key), std::move(line)});
}

}  // namespace

plugin::PluginInfo PdfParser::info() const { return pdf::info(); }

int PdfParser::sniff(std::string_view path, std::string_view head) const { return pdf::sniff(path, head); }

plugin::ParseStatus PdfParser::parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const {
  const std::string_view bytes = request.bytes;
  if (bytes.empty()) return plugin::ParseStatus::failure("empty file");
  if (bytes.size() > request.limits.max_file_bytes || bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return plugin::ParseStatus::failure("file is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                                        std::to_string(request.limits.max_file_bytes));
  }
  if (bytes.substr(0, kHeaderWindow).find("%PDF-") == std::string_view::npos) {
    return plugin::ParseStatus::failure("not a PDF file (no %PDF header)");
  }
  // Poppler rebuilds a cut-off file's cross-reference table and returns what it can,
  // so a truncated upload would pass as a shorter document: refuse it instead.
  if (bytes.substr(bytes.size() - std::min(bytes.size(), kTrailerWindow)).find("%%EOF") == std::string_view::npos) {
    return plugin::ParseStatus::failure("truncated PDF (no %%EOF marker at the end)");
  }

  // Poppler decodes streams while it reads them, with no limit of its own: a 1 MB PDF
  // whose page inflates to 1 GiB of operators kept it busy for half a minute, and one
  // content stream shared by every page was decoded again for each. Measured first.
  if (auto refusal = pdf::check_decoded_size(bytes, request.limits.max_uncompressed_bytes)) {
    return plugin::ParseStatus::failure(*refusal);
  }

  silence_poppler();
  const std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) return plugin::ParseStatus::failure("corrupt PDF (poppler cannot read it)");
  if (pdf->is_locked()) return plugin::ParseStatus::failure("password-protected PDF");

  // Poppler's default layout (neither raw content order nor physical positions) finds
  // text blocks and columns and reads them in order, one column after the other.
  std::string raw_text;
  for (int index = 0; index < pdf->pages(); ++index) {
    const std::unique_ptr<poppler::page> page(pdf->create_page(index));
    if (!page) continue;
    if (!raw_text.empty()) raw_text += '\n';
    raw_text += utf8_of(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
    if (raw_text.size() > request.limits.max_uncompressed_bytes) {
      return plugin::ParseStatus::failure("PDF text is larger than the limit of " +
                                          std::to_string(request.limits.max_uncompressed_bytes) + " bytes");
    }
  }

  Document document;
  document.parser = "pdf";
  document.text = pdf::tidy_lines(pdf::rejoin_hyphenated_lines(text::normalize_text(text::repair_utf8(raw_text))));
  if (document.text.empty()) return plugin::ParseStatus::failure("no text layer (scanned image?)");
  document.title = single_line(pdf->get_title());
  if (document.title.empty()) document.title = first_line(document.text);
  add_metadata(document, "author", pdf->get_author());
  add_metadata(document, "producer", pdf->get_producer());
  document.metadata.push_back({"pages", std::to_string(pdf->pages())});
  sink.accept(std::move(document));
  return plugin::ParseStatus::success();
}

}  // namespace skillmatch::parsers
