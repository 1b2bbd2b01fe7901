// The buffers one document's extraction works in, passed to each stage explicitly. A thread
// keeps one Scratch for all its documents: allocation was a tenth of the work.
#pragma once

#include <cstdint>
#include <vector>

#include "../alias_locator.hpp"
#include "../context_rules.hpp"
#include "../list_lines.hpp"
#include "sections.hpp"

namespace skillmatch::detail {

struct Scratch {
  // sections: the role of each of the document's sections.
  std::vector<SectionRole> sections;
  // locate: the candidates, leftmost-longest and by offset, list items included.
  std::vector<RawMatch> candidates;
  std::vector<int> present_patterns;     // pattern aliases the RE2::Set saw
  std::vector<ListLine> list_lines;      // the document's list lines, by offset
  std::vector<RawMatch> list_items;      // any-case list items, before they join candidates
  // support: per candidate, and the candidates that need none.
  std::vector<char> list_neighbour;      // an ambiguous product name beside another in a list
  std::vector<std::uint32_t> unambiguous;  // indices into candidates
  std::vector<std::uint32_t> domain_skills;  // kept skills that show the domain (short_acronyms.hpp)
  std::vector<char> accepted;            // kept as a mention
  ContextRules::DocumentScan context;    // what the forbid checks found in the document
  // negation: per candidate.
  std::vector<char> negated;
  // assembly: skill index -> its hit in the extraction, or -1; all -1 between documents
  // when hit_of_skill_clean.
  std::vector<std::int32_t> hit_of_skill;
  bool hit_of_skill_clean = false;

  // Frees the buffers above a megabyte, so one huge document does not pin its peak for the
  // thread's life (the server's). Called after every document.
  void release_large();
};

}  // namespace skillmatch::detail
