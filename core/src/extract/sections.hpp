// Stage: what a document's sections change, resolved once per document from their names: a
// Skills section supports an ambiguous alias; a posting's sections that ask for nothing
// (benefits, about us: extraction.json "posting_ignored_sections") mark their mentions
// informational, so that a user still sees them and they never become requirements.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <skillmatch/document.hpp>
#include <skillmatch/taxonomy.hpp>

namespace skillmatch::detail {

// Per section of a document, by index into Document::sections.
struct SectionRole {
  bool lists_skills = false;   // a Skills section
  bool informational = false;  // a posting's section that asks for nothing
};

class SectionRules {
 public:
  explicit SectionRules(const Taxonomy& taxonomy) : ignored_in_postings_(taxonomy.posting_ignored_sections) {}

  // The role of each of the document's sections, into `roles`.
  void resolve(const Document& document, std::vector<SectionRole>& roles) const;

 private:
  std::vector<std::string> ignored_in_postings_;
};

// The index into document.sections of the section holding `offset`, or Mention::kNoSection.
std::uint32_t section_index(const Document& document, std::size_t offset);

}  // namespace skillmatch::detail
