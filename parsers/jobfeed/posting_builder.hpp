// Assembles one posting Document the same way for every feed format: the title as the
// first line, the description, then the structured lists as headed sections.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "markup_common/sectioned_text.hpp"
#include <skillmatch/document.hpp>

namespace skillmatch::parsers::jobfeed {

class PostingBuilder {
 public:
  PostingBuilder(std::string id, std::string title, std::uint32_t max_html_depth);

  // Skips empty values, so readers can pass optional fields straight through.
  void add_metadata(std::string key, std::string value);
  // HTML, escaped HTML or plain text (see markup::append_html_fragment).
  void add_description(std::string_view description);
  // A heading and one "- " line per item; nothing when `items` is empty.
  void add_list_section(std::string_view heading, const std::vector<std::string>& items);
  // A heading and a description-like body; nothing when `body` is empty.
  void add_text_section(std::string_view heading, std::string_view body);
  // Explicit skills: Document::listed_skills (each once) and a "Skills" section.
  void add_listed_skills(const std::vector<std::string>& skills);

  markup::SectionedTextBuilder& text() { return text_; }
  std::vector<std::string>& listed_skills() { return document_.listed_skills; }

  Document finish() &&;

 private:
  Document document_;
  markup::SectionedTextBuilder text_;
  std::uint32_t max_html_depth_;
};

// Splits a skills string ("Python, SQL; Kubernetes") into items.
std::vector<std::string> split_skill_list(std::string_view skills);

}  // namespace skillmatch::parsers::jobfeed
