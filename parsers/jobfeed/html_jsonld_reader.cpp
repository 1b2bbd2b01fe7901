#include "markup_common/html_tree.hpp"
#include "markup_common/json_reader.hpp"
#include "markup_common/sniffing.hpp"

#include "jobfeed/feed_readers.hpp"

namespace skillmatch::parsers::jobfeed {
namespace {

using nlohmann::json;

const markup::StreamedArrays kJsonLdArrays{true, {{"@graph"}}};

// The text of every <script type="application/ld+json"> (found by the HTML parser, so a
// script mentioned in a comment or attribute does not count).
std::vector<std::string> jsonld_scripts(const GumboNode& root) {
  class ScriptCollector : public markup::HtmlVisitor {
   public:
    bool enter(const GumboNode& node) override {
      if (!markup::is_element(node, GUMBO_TAG_SCRIPT)) {
        return node.type == GUMBO_NODE_DOCUMENT || node.type == GUMBO_NODE_ELEMENT;
      }
      const std::string_view type = markup::html_attribute(node, "type");
      if (markup::contains_ignoring_case(type, "application/ld+json")) scripts.push_back(markup::html_raw_text(node));
      return false;
    }
    void leave(const GumboNode&) override {}
    std::vector<std::string> scripts;
  } collector;
  markup::walk_html(root, collector);
  return std::move(collector.scripts);
}

}  // namespace

plugin::ParseStatus read_jsonld_in_html(std::string_view utf8_html, PostingEmitter& emitter, std::uint32_t max_depth) {
  const markup::HtmlTree tree(utf8_html, max_depth);
  const std::vector<std::string> scripts = jsonld_scripts(tree.document());
  for (std::size_t i = 0; i < scripts.size(); ++i) {
    const std::string where = "JSON-LD script " + std::to_string(i + 1);
    std::size_t entries = 0;
    markup::JsonReadResult result = markup::read_json(scripts[i], max_depth, kJsonLdArrays, [&](std::string_view, std::uint64_t, json&& entry) {
      return emitter.emit(entry, {0, where + " entry " + std::to_string(++entries)});
    });
    if (result.outcome == markup::JsonReadResult::Outcome::kStopped) break;
    if (result.outcome == markup::JsonReadResult::Outcome::kInvalid) {
      emitter.reject({0, where}, "invalid JSON: " + result.error);
    } else if (result.root.is_object() && entries == 0 && !emitter.emit(result.root, {0, where})) {
      break;
    }
  }
  return emitter.finish(scripts.empty() ? "an HTML page without JSON-LD (no <script type=\"application/ld+json\">)"
                                        : "an HTML page whose JSON-LD has no JobPosting");
}

}  // namespace skillmatch::parsers::jobfeed
