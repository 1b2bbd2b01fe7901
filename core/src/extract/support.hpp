// Stage: which candidates become mentions. An unambiguous alias counts unless a forbid
// pattern of its skill (or a kind_forbid span, for its kind) covers it; an ambiguous one ("Go", "Spark",
// "reporting") needs support first: a list it is an item of, a Skills section, the sense
// model's verdict, an unambiguous neighbour, or a cue; then the forbid patterns have a say. A
// short acronym ("IAM") needs the document to show its technical domain (short_acronyms.hpp).
#pragma once

#include <cstdint>
#include <vector>

#include <skillmatch/document.hpp>

#include "../context_rules.hpp"
#include "../list_lines.hpp"
#include "../sense_model.hpp"
#include "alias_info.hpp"
#include "scratch.hpp"

namespace skillmatch::detail {

// What the stage reads; all of it outlives the extraction.
struct SupportRules {
  const std::vector<AliasInfo>& aliases;
  const ListLines& lists;
  const ContextRules& context;
  const SenseModel& senses;
  LabelRule labels;
  const ShortAcronymRule& short_acronyms;
};

// Sets scratch.accepted[k] for each of scratch.candidates, given scratch.list_lines and
// scratch.sections of `document`.
void decide_support(const SupportRules& rules, const Document& document, Scratch& scratch);

}  // namespace skillmatch::detail
