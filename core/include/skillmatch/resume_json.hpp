// A resume's structure as JSON: the "profile" of extract's JSON, and a JSON Resume document
// (https://jsonresume.org/schema) for `extract --format jsonresume`.
#pragma once

#include <string>

#include <skillmatch/json_writer.hpp>
#include <skillmatch/resume_structure.hpp>
#include <skillmatch/taxonomy.hpp>

namespace skillmatch {

// {"contact":{"name","label","email","phone","links"},"positions":[{"title","employer","start",
// "end","ongoing","months","project","skills":[ids]}],"education":[{"degree","institution","year"}]}
// as compact JSON text; a contact field, an employer, a degree, an institution or a year
// is left out when the resume gives none.
std::string profile_json_text(const ResumeStructure& resume, const Taxonomy& taxonomy);
// The same JSON written into `out`, with no tree built: what extract's JSON writes per resume.
void write_profile_json(JsonWriter& out, const ResumeStructure& resume, const Taxonomy& taxonomy);

// A JSON Resume document as compact JSON text: basics (name, label, email, phone, url,
// profiles), work (jobs), projects (dated projects), education, and skills grouped by
// category (skills a mention shows, not negated ones nor those only implied); meta names
// the source document.
std::string json_resume_text(const ResumeStructure& resume, const Document& document, const Extraction& extraction,
                             const Taxonomy& taxonomy);

}  // namespace skillmatch
