#include "office_common/xml_part.hpp"

#include <algorithm>
#include <string>

#include "office_common/office_error.hpp"

namespace skillmatch::parsers::office {
namespace {

// What one parsed element costs pugixml (node struct plus its share of the page), used
// to refuse XML whose tree would take far more memory than its own bytes.
constexpr std::uint64_t kBytesPerParsedNode = 64;

// pugixml's parser is iterative, but the walkers recurse: measure depth without
// recursion before any of them runs.
std::size_t element_depth(const pugi::xml_document& document) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  pugi::xml_node node = document.first_child();
  while (node) {
    if (node.type() == pugi::node_element) deepest = std::max(deepest, depth + 1);
    if (node.first_child()) {
      node = node.first_child();
      ++depth;
      continue;
    }
    while (node && !node.next_sibling()) {
      node = node.parent();
      if (depth == 0) return deepest;
      --depth;
    }
    if (node) node = node.next_sibling();
  }
  return deepest;
}

}  // namespace

std::unique_ptr<pugi::xml_document> parse_xml_part(std::string_view part_name, std::string_view xml,
                                                   const plugin::Limits& limits) {
  const auto opening_brackets = static_cast<std::uint64_t>(std::count(xml.begin(), xml.end(), '<'));
  if (opening_brackets * kBytesPerParsedNode > limits.max_uncompressed_bytes) {
    throw InputError(std::string(part_name) + " has too many XML elements (" + std::to_string(opening_brackets) +
                     ") for the memory limit");
  }
  auto document = std::make_unique<pugi::xml_document>();
  const pugi::xml_parse_result result =
      document->load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_auto);
  if (!result) {
    throw InputError("malformed XML in " + std::string(part_name) + " at byte " + std::to_string(result.offset) + ": " +
                     result.description());
  }
  if (element_depth(*document) > limits.max_nesting) {
    throw InputError("XML in " + std::string(part_name) + " nests deeper than " + std::to_string(limits.max_nesting) +
                     " levels");
  }
  return document;
}

std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view local) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && local_name(child) == local) return child;
  }
  return {};
}

std::string_view attribute_value(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute attribute : node.attributes()) {
    std::string_view name = attribute.name();
    const std::size_t colon = name.find(':');
    if (colon != std::string_view::npos) name.remove_prefix(colon + 1);
    if (name == local) return attribute.value();
  }
  return {};
}

std::string collected_text(const pugi::xml_node& node) {
  std::string text;
  struct Collector : pugi::xml_tree_walker {
    std::string* out;
    bool for_each(pugi::xml_node& n) override {
      if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out->append(n.value());
      return true;
    }
  } collector;
  collector.out = &text;
  pugi::xml_node walked = node;  // traverse() is not const
  walked.traverse(collector);
  return text;
}

}  // namespace skillmatch::parsers::office
