// The JSON shapes other programs rely on (checked by ../shared/tools/check-contract):
// extend them, never break them.
#pragma once

#include <nlohmann/json.hpp>

#include <skillmatch/extractor.hpp>

namespace skillmatch::cli {

// {"source","id","parser","kind","title","sections":[{"name","offset","length"}],"metadata":{}}
nlohmann::json document_json(const Document& document);
// document_json plus "skills":[{"id","name","category","kind","implied_by":[ids],
// "mentions":[{"offset","length","line","column","section","text","negated"}]}]
nlohmann::json extraction_json(const Document& document, const Extraction& extraction, const Taxonomy& taxonomy);
// {"source","message"}
nlohmann::json error_json(const Error& error);
// A skill of the taxonomy: {"id","name","category","kind","aliases","implies"}
nlohmann::json skill_json(const Skill& skill);
// A role profile: {"id","name","aliases","summary","seed"}, and with_groups its
// "groups":[{"name","level","mode","min","weight","skills","shared_from"}]
nlohmann::json role_json(const Role& role, bool with_groups);

}  // namespace skillmatch::cli
