#include "office_common/list_numbering.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace skillmatch::parsers::office {
namespace {

std::string letters(int value) {
  // 1 -> a, 26 -> z, 27 -> aa: spreadsheet-style, as Word and LibreOffice count.
  std::string text;
  while (value > 0) {
    --value;
    text.insert(text.begin(), static_cast<char>('a' + value % 26));
    value /= 26;
  }
  return text;
}

std::string roman(int value) {
  static constexpr std::array<std::pair<int, const char*>, 13> kDigits = {{{1000, "m"},
                                                                           {900, "cm"},
                                                                           {500, "d"},
                                                                           {400, "cd"},
                                                                           {100, "c"},
                                                                           {90, "xc"},
                                                                           {50, "l"},
                                                                           {40, "xl"},
                                                                           {10, "x"},
                                                                           {9, "ix"},
                                                                           {5, "v"},
                                                                           {4, "iv"},
                                                                           {1, "i"}}};
  std::string text;
  for (const auto& [amount, digits] : kDigits) {
    while (value >= amount && text.size() < 32) {
      text += digits;
      value -= amount;
    }
  }
  return text;
}

std::string uppercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::string format_list_number(int value, NumberStyle style) {
  if (value < 1 && style != NumberStyle::kDecimal) value = 1;
  switch (style) {
    case NumberStyle::kBullet:
    case NumberStyle::kNone:
      return {};
    case NumberStyle::kDecimal:
      return std::to_string(value);
    case NumberStyle::kLowerLetter:
      return letters(value);
    case NumberStyle::kUpperLetter:
      return uppercase(letters(value));
    case NumberStyle::kLowerRoman:
      return roman(value);
    case NumberStyle::kUpperRoman:
      return uppercase(roman(value));
  }
  return {};
}

}  // namespace skillmatch::parsers::office
