#include "office_common/input_checks.hpp"

#include <cctype>

namespace skillmatch::parsers::office {

bool has_zip_signature(std::string_view bytes) { return bytes.starts_with(std::string_view("PK\x03\x04", 4)); }

std::string extension_of(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  std::string extension(path.substr(dot));
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

std::optional<std::string> check_container_size(std::string_view bytes, const plugin::Limits& limits) {
  if (bytes.empty()) return "empty file";
  if (bytes.size() > limits.max_file_bytes) {
    return "file is " + std::to_string(bytes.size()) + " bytes, over the limit of " + std::to_string(limits.max_file_bytes);
  }
  return std::nullopt;
}

}  // namespace skillmatch::parsers::office
