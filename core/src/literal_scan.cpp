#include "literal_scan.hpp"

#include <stdexcept>

namespace skillmatch::detail {
namespace {

// ASCII and Latin-1 capitals to small letters (not U+00D7, the multiplication sign).
constexpr std::array<unsigned char, 256> kFold = [] {
  std::array<unsigned char, 256> fold{};
  for (unsigned byte = 0; byte < 256; ++byte) {
    const bool capital = (byte >= 'A' && byte <= 'Z') || (byte >= 0xC0 && byte <= 0xDE && byte != 0xD7);
    fold[byte] = static_cast<unsigned char>(capital ? byte + 0x20 : byte);
  }
  return fold;
}();

unsigned char fold(char c) { return kFold[static_cast<unsigned char>(c)]; }

}  // namespace

LiteralScan::LiteralScan(const std::vector<std::string>& literals) {
  for (const std::string& literal : literals) {
    if (literal.size() < kMinLength) throw std::invalid_argument("LiteralScan: literal '" + literal + "' is too short");
    std::string folded;
    for (const char c : literal) folded += static_cast<char>(fold(c));
    const auto first = static_cast<unsigned char>(folded[0]);
    by_first_byte_[first].push_back(static_cast<std::uint32_t>(literals_.size()));
    std::uint32_t bytes = 0;
    for (std::size_t k = 0; k < std::min<std::size_t>(4, folded.size()); ++k) {
      bytes |= std::uint32_t{static_cast<unsigned char>(folded[k])} << (8 * k);
    }
    if (folded.size() == 2) starts_pair_[first] = true;
    for (std::uint32_t fourth = 0; fourth < 256 && folded.size() == 3; ++fourth) set(quads_, hash(bytes | fourth << 24));
    if (folded.size() > 3) set(quads_, hash(bytes));
    literals_.push_back(std::move(folded));
  }
}

void LiteralScan::find(std::string_view text, std::vector<LiteralHit>& hits) const {
  hits.clear();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  // The four folded bytes from i on (0 past the end), the first in the lowest byte.
  std::uint32_t ahead = 0;
  for (std::size_t k = 0; k < 3 && k < size; ++k) ahead |= std::uint32_t{kFold[bytes[k]]} << (8 * (k + 1));
  for (std::size_t i = 0; i + kMinLength <= size; ++i) {
    ahead = ahead >> 8 | std::uint32_t{i + 3 < size ? kFold[bytes[i + 3]] : 0u} << 24;
    // One branch, rarely taken, rather than two.
    if (test(quads_, hash(ahead)) | starts_pair_[ahead & 0xFF]) {
      match_at(text, i, ahead & 0xFF, hits);
    }
  }
}

void LiteralScan::match_at(std::string_view text, std::size_t i, unsigned first, std::vector<LiteralHit>& hits) const {
  for (const std::uint32_t id : by_first_byte_[first]) {
    const std::string& literal = literals_[id];
    if (literal.size() > text.size() - i) continue;
    std::size_t k = 1;
    while (k < literal.size() && fold(text[i + k]) == static_cast<unsigned char>(literal[k])) ++k;
    if (k == literal.size()) hits.push_back({i, id});
  }
}

}  // namespace skillmatch::detail
