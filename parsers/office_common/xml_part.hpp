// Parses one XML part of a container within the request's Limits, and the small
// namespace-agnostic helpers the office walkers share.
#pragma once

#include <memory>
#include <string_view>

#include <pugixml.hpp>
#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers::office {

// Parses `xml` (UTF-8 or UTF-16, whitespace-only text kept because it can be content:
// <w:t xml:space="preserve"> </w:t>). Throws InputError, naming `part_name`, when the XML is
// malformed, nests deeper than limits.max_nesting, or has more elements than the
// uncompressed-size budget can hold as parsed nodes.
std::unique_ptr<pugi::xml_document> parse_xml_part(std::string_view part_name, std::string_view xml,
                                                   const plugin::Limits& limits);

// The element name without its namespace prefix ("w:p" -> "p"). The walkers match local
// names because producers are free to choose prefixes; the vocabularies they descend into
// do not reuse a local name for something else.
std::string_view local_name(const pugi::xml_node& node);

// The first child element with this local name, or an empty node.
pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view local);

// The value of the attribute with this local name ("w:val" -> "val"), or "".
std::string_view attribute_value(const pugi::xml_node& node, std::string_view local);

// The concatenated text of every descendant text node (for short metadata elements).
std::string collected_text(const pugi::xml_node& node);

}  // namespace skillmatch::parsers::office
