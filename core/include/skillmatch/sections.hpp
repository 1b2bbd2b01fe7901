// Finds the usual resume and posting headings in plain text and turns them into sections.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <skillmatch/document.hpp>

namespace skillmatch {

// Heading text (lowercase, single spaces) -> canonical section name; from rules/sections.json.
class SectionVocabulary {
 public:
  void add(std::string_view canonical, std::string_view heading);
  // The canonical name of `heading` text, or empty when it is not a known heading.
  std::string_view canonical(std::string_view heading) const;
  bool empty() const { return by_heading_.empty(); }

 private:
  std::unordered_map<std::string, std::string> by_heading_;
};

// Sections of `text`: each known heading line (upper case, title case, with a colon,
// underlined, numbered or '#'-prefixed) starts one that runs to the next heading.
std::vector<Section> detect_sections(std::string_view text, const SectionVocabulary& vocabulary);

// The section containing byte `offset`, or nullptr (sections sorted by offset).
const Section* section_at(const std::vector<Section>& sections, std::size_t offset);

// Guesses resume or posting from sections and wording, for parsers that cannot tell.
DocumentKind guess_kind(const Document& document);

}  // namespace skillmatch
