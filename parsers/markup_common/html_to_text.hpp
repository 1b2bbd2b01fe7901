// Renders HTML as the text a reader sees: what the html plugin emits for a page and
// what the jobfeed plugin emits for a posting's HTML description.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <gumbo.h>

#include "markup_common/sectioned_text.hpp"

namespace skillmatch::markup {

// Appends the visible text under `root`: no head/script/style/noscript/template or hidden
// elements; block elements on their own lines; li as "- " lines; h1-h6 and bold-only
// paragraphs as headings (so sections); <pre> keeps its line breaks.
void append_html_text(const GumboNode& root, SectionedTextBuilder& out);

// Appends a feed's description field, which may be HTML, HTML escaped once more
// (Greenhouse: "&lt;p&gt;..."), or plain text with line breaks.
void append_html_fragment(std::string_view fragment, SectionedTextBuilder& out, std::uint32_t max_depth);

// Decodes character references ("&amp;", "&#8217;", "&lt;p&gt;") in text that has no
// tags, keeping its line breaks.
std::string decode_html_entities(std::string_view text_without_tags, std::uint32_t max_depth);

}  // namespace skillmatch::markup
