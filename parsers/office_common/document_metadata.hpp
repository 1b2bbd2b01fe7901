// Puts what a format's properties part says (title, author, producer) into a Document.
#pragma once

#include <string>
#include <string_view>

#include <skillmatch/document.hpp>

namespace skillmatch::parsers::office {

// Valid UTF-8 on one line, runs of whitespace as one space, trimmed.
std::string single_line(std::string_view text);

// Appends {key, single_line(value)} to document.metadata unless the value is blank.
void add_metadata(Document& document, std::string key, std::string_view value);

}  // namespace skillmatch::parsers::office
