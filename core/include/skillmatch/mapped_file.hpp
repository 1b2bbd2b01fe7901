// A read-only view of an input file: large files are memory-mapped so they are not copied
// into memory; small ones are read into a buffer, since mapping costs more than copying
// them (a page fault per page, and on unmapping a TLB flush on every core the process runs
// on, which a screen of 100k resumes on several threads pays 100k times).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <skillmatch/result.hpp>

namespace skillmatch {

class MappedFile {
 public:
  // Files up to this size are read rather than mapped.
  static constexpr std::uint64_t kReadBelowBytes = 256 * 1024;

  // Opens `path` read-only; fails (as a value) on anything but a readable regular file of
  // at most `max_bytes`, with a message that names the problem.
  static Result<MappedFile> open(const std::filesystem::path& path, std::uint64_t max_bytes);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const {
    return data_ != nullptr ? std::string_view(static_cast<const char*>(data_), size_) : std::string_view(read_);
  }

 private:
  MappedFile(void* data, std::size_t size) : data_(data), size_(size) {}
  explicit MappedFile(std::string read) : read_(std::move(read)) {}
  void* data_ = nullptr;  // the mapping, or null when the file was read
  std::size_t size_ = 0;
  std::string read_;
};

}  // namespace skillmatch
