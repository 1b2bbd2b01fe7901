// Static-site front matter (YAML between "---" lines, TOML between "+++" lines) is
// metadata, not text a reader sees.
#pragma once

#include <string_view>

namespace skillmatch::parsers::markdown {

// `text` without its leading front matter block; `text` itself when there is none (a
// "---" with no closing line is a thematic break, not front matter).
std::string_view skip_front_matter(std::string_view text);

}  // namespace skillmatch::parsers::markdown
