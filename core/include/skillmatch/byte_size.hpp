// Sizes as people type them: "64M", "512K", "1G", "1GiB", "1.5GB", "1048576".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace skillmatch {

// K, M, G, T and KiB, MiB, GiB, TiB are powers of 1024; KB, MB, GB, TB powers of 1000
// (as GNU coreutils reads them); B or no suffix is bytes; case does not matter. nullopt
// for anything else, a negative size, or one past 2^64 - 1 bytes.
std::optional<std::uint64_t> parse_byte_size(std::string_view text);

// The shortest exact spelling parse_byte_size reads back: "64M", "256M", "1000", "1G".
std::string format_byte_size(std::uint64_t bytes);

}  // namespace skillmatch
