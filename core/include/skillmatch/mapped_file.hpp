// A read-only memory map of an input file, so large inputs are not copied into memory.
#pragma once

#include <filesystem>
#include <string_view>

#include <skillmatch/result.hpp>

namespace skillmatch {

class MappedFile {
 public:
  // Maps `path` read-only; fails (as a value) on anything but a readable regular file of
  // at most `max_bytes`, with a message that names the problem.
  static Result<MappedFile> open(const std::filesystem::path& path, std::uint64_t max_bytes);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

 private:
  MappedFile(void* data, std::size_t size) : data_(data), size_(size) {}
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace skillmatch
