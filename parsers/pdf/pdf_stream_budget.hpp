// How much poppler would decode to read a PDF's text, measured before poppler runs:
// poppler decodes streams while it reads them, with no limit of its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace skillmatch::parsers::pdf {

// Nullopt when the streams of `bytes` decode to at most `limit` bytes, else why not.
// Counted: every stream that is not an image, and an image too when a page uses it as
// content; every filter layer's output (FlateDecode, ASCIIHexDecode, ASCII85Decode,
// RunLengthDecode, LZWDecode; a stream behind any other filter counts its encoded
// bytes); a page content stream once per page that uses it, as poppler decodes it again
// for every page (the pages' /Contents are read from the file and from its object
// streams). Not seen: streams that are encrypted, and form XObjects drawn many times.
std::optional<std::string> check_decoded_size(std::string_view bytes, std::uint64_t limit);

}  // namespace skillmatch::parsers::pdf
