// Every occurrence of a set of literals in a text, found in one pass: the prefilter that
// tells context_rules where a pattern may match, so RE2 runs only there.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace skillmatch::detail {

struct LiteralHit {
  std::size_t offset;
  std::uint32_t literal;  // index in the list the scanner was built from
};

class LiteralScan {
 public:
  LiteralScan() = default;
  // Literals are at least two bytes long: the scan filters positions on a literal's first
  // two or three bytes.
  static constexpr std::size_t kMinLength = 2;
  // Literals match ignoring the case of ASCII and Latin-1 letters, a superset of what a
  // case-insensitive RE2 matches in either encoding. Throws std::invalid_argument for a
  // literal shorter than kMinLength.
  explicit LiteralScan(const std::vector<std::string>& literals);

  // Replaces `hits` with every occurrence, overlapping ones included, by offset.
  void find(std::string_view text, std::vector<LiteralHit>& hits) const;
  std::size_t length(std::uint32_t literal) const { return literals_[literal].size(); }

 private:
  // A 16-bit hash of four folded bytes, the first in the lowest byte.
  static unsigned hash(std::uint32_t bytes) { return (bytes * 2654435761u) >> 16; }
  using Bits = std::array<std::uint64_t, 65536 / 64>;
  static bool test(const Bits& bits, unsigned bit) { return (bits[bit / 64] >> (bit % 64) & 1) != 0; }
  static void set(Bits& bits, unsigned bit) { bits[bit / 64] |= std::uint64_t{1} << (bit % 64); }
  // The literals that start at `i`, appended to `hits`.
  void match_at(std::string_view text, std::size_t i, unsigned first, std::vector<LiteralHit>& hits) const;

  std::vector<std::string> literals_;                          // folded
  std::array<std::vector<std::uint32_t>, 256> by_first_byte_;  // literal ids by folded first byte
  // Filters on the bytes at a position: hash() of the first four bytes of the literals of
  // three bytes or more (a three-byte one with every fourth byte), and the first byte of
  // those of two (quotes and brackets: rare bytes).
  Bits quads_{};
  std::array<bool, 256> starts_pair_{};
};

}  // namespace skillmatch::detail
