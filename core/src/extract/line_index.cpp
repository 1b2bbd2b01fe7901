#include "line_index.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace skillmatch::detail {
namespace {

// The code points that start in text[from, to): the bytes that are no UTF-8 continuation
// byte (10xxxxxx). Counted eight bytes at a time: a one-line document is read whole here,
// and a byte at a time this was about 7 instructions a byte.
std::size_t code_points(std::string_view text, std::size_t from, std::size_t to) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
  std::size_t count = 0;
  for (; from + 8 <= to; from += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, text.data() + from, 8);
    // Bit 7 of each byte set where bit 7 is 1 and bit 6 is 0 (shifted up into bit 7).
    count += 8 - static_cast<std::size_t>(std::popcount(chunk & ~(chunk << 1) & kHighBits));
  }
  for (; from < to; ++from) count += (static_cast<unsigned char>(text[from]) & 0xC0) != 0x80;
  return count;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    starts_.push_back(static_cast<std::uint32_t>(i + 1));
  }
}

std::pair<std::uint32_t, std::uint32_t> LineIndex::locate(std::size_t offset) {
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset) - 1;
  const auto line = static_cast<std::uint32_t>(it - starts_.begin()) + 1;
  if (line != last_line_ || offset < last_offset_) {
    last_line_ = line;
    last_offset_ = *it;
    last_column_ = 1;
  }
  last_column_ += static_cast<std::uint32_t>(code_points(text_, last_offset_, offset));
  last_offset_ = offset;
  return {line, last_column_};
}

}  // namespace skillmatch::detail
