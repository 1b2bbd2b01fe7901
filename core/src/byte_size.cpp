#include <skillmatch/byte_size.hpp>

#include <array>
#include <cctype>
#include <cmath>
#include <utility>

namespace skillmatch {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The multiplier a suffix stands for; 0 when it is none we know.
double multiplier(std::string_view suffix) {
  static const std::array<std::pair<const char*, double>, 14> kSuffixes = {{
      {"", 1}, {"b", 1},
      {"k", 0x1p10}, {"kib", 0x1p10}, {"kb", 1e3},
      {"m", 0x1p20}, {"mib", 0x1p20}, {"mb", 1e6},
      {"g", 0x1p30}, {"gib", 0x1p30}, {"gb", 1e9},
      {"t", 0x1p40}, {"tib", 0x1p40}, {"tb", 1e12},
  }};
  const std::string key = lower(suffix);
  for (const auto& [name, factor] : kSuffixes) {
    if (key == name) return factor;
  }
  return 0;
}

}  // namespace

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
  std::size_t i = 0;
  std::uint64_t whole = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    const std::uint64_t digit = static_cast<std::uint64_t>(text[i++] - '0');
    if (whole > (UINT64_MAX - digit) / 10) return std::nullopt;
    whole = whole * 10 + digit;
  }
  if (i == 0) return std::nullopt;
  double fraction = 0, scale = 0.1;
  if (i < text.size() && text[i] == '.') {
    const std::size_t start = ++i;
    for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i, scale /= 10) {
      fraction += (text[i] - '0') * scale;
    }
    if (i == start) return std::nullopt;
  }
  const double factor = multiplier(text.substr(i));
  if (factor == 0) return std::nullopt;
  // Whole numbers of bytes with no fraction stay exact integers (a double holds 53 bits).
  if (fraction == 0) {
    const auto exact = static_cast<std::uint64_t>(factor);
    if (exact != 0 && whole > UINT64_MAX / exact) return std::nullopt;
    return whole * exact;
  }
  const long double bytes = (static_cast<long double>(whole) + fraction) * factor;
  if (bytes >= 0x1p64L) return std::nullopt;
  return static_cast<std::uint64_t>(std::floor(bytes));
}

std::string format_byte_size(std::uint64_t bytes) {
  static constexpr std::pair<char, int> kUnits[] = {{'T', 40}, {'G', 30}, {'M', 20}, {'K', 10}};
  for (const auto& [unit, shift] : kUnits) {
    const std::uint64_t size = 1ull << shift;
    if (bytes != 0 && bytes % size == 0) return std::to_string(bytes / size) + unit;
  }
  return std::to_string(bytes);
}

}  // namespace skillmatch
