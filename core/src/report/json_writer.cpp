#include <skillmatch/json_writer.hpp>

#include <array>
#include <charconv>
#include <ostream>
#include <skillmatch/text_encoding.hpp>

namespace skillmatch {
namespace {

// ASCII bytes printed as they are: all but control characters, quote and backslash.
constexpr std::array<bool, 256> kPlainAscii = [] {
  std::array<bool, 256> table{};
  for (int c = 0x20; c < 0x80; ++c) table[c] = c != '"' && c != '\\';
  return table;
}();

// Escapes `text` between the quotes. UTF-8 is checked only once a non-ASCII byte shows up
// (keys and most values never have one); broken UTF-8 is repaired as the parsers do.
void append_escaped_body(std::string& out, std::string_view text, bool utf8_checked) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t i = 0;
  while (i < text.size()) {
    // Most bytes need nothing: copy each run of them at once.
    std::size_t plain = i;
    while (plain < text.size() && kPlainAscii[static_cast<unsigned char>(text[plain])]) ++plain;
    out.append(text.data() + i, plain - i);
    i = plain;
    if (i == text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      if (!utf8_checked) {
        if (!text::is_valid_utf8(text.substr(i))) {
          append_escaped_body(out, text::repair_utf8(text.substr(i)), true);
          return;
        }
        utf8_checked = true;
      }
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:  // the other control characters
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
    }
    ++i;
  }
}

void append_escaped(std::string& out, std::string_view text) {
  out.push_back('"');
  append_escaped_body(out, text, false);
  out.push_back('"');
}

}  // namespace

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_value_.empty()) {
    if (has_value_.back()) out_.push_back(',');
    has_value_.back() = true;
  }
}

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  out_.push_back(bracket);
  has_value_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  out_.push_back(bracket);
  has_value_.pop_back();
  spill();
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  separate();
  append_escaped(out_, name);
  out_.push_back(':');
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  separate();
  if (sink_ == nullptr || text.size() <= kSpillBytes) {
    append_escaped(out_, text);
    spill();
    return *this;
  }
  // A long string (a document's text) is escaped a piece at a time and spilled between
  // pieces: its escaped copy, grown by doubling, was three times the text. UTF-8 is checked
  // (and repaired) whole first, so a piece may end inside a character.
  std::string repaired;
  if (!text::is_valid_utf8(text)) {
    repaired = text::repair_utf8(text);
    text = repaired;
  }
  out_.push_back('"');
  for (std::size_t at = 0; at < text.size(); at += kSpillBytes) {
    append_escaped_body(out_, text.substr(at, kSpillBytes), true);
    spill();
  }
  out_.push_back('"');
  spill();
  return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t number) {
  separate();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
  out_.append(digits, end);
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  separate();
  out_ += flag ? "true" : "false";
  return *this;
}

void JsonWriter::flush() {
  if (sink_ == nullptr) return;
  sink_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
  out_.clear();
}

}  // namespace skillmatch
