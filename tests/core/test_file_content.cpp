// Input bytes: read into memory, exactly as they are, and kept when the file changes.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <skillmatch/file_content.hpp>
#include "scratch_dir.hpp"

namespace {

namespace fs = std::filesystem;
using skillmatch::FileContent;

fs::path scratch_file(const std::string& name, const std::string& bytes) {
  const fs::path folder = skillmatch::testing::test_tmp() / "skillmatch-file-content";
  fs::create_directories(folder);
  std::ofstream(folder / name, std::ios::binary) << bytes;
  return folder / name;
}

TEST(FileContent, SmallAndLargeFilesGiveTheirExactBytes) {
  for (const std::size_t size : {std::size_t{1}, std::size_t{4096}, std::size_t{1} << 20, (std::size_t{1} << 20) + 1,
                                 std::size_t{3} << 20}) {
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + i % 26);
    const auto content = FileContent::open(scratch_file("f" + std::to_string(size), bytes), 64ull << 20);
    ASSERT_TRUE(content.ok()) << size;
    EXPECT_EQ(content.value().bytes(), bytes) << size;
  }
}

TEST(FileContent, MovedContentKeepsItsBytes) {
  const std::string big((std::size_t{1} << 20) + 10, 'x');
  auto small = FileContent::open(scratch_file("small", "hello"), 1 << 30);
  auto large = FileContent::open(scratch_file("large", big), 1 << 30);
  ASSERT_TRUE(small.ok() && large.ok());
  FileContent moved_small = std::move(small).value();
  FileContent moved_large = std::move(large).value();
  EXPECT_EQ(moved_small.bytes(), "hello");
  EXPECT_EQ(moved_large.bytes(), big);
  moved_small = std::move(moved_large);
  EXPECT_EQ(moved_small.bytes(), big);
}

// Regression: files over 1 MiB were memory-mapped, and touching a mapped page past the end
// of a file truncated meanwhile raised SIGBUS, which killed the whole batch with no
// message. The bytes read stay readable whatever happens to the file.
TEST(FileContent, AFileTruncatedAfterItWasOpenedKeepsItsBytes) {
  const std::string bytes(std::size_t{8} << 20, 'x');
  const fs::path file = scratch_file("truncated", bytes);
  EXPECT_EXIT(
      {
        const auto content = FileContent::open(file, 64ull << 20);
        fs::resize_file(file, 0);
        const std::string_view read = content.value().bytes();
        std::_Exit(std::count(read.begin(), read.end(), 'x') == static_cast<std::ptrdiff_t>(bytes.size()) ? 0 : 1);
      },
      testing::ExitedWithCode(0), "");
}

TEST(FileContent, ProblemsNameTheFile) {
  const fs::path empty = scratch_file("empty", "");
  const auto result = FileContent::open(empty, 100);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().subject, empty.string());
  EXPECT_EQ(result.error().message, "empty file");
  const auto too_large = FileContent::open(scratch_file("ten", "0123456789"), 5);
  ASSERT_FALSE(too_large.ok());
  EXPECT_NE(too_large.error().message.find("file too large"), std::string::npos);
  EXPECT_FALSE(FileContent::open(fs::temp_directory_path(), 100).ok());
}

}  // namespace
