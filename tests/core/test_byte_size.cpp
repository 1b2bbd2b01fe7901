#include <skillmatch/byte_size.hpp>

#include <gtest/gtest.h>

namespace {

using skillmatch::format_byte_size;
using skillmatch::parse_byte_size;

TEST(ByteSize, ReadsSuffixesAsCoreutilsDoes) {
  EXPECT_EQ(parse_byte_size("1048576"), 1048576u);
  EXPECT_EQ(parse_byte_size("512K"), 512u * 1024);
  EXPECT_EQ(parse_byte_size("64M"), 64ull << 20);
  EXPECT_EQ(parse_byte_size("64m"), 64ull << 20);
  EXPECT_EQ(parse_byte_size("1G"), 1ull << 30);
  EXPECT_EQ(parse_byte_size("1GiB"), 1ull << 30);
  EXPECT_EQ(parse_byte_size("1gib"), 1ull << 30);
  EXPECT_EQ(parse_byte_size("1GB"), 1000000000u);
  EXPECT_EQ(parse_byte_size("2T"), 2ull << 40);
  EXPECT_EQ(parse_byte_size("10B"), 10u);
  EXPECT_EQ(parse_byte_size("1.5K"), 1536u);
  EXPECT_EQ(parse_byte_size("0.5MB"), 500000u);
}

TEST(ByteSize, RefusesWhatIsNotASize) {
  for (const char* bad : {"", "M", "-1", "1.", ".5M", "64Q", "1 G", "1e9", "18446744073709551616", "16777216T", "1GiBs"}) {
    EXPECT_FALSE(parse_byte_size(bad).has_value()) << bad;
  }
  EXPECT_EQ(parse_byte_size("18446744073709551615"), UINT64_MAX);
}

TEST(ByteSize, FormatsTheShortestExactSpelling) {
  EXPECT_EQ(format_byte_size(64ull << 20), "64M");
  EXPECT_EQ(format_byte_size(256ull << 20), "256M");
  EXPECT_EQ(format_byte_size(1ull << 30), "1G");
  EXPECT_EQ(format_byte_size(1000), "1000");
  EXPECT_EQ(format_byte_size(0), "0");
  for (const std::uint64_t size : {1ull, 1536ull, 64ull << 20, 3ull << 40}) EXPECT_EQ(parse_byte_size(format_byte_size(size)), size);
}

}  // namespace
