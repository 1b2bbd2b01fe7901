// A JSON Resume (jsonresume.org/schema, v1.0.0; v0.x "company"/"website" names too) as
// the resume a reader sees: name and label, contact line, then the sections.
#pragma once

#include <nlohmann/json.hpp>
#include <skillmatch/document.hpp>

namespace skillmatch::parsers::jsonresume {

// True when `root` has the keys of a JSON Resume resume ("basics", or "work" with
// "education" or "skills").
bool is_jsonresume_resume(const nlohmann::json& root);

Document read_resume(const nlohmann::json& resume);

}  // namespace skillmatch::parsers::jsonresume
