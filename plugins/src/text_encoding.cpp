#include <skillmatch/text_encoding.hpp>

#include <array>
#include <cstdint>
#include <cstring>

namespace skillmatch::text {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

void append_code_point(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Length of the well-formed UTF-8 sequence at bytes[i], or 0 if it is malformed
// (Unicode 15, table 3-7: no overlongs, no surrogates, nothing past U+10FFFF).
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char second_min = 0x80, second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_min = 0xA0;
    if (lead == 0xED) second_max = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_min = 0x90;
    if (lead == 0xF4) second_max = 0x8F;
  } else {
    return 0;
  }
  if (i + length > bytes.size()) return 0;
  if (byte(i + 1) < second_min || byte(i + 1) > second_max) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

// Windows-1252's 0x80-0x9F block; 0 marks the five undefined bytes.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string decode_windows1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char c : bytes) {
    if (c >= 0x80 && c <= 0x9F) {
      const char16_t mapped = kWindows1252High[c - 0x80];
      if (mapped == 0) {
        out += kReplacement;
      } else {
        append_code_point(out, mapped);
      }
    } else {
      append_code_point(out, c);
    }
  }
  return out;
}

std::string decode_utf16(std::string_view bytes, bool big_endian) {
  std::string out;
  out.reserve(bytes.size());
  const auto unit_at = [&](std::size_t i) -> char16_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? static_cast<char16_t>((a << 8) | b) : static_cast<char16_t>((b << 8) | a);
  };
  std::size_t i = 0;
  while (i + 1 < bytes.size()) {
    const char16_t unit = unit_at(i);
    i += 2;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      if (i + 1 < bytes.size()) {
        const char16_t low = unit_at(i);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          i += 2;
          append_code_point(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
          continue;
        }
      }
      out += kReplacement;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      out += kReplacement;
    } else {
      append_code_point(out, unit);
    }
  }
  if (i < bytes.size()) out += kReplacement;  // an odd trailing byte
  return out;
}

// The first index at or after `i` that holds a non-ASCII byte (or the size): text is
// mostly ASCII, so it is checked eight bytes at a time.
std::size_t skip_ascii(std::string_view bytes, std::size_t i) {
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    if ((word & 0x8080808080808080ull) != 0) break;
  }
  while (i < bytes.size() && static_cast<unsigned char>(bytes[i]) < 0x80) ++i;
  return i;
}

// Bytes normalize_text() copies unchanged: printable ASCII, line feed and tab.
constexpr std::array<bool, 256> kKeptAsIs = [] {
  std::array<bool, 256> table{};
  for (int c = 0x20; c < 0x7F; ++c) table[c] = true;
  table['\n'] = table['\t'] = true;
  return table;
}();

}  // namespace

std::size_t find_invalid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    i = skip_ascii(bytes, i);
    if (i == bytes.size()) break;
    const std::size_t length = utf8_sequence_length(bytes, i);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view bytes) { return find_invalid_utf8(bytes) == std::string_view::npos; }

std::string_view to_string(Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf8: return "UTF-8";
    case Encoding::kUtf8Bom: return "UTF-8 with BOM";
    case Encoding::kUtf16Le: return "UTF-16LE";
    case Encoding::kUtf16Be: return "UTF-16BE";
    case Encoding::kWindows1252: return "Windows-1252";
  }
  return "unknown";
}

std::string decode_to_utf8(std::string_view bytes, Encoding* chosen) {
  Encoding encoding = Encoding::kUtf8;
  std::string out;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    encoding = Encoding::kUtf8Bom;
    out = repair_utf8(bytes.substr(3));
  } else if (bytes.substr(0, 2) == "\xFF\xFE") {
    encoding = Encoding::kUtf16Le;
    out = decode_utf16(bytes.substr(2), false);
  } else if (bytes.substr(0, 2) == "\xFE\xFF") {
    encoding = Encoding::kUtf16Be;
    out = decode_utf16(bytes.substr(2), true);
  } else if (is_valid_utf8(bytes)) {
    out.assign(bytes);
  } else {
    encoding = Encoding::kWindows1252;
    out = decode_windows1252(bytes);
  }
  if (chosen != nullptr) *chosen = encoding;
  return out;
}

std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t ascii_end = skip_ascii(bytes, i);
    out.append(bytes.data() + i, ascii_end - i);
    i = ascii_end;
    if (i == bytes.size()) break;
    const std::size_t length = utf8_sequence_length(bytes, i);
    if (length == 0) {
      out += kReplacement;
      ++i;
    } else {
      out.append(bytes.substr(i, length));
      i += length;
    }
  }
  return out;
}

std::string normalize_text(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    std::size_t run = i;
    while (run < utf8.size() && kKeptAsIs[static_cast<unsigned char>(utf8[run])]) ++run;
    out.append(utf8.data() + i, run - i);
    if (run == utf8.size()) break;
    i = run;
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c == '\r') {
      out.push_back('\n');
      if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
    } else if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F)) {
      if (c == 0xEF && utf8.substr(i, 3) == "\xEF\xBB\xBF") {
        i += 2;  // a zero-width no-break space carries no text
        continue;
      }
      if (c == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) < 0xA0) {
        ++i;  // C1 control characters U+0080-U+009F
        continue;
      }
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string title_line(std::string_view utf8, std::size_t max_characters) {
  std::string line;
  std::size_t characters = 0;
  bool space_pending = false;
  for (const char c : utf8) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      space_pending = !line.empty();
      continue;
    }
    // A continuation byte belongs to the character already counted and kept.
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      const std::size_t needed = characters + (space_pending ? 2 : 1);
      if (needed > max_characters) break;
      if (space_pending) line += ' ';
      characters = needed;
      space_pending = false;
    }
    line += c;
  }
  return line;
}

}  // namespace skillmatch::text
