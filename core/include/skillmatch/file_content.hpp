// The bytes of an input file, read into memory. Not memory-mapped: a mapped file that was
// truncated while it was read raised SIGBUS, which killed the whole batch with no message
// and no output; reading costs little more (see file_content.cpp).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>

#include <skillmatch/result.hpp>

namespace skillmatch {

class FileContent {
 public:
  // Reads `path`; fails (as a value) on anything but a readable regular file of at most
  // `max_bytes`, with a message that names the problem. A file that shrinks while it is
  // read gives the bytes that were there; one that grows, its first `size` bytes as
  // stat saw them.
  static Result<FileContent> open(const std::filesystem::path& path, std::uint64_t max_bytes);

  std::string_view bytes() const { return bytes_; }

 private:
  explicit FileContent(std::string bytes) : bytes_(std::move(bytes)) {}
  std::string bytes_;
};

}  // namespace skillmatch
