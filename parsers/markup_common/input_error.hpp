// Bad input found deep inside a helper (JSON nested too deep, HTML too deep): thrown,
// and caught where the parser knows whether it fails the file or skips one feed entry.
#pragma once

#include <stdexcept>
#include <string>

namespace skillmatch::markup {

class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace skillmatch::markup
