// The JSON shapes other programs rely on (checked by ../shared/tools/check-contract):
// extend them, never break them.
#pragma once

#include <iosfwd>

#include <nlohmann/json.hpp>

#include <skillmatch/extractor.hpp>

namespace skillmatch {

// The text of `value` (indented when indent >= 0); bytes that are not UTF-8, as a file
// name may hold, print as U+FFFD rather than stopping the program.
std::string json_text(const nlohmann::json& value, int indent = -1);

// {"source","id","parser","kind","title","sections":[{"name","offset","length"}],"metadata":{}}
nlohmann::json document_json(const Document& document);
// document_json plus "skills":[{"id","name","category","kind","implied_by":[ids],
// "mentions":[{"offset","length","line","column","section","text","negated"}]}], a skill with
// "esco" and "onet" when it has those codes
nlohmann::json extraction_json(const Document& document, const Extraction& extraction, const Taxonomy& taxonomy);
// The same two shapes appended to `out` as JSON text, without building a tree: what batch
// commands print per document. The tree forms above are parsed from this text, so both
// always agree. With `with_text`, the document's "text" too (after "source").
void write_document_json(std::string& out, const Document& document);
void write_extraction_json(std::string& out, const Document& document, const Extraction& extraction,
                           const Taxonomy& taxonomy, bool with_text = false);
// The same extraction JSON written to `out` as it is produced, in pieces of about 64 KB:
// a huge document's JSON (four to five times its text) is never held whole. With
// `with_text`, the document's "text" too (after "source").
void write_extraction_json(std::ostream& out, const Document& document, const Extraction& extraction,
                           const Taxonomy& taxonomy, bool with_text = false);
// document_json's shape with the document's "text" (after "source"), written as it is
// produced: what `text --format json` prints per document.
void write_document_text_json(std::ostream& out, const Document& document);
// {"source","message"}
nlohmann::json error_json(const Error& error);
// A skill of the taxonomy: {"id","name","category","kind","aliases","implies"}, plus "esco"
// and "onet" when the skill has those codes (absent, never empty, when it has not)
nlohmann::json skill_json(const Skill& skill);
// A role profile: {"id","name","aliases","summary","seed"}, and with_groups its
// "groups":[{"name","level","mode","min","weight","skills","shared_from"}]
nlohmann::json role_json(const Role& role, bool with_groups);

}  // namespace skillmatch
