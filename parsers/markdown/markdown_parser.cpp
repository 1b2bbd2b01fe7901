#include "markdown/markdown_parser.hpp"

#include "markup_common/input_error.hpp"
#include "markup_common/input_text.hpp"
#include "markup_common/sniffing.hpp"

#include "markdown/markdown_to_text.hpp"

namespace skillmatch::parsers {
namespace {

constexpr int kMarkdownExtension = 50;
constexpr int kMarkdownStructure = 25;  // above the text plugin's 20 for unknown extensions

bool starts_with_front_matter(std::string_view body) { return body.starts_with("---\n") || body.starts_with("---\r\n"); }

// ATX headings ("# Skills") at the start of a line.
std::size_t count_atx_headings(std::string_view head) {
  std::size_t count = 0;
  for (std::size_t start = 0; start < head.size();) {
    std::size_t end = head.find('\n', start);
    if (end == std::string_view::npos) end = head.size();
    const std::string_view line = head.substr(start, end - start);
    const std::size_t hashes = line.find_first_not_of('#');
    if (hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ') ++count;
    start = end + 1;
  }
  return count;
}

bool has_clear_markdown_structure(std::string_view body) {
  if (starts_with_front_matter(body)) return true;
  const std::size_t headings = count_atx_headings(body);
  const bool links = body.find("](") != std::string_view::npos;
  const bool bullets = body.find("\n- ") != std::string_view::npos || body.find("\n* ") != std::string_view::npos;
  return headings >= 2 || (headings == 1 && (links || bullets));
}

}  // namespace

plugin::PluginInfo MarkdownParser::info() const {
  return {"markdown", "1.0", "Markdown (CommonMark) documents", {"Markdown"}, {".md", ".markdown", ".mdown", ".mkd"}};
}

int MarkdownParser::sniff(std::string_view path, std::string_view head) const {
  if (markup::has_extension(path, {".md", ".markdown", ".mdown", ".mkd"})) return kMarkdownExtension;
  if (markup::has_extension(path, {".txt", ".text", ".json", ".html", ".htm", ".xml"})) return 0;
  const std::string_view body = markup::skip_bom_and_whitespace(head);
  if (body.empty() || body.front() == '<' || body.front() == '{' || body.front() == '[') return 0;
  if (head.find('\0') != std::string_view::npos) return 0;
  return has_clear_markdown_structure(body) ? kMarkdownStructure : 0;
}

plugin::ParseStatus MarkdownParser::parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const {
  if (auto message = markup::oversize_message(request.bytes, request.limits)) return plugin::ParseStatus::failure(*message);
  if (const std::size_t nul = request.bytes.find('\0'); nul != std::string_view::npos && !request.bytes.starts_with("\xFF\xFE") &&
                                                         !request.bytes.starts_with("\xFE\xFF")) {
    return plugin::ParseStatus::failure("binary data, not Markdown (NUL byte at offset " + std::to_string(nul) + ")");
  }
  const std::string markdown = markup::decode_markup(request.bytes, sink);
  try {
    markdown::RenderedMarkdown rendered = markdown::render_markdown(markdown, request.limits.max_nesting);
    if (rendered.text.text.empty()) return plugin::ParseStatus::failure("empty file (no text)");
    Document document;
    document.id = "document";
    document.title = std::move(rendered.title);
    if (document.title.empty()) document.title = rendered.text.text.substr(0, rendered.text.text.find('\n'));
    document.text = std::move(rendered.text.text);
    document.sections = std::move(rendered.text.sections);
    sink.accept(std::move(document));
    return plugin::ParseStatus::success();
  } catch (const markup::InputError& error) {
    return plugin::ParseStatus::failure(error.what());
  }
}

}  // namespace skillmatch::parsers
