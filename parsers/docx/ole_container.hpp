// Recognizes OLE compound files (the pre-2007 Office container) well enough to tell the
// user what they sent: an encrypted Office document or a legacy Word .doc.
#pragma once

#include <string_view>

namespace skillmatch::parsers::docx {

enum class OleKind {
  kNotOle,
  kEncryptedPackage,  // an OOXML document saved with a password (EncryptionInfo + EncryptedPackage)
  kLegacyWord,        // a Word 97-2003 binary document (WordDocument stream)
  kOtherOle,          // .xls, .ppt, .msg...
};

// True when `head` starts with the compound file signature D0 CF 11 E0 A1 B1 1A E1.
bool has_ole_signature(std::string_view head);

OleKind classify_ole(std::string_view bytes);

}  // namespace skillmatch::parsers::docx
