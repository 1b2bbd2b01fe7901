// The bytes of an input file: small files read into memory, large ones memory-mapped so
// a big feed is not copied (mapping and unmapping a few-KB resume costs more than reading it).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <skillmatch/result.hpp>

namespace skillmatch {

class FileContent {
 public:
  // Files up to this size are read, larger ones mapped.
  static constexpr std::uint64_t kMapThreshold = 1ull << 20;

  // Reads or maps `path`; fails (as a value) on anything but a readable regular file of
  // at most `max_bytes`, with a message that names the problem.
  static Result<FileContent> open(const std::filesystem::path& path, std::uint64_t max_bytes);

  FileContent(FileContent&& other) noexcept;
  FileContent& operator=(FileContent&& other) noexcept;
  FileContent(const FileContent&) = delete;
  FileContent& operator=(const FileContent&) = delete;
  ~FileContent();

  std::string_view bytes() const { return mapped_ != nullptr ? std::string_view(mapped_, size_) : std::string_view(read_); }

 private:
  FileContent(const char* mapped, std::size_t size) : mapped_(mapped), size_(size) {}
  explicit FileContent(std::string read) : read_(std::move(read)) {}
  void release();
  const char* mapped_ = nullptr;
  std::size_t size_ = 0;
  std::string read_;
};

}  // namespace skillmatch
