// Test support: builds ZIP containers at run time with libzip (so tests can make zip
// bombs, many-entry archives and hand-written DOCX/ODT parts without committing them).
#pragma once

#include <zip.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

namespace skillmatch::testing {

struct ZipEntry {
  std::string name;
  std::string content;
  bool stored = false;  // uncompressed, as ODF's mimetype entry must be
};

// The bytes of a ZIP archive holding `entries` in order.
inline std::string make_zip(const std::vector<ZipEntry>& entries) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("skillmatch-test-" + std::to_string(::getpid()) + "-" +
                                      std::to_string(reinterpret_cast<std::uintptr_t>(&entries)) + ".zip");
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open failed");
  for (const auto& entry : entries) {
    zip_source_t* source = zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
    const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("zip_file_add failed");
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close failed");
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

}  // namespace skillmatch::testing
