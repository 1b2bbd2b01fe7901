// MappedFile: small files are read, large ones mapped, and both give the file's bytes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <skillmatch/mapped_file.hpp>

namespace skillmatch {
namespace {

namespace fs = std::filesystem;

fs::path write_file(const std::string& name, const std::string& bytes) {
  const fs::path path = fs::temp_directory_path() / ("skillmatch-mapped-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(MappedFile, SmallAndLargeFilesGiveTheirBytes) {
  for (const std::size_t size : {std::size_t{1}, std::size_t{4000}, std::size_t{MappedFile::kReadBelowBytes - 1},
                                 std::size_t{MappedFile::kReadBelowBytes}, std::size_t{MappedFile::kReadBelowBytes * 3}}) {
    std::string bytes(size, 'x');
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + i % 26);
    const fs::path path = write_file(std::to_string(size), bytes);
    auto file = MappedFile::open(path, 1 << 30);
    ASSERT_TRUE(file) << size;
    MappedFile moved = std::move(file).value();  // the bytes survive a move
    EXPECT_EQ(moved.bytes(), bytes) << size;
    fs::remove(path);
  }
}

TEST(MappedFile, RefusesEmptyMissingAndTooLarge) {
  const fs::path empty = write_file("empty", "");
  EXPECT_FALSE(MappedFile::open(empty, 100));
  fs::remove(empty);
  EXPECT_FALSE(MappedFile::open(fs::temp_directory_path() / "skillmatch-no-such-file", 100));
  const fs::path big = write_file("big", std::string(200, 'x'));
  EXPECT_FALSE(MappedFile::open(big, 100));
  fs::remove(big);
  EXPECT_FALSE(MappedFile::open(fs::temp_directory_path(), 100));  // a directory
}

}  // namespace
}  // namespace skillmatch
