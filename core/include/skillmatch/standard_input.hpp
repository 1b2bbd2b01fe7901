// Standard input as an input file: "-" on the command line (`cat resume.txt | skillmatch
// extract -`), read whole, then sniffed like any file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <skillmatch/result.hpp>

namespace skillmatch {

// What stands for standard input among the paths a user gives.
inline constexpr std::string_view kStandardInputPath = "-";
// Its name in output unless the user names it (--stdin-name).
inline constexpr std::string_view kStandardInputName = "<stdin>";

// Reads standard input to its end; fails (as a value naming `name`) past `max_bytes`,
// without reading more than one byte past it.
Result<std::string> read_standard_input(const std::string& name, std::uint64_t max_bytes);

}  // namespace skillmatch
