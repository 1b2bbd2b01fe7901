// Which aliases are short acronyms and which mentions show a document's technical domain
// (rules/extraction.json "short_acronyms"; the support stage reads both, support.cpp).
#pragma once

#include <skillmatch/taxonomy.hpp>

namespace skillmatch::detail {

// An alias written in capitals and digits ("IAM", "T5"), at least one capital and at most
// rule.max_length of them, that is no pattern and not ambiguous (the sense model has those).
bool is_short_acronym(const Alias& alias, const ShortAcronymRule& rule);

// Whether a kept mention of `alias` of `skill` tells that the document is in the technical
// domain: a skill of one of rule.evidence_kinds named by no short acronym.
bool shows_domain(const Alias& alias, const Skill& skill, const ShortAcronymRule& rule);

}  // namespace skillmatch::detail
