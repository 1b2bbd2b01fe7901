// Files embedded into the executable at build time (see embed_assets.cmake): the web
// page under web/ and the OpenAPI document.
#pragma once

#include <string_view>

namespace skillmatch::cli::serve {

struct Asset {
  std::string_view name;  // file name, e.g. "index.html"
  std::string_view content;
};

// nullptr when no asset has that name.
const Asset* find_asset(std::string_view name);

}  // namespace skillmatch::cli::serve
