#include "line_index.hpp"

#include <algorithm>

namespace skillmatch::detail {

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
  for (std::size_t i = last_offset_; i < offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++last_column_;
  }
  last_offset_ = offset;
  return {line, last_column_};
}

}  // namespace skillmatch::detail
