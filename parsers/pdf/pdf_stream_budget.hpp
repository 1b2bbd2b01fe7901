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
// bytes). Poppler decodes content again each time it is drawn, so a page content stream
// counts once per page whose /Contents names it (in the file or in an object stream),
// and a form XObject once per Do of a name bound to it anywhere in the file (the
// costliest form of that name, with the forms it draws in turn). Not seen: encrypted
// streams, and a /Filter written as an indirect reference.
std::optional<std::string> check_decoded_size(std::string_view bytes, std::uint64_t limit);

}  // namespace skillmatch::parsers::pdf
