// Byte offsets to 1-based lines and code-point columns, for the mentions of one document.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace skillmatch::detail {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  // The line and column of `offset`. Offsets asked in increasing order continue from the
  // previous answer, so a long line with many mentions is read once.
  std::pair<std::uint32_t, std::uint32_t> locate(std::size_t offset);

 private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_;  // documents are under 4 GiB
  std::uint32_t last_line_ = 0;
  std::size_t last_offset_ = 0;
  std::uint32_t last_column_ = 1;
};

}  // namespace skillmatch::detail
