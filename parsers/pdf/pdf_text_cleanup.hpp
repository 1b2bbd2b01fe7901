// Tidies the text poppler extracts: words hyphenated across a line end joined again,
// soft hyphens dropped, trailing spaces and runs of blank lines removed.
#pragma once

#include <string>
#include <string_view>

namespace skillmatch::parsers::pdf {

// "engi-\nneering" -> "engineering" when the next line starts lowercase (a capital or a
// digit after the break means the hyphen is real: "Jan-\nMar", "COVID-\n19"). The rest
// of the next line moves up, so no word is split. Soft hyphens (U+00AD) are removed.
std::string rejoin_hyphenated_lines(std::string_view text);

// Strips spaces and tabs at line ends, collapses three or more line breaks into one
// blank line and trims blank lines at both ends.
std::string tidy_lines(std::string_view text);

}  // namespace skillmatch::parsers::pdf
