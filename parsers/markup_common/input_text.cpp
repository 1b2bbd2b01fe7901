#include "markup_common/input_text.hpp"

#include <skillmatch/text_encoding.hpp>

namespace skillmatch::markup {

std::optional<std::string> oversize_message(std::string_view bytes, const plugin::Limits& limits) {
  if (bytes.size() <= limits.max_file_bytes) return std::nullopt;
  return "file is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
         std::to_string(limits.max_file_bytes);
}

std::string_view json_text(std::string_view bytes, std::string& storage) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    storage = text::decode_to_utf8(bytes);
    return storage;
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  return bytes;
}

std::string decode_markup(std::string_view bytes, plugin::DocumentSink& sink) {
  text::Encoding encoding = text::Encoding::kUtf8;
  std::string decoded = text::decode_to_utf8(bytes, &encoding);
  if (encoding == text::Encoding::kWindows1252) {
    sink.warn("not valid UTF-8 (byte " + std::to_string(text::find_invalid_utf8(bytes)) + "); read as Windows-1252");
  }
  return decoded;
}

}  // namespace skillmatch::markup
