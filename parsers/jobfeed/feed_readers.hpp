// The three containers postings arrive in. Each streams: postings go to the emitter (and
// on to the sink) as soon as they are read, never collected first.
#pragma once

#include <cstdint>
#include <string_view>

#include "markup_common/json_reader.hpp"
#include <skillmatch/parser_plugin.hpp>

#include "jobfeed/posting_emitter.hpp"

namespace skillmatch::parsers::jobfeed {

// Arrays whose elements are postings: a bare array, Greenhouse's "jobs", JSON-LD's
// "@graph", the USAJOBS Search API's result items.
inline const markup::StreamedArrays kPostingArrays{true, {{"jobs"}, {"@graph"}, {"SearchResult", "SearchResultItems"}}};

// One JSON value: a posting object, or one of kPostingArrays. The elements of the big arrays are read one at a time (SAX), so the feed is
// never held whole.
plugin::ParseStatus read_json_feed(std::string_view json, PostingEmitter& emitter, std::uint32_t max_depth);

// One JSON value per line; a bad line is rejected (naming its line) and reading goes on.
plugin::ParseStatus read_ndjson_feed(std::string_view ndjson, PostingEmitter& emitter, std::uint32_t max_depth);

// True when the first line is a complete JSON object and more follows (NDJSON), rather
// than the start of one pretty-printed value.
bool looks_like_ndjson(std::string_view json);

// The JobPosting JSON-LD in an HTML page's <script type="application/ld+json"> elements.
plugin::ParseStatus read_jsonld_in_html(std::string_view utf8_html, PostingEmitter& emitter, std::uint32_t max_depth);

}  // namespace skillmatch::parsers::jobfeed
