// The error type the office parsers throw for a problem with the input itself (corrupt,
// over a limit, unsupported variant). parse() turns it into a one-line ParseStatus::failure;
// anything else escaping is a bug and reaches the plugin's exception barrier instead.
#pragma once

#include <stdexcept>

namespace skillmatch::parsers::office {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace skillmatch::parsers::office
