// A partial screen as bytes and back: how Dask moves shortlists between worker processes
// (pickle), exactly, so that merging them elsewhere gives the one screen's bytes.
#pragma once

#include <string>
#include <string_view>

#include <skillmatch/screen.hpp>

namespace skillmatch::python {

// Every field of `result`, scores bit for bit.
std::string encode_screen(const ScreenResult& result);
// encode_screen's bytes back; std::invalid_argument when they are not a whole encoding
// made by this skillmatch version (a worker of another install, or bytes cut short).
ScreenResult decode_screen(std::string_view bytes);

}  // namespace skillmatch::python
