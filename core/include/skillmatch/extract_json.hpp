// What `skillmatch extract --format json` prints around its documents, for every front end
// that prints that report (the CLI writes it as the documents come; the Python binding
// from text in memory): {"documents":[DOCUMENT,...],"errors":[ERROR,...]} and a newline.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <skillmatch/result.hpp>

namespace skillmatch {

// What comes before the first document.
std::string_view extract_json_opening();
// What comes after the last: the errors in their order, then the end of the report.
std::string extract_json_closing(const std::vector<Error>& errors);

}  // namespace skillmatch
