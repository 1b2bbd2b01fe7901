// CommonMark (cmark) rendered as the text a reader sees: headings (ATX and setext) as
// sections, list markers, emphasis and link targets gone, code keeping its text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "markup_common/sectioned_text.hpp"

namespace skillmatch::parsers::markdown {

struct RenderedMarkdown {
  markup::SectionedText text;
  std::string title;  // the first level-1 heading, else the first heading
};

// Throws markup::InputError when the block structure nests deeper than `max_depth`.
RenderedMarkdown render_markdown(std::string_view utf8_markdown, std::uint32_t max_depth);

// The deepest run of container markers (">", "-", "*", "+", "1.") opening any one line.
// cmark builds a node per marker, so ">>>>..." 64 MB long would take gigabytes.
std::size_t estimate_markdown_depth(std::string_view markdown);

}  // namespace skillmatch::parsers::markdown
