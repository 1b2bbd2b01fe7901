#include "sections.hpp"

#include <algorithm>

#include <skillmatch/extractor.hpp>
#include <skillmatch/sections.hpp>

namespace skillmatch::detail {

void SectionRules::resolve(const Document& document, std::vector<SectionRole>& roles) const {
  roles.clear();
  const bool posting = document.kind == DocumentKind::kPosting;
  for (const Section& section : document.sections) {
    const bool ignored = std::find(ignored_in_postings_.begin(), ignored_in_postings_.end(), section.name) !=
                         ignored_in_postings_.end();
    roles.push_back({.lists_skills = section.name == "skills", .informational = posting && ignored});
  }
}

std::uint32_t section_index(const Document& document, std::size_t offset) {
  const Section* section = section_at(document.sections, offset);
  return section == nullptr ? Mention::kNoSection : static_cast<std::uint32_t>(section - document.sections.data());
}

}  // namespace skillmatch::detail
