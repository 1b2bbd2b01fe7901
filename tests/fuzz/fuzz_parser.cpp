// One libFuzzer target per parser plugin's logic library: FUZZ_PARSER_HEADER and
// FUZZ_PARSER_CLASS come from tests/fuzz/CMakeLists.txt.
#include FUZZ_PARSER_HEADER

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return skillmatch::fuzz::fuzz_parser<skillmatch::parsers::FUZZ_PARSER_CLASS>(data, size);
}
