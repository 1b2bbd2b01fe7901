#include "docx/ole_container.hpp"

#include <string>

namespace skillmatch::parsers::docx {
namespace {

constexpr std::string_view kOleSignature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

// Directory entry names are stored as UTF-16LE; finding one is enough to classify the
// file, so the compound file's sector chains need not be followed.
bool contains_stream_name(std::string_view bytes, std::string_view ascii_name) {
  std::string utf16;
  for (char c : ascii_name) {
    utf16 += c;
    utf16 += '\0';
  }
  return bytes.find(utf16) != std::string_view::npos;
}

}  // namespace

bool has_ole_signature(std::string_view head) { return head.substr(0, kOleSignature.size()) == kOleSignature; }

OleKind classify_ole(std::string_view bytes) {
  if (!has_ole_signature(bytes)) return OleKind::kNotOle;
  if (contains_stream_name(bytes, "EncryptedPackage") || contains_stream_name(bytes, "EncryptionInfo")) {
    return OleKind::kEncryptedPackage;
  }
  if (contains_stream_name(bytes, "WordDocument")) return OleKind::kLegacyWord;
  return OleKind::kOtherOle;
}

}  // namespace skillmatch::parsers::docx
