#include "text/text_parser.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <skillmatch/text_encoding.hpp>

namespace skillmatch::parsers {
namespace {

constexpr std::array<std::string_view, 6> kTextExtensions = {".txt", ".text", ".md", ".markdown", ".rst", ".csv"};

bool has_utf16_bom(std::string_view bytes) {
  return bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
}

std::string_view extension_of(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return path.substr(dot);
}

bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); });
}

// Bytes Windows-1252 leaves undefined: text that has them is neither UTF-8 nor 1252.
bool has_undefined_windows1252_byte(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
  });
}

// The first line with any text on it.
std::string first_line(std::string_view text) {
  const std::size_t start = text.find_first_not_of(" \t\n");
  if (start == std::string_view::npos) return {};
  return text::title_line(text.substr(start, text.find('\n', start) - start));
}

// Every RTF file starts so (RTF 1.9.1, "{\rtf1"); its text is markup the text parser
// would present as prose, so it claims RTF only to refuse it clearly.
bool is_rtf(std::string_view bytes) { return bytes.starts_with("{\\rtf"); }
constexpr int kRtf = 95;

}  // namespace

plugin::PluginInfo TextParser::info() const {
  return {"text", "1.0", "plain text: UTF-8, UTF-16 with BOM, Windows-1252",
          {"UTF-8 text", "UTF-16 text (BOM)", "Windows-1252 text"},
          {kTextExtensions.begin(), kTextExtensions.end()}};
}

int TextParser::sniff(std::string_view path, std::string_view head) const {
  if (is_rtf(head)) return kRtf;
  if (has_utf16_bom(head)) return 60;
  if (head.find('\0') != std::string_view::npos) return 1;  // parse() explains why it refuses
  const std::string_view extension = extension_of(path);
  const bool text_extension = std::any_of(kTextExtensions.begin(), kTextExtensions.end(),
                                          [&](std::string_view known) { return iequals(known, extension); });
  return text_extension || extension.empty() ? 20 : 5;
}

plugin::ParseStatus TextParser::parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const {
  const std::string_view bytes = request.bytes;
  if (is_rtf(bytes)) return plugin::ParseStatus::failure("RTF is not supported; save it as DOCX or PDF");
  if (!has_utf16_bom(bytes)) {
    if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
      return plugin::ParseStatus::failure("binary data, not text (NUL byte at offset " + std::to_string(nul) + ")");
    }
  }
  text::Encoding encoding = text::Encoding::kUtf8;
  std::string decoded = text::decode_to_utf8(bytes, &encoding);
  if (encoding == text::Encoding::kWindows1252) {
    const std::size_t bad = text::find_invalid_utf8(bytes);
    if (has_undefined_windows1252_byte(bytes)) {
      return plugin::ParseStatus::failure("invalid UTF-8 at byte " + std::to_string(bad) +
                                          ", and not Windows-1252 text either");
    }
    sink.warn("not valid UTF-8 (byte " + std::to_string(bad) + "); read as Windows-1252");
  }
  Document document;
  document.text = text::normalize_text(decoded);
  if (document.text.find_first_not_of(" \t\n") == std::string::npos) {
    return plugin::ParseStatus::failure("empty file (no text)");
  }
  document.title = first_line(document.text);
  document.metadata.push_back({"encoding", std::string(text::to_string(encoding))});
  sink.accept(std::move(document));
  return plugin::ParseStatus::success();
}

}  // namespace skillmatch::parsers
