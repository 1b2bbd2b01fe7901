// The module loader: stamps are read from the file and checked before any code of the
// library runs; broken files are one line; what a module made keeps it loaded.
#include <elf.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>
#include <skillmatch/module_loader.hpp>
#include <skillmatch/parser_plugin.hpp>
#include "scratch_dir.hpp"

namespace skillmatch::modules {
namespace {

namespace fs = std::filesystem;

const Expectation kPlugin{ModuleKind::kParserPlugin, plugin::kAbiVersion, SKILLMATCH_PLUGIN_BUILD_TAG};

fs::path fixture(const std::string& name) { return fs::path(SKILLMATCH_FIXTURE_PLUGIN_DIR) / (name + ".so"); }

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

fs::path write_file(const std::string& name, const std::string& content) {
  const fs::path path = skillmatch::testing::test_tmp() / ("skillmatch-loader-" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// The error of loading `path` as a plugin, which must be a single line.
std::string refusal(const fs::path& path) {
  const auto loaded = load_module(path, kPlugin);
  if (loaded) return "(loaded)";
  EXPECT_EQ(loaded.error().message.find('\n'), std::string::npos) << loaded.error().message;
  return loaded.error().message;
}

// Loads `path` with SKILLMATCH_FIXTURE_CONSTRUCTOR_MARKER set; true when a static
// constructor of the library ran.
bool constructor_ran_while_loading(const fs::path& path) {
  const fs::path marker = skillmatch::testing::test_tmp() / "skillmatch-loader-constructor-ran";
  fs::remove(marker);
  setenv("SKILLMATCH_FIXTURE_CONSTRUCTOR_MARKER", marker.c_str(), 1);
  (void)load_module(path, kPlugin);
  unsetenv("SKILLMATCH_FIXTURE_CONSTRUCTOR_MARKER");
  return fs::exists(marker);
}

TEST(ModuleLoader, ReadsThePluginStampFromTheFile) {
  const auto stamp = read_stamp(SKILLMATCH_EXAMPLE_PLUGIN, ModuleKind::kParserPlugin);
  ASSERT_TRUE(stamp.ok()) << stamp.error().message;
  EXPECT_EQ(stamp.value().kind, static_cast<std::uint32_t>(ModuleKind::kParserPlugin));
  EXPECT_EQ(stamp.value().abi_version, plugin::kAbiVersion);
  EXPECT_STREQ(stamp.value().build_tag, SKILLMATCH_PLUGIN_BUILD_TAG);
}

TEST(ModuleLoader, AWrongAbiIsRefusedBeforeAnyConstructorOfTheLibraryRuns) {
  EXPECT_FALSE(constructor_ran_while_loading(fixture("wrong_abi")));
  EXPECT_EQ(refusal(fixture("wrong_abi")), "plugin ABI version " + std::to_string(plugin::kAbiVersion + 1) +
                                               ", but this skillmatch needs version " +
                                               std::to_string(plugin::kAbiVersion) + ": rebuild the plugin");
  // The same constructor does run in a library whose stamp is right: the check above can fail.
  EXPECT_TRUE(constructor_ran_while_loading(fixture("missing_factory")));
}

TEST(ModuleLoader, AModuleOfAnotherKindIsRefused) {
  EXPECT_EQ(refusal(SKILLMATCH_PDF_ENGINE), "a skillmatch PDF engine, not a plugin");
}

TEST(ModuleLoader, ALibraryWithoutStampIsNotAPlugin) {
  EXPECT_EQ(refusal(fixture("no_abi")), "not a skillmatch plugin (no .note.skillmatch section)");
}

TEST(ModuleLoader, AnotherBuildTagIsRefusedAndQuotedOnOneLine) {
  Stamp stamp;
  stamp.kind = static_cast<std::uint32_t>(ModuleKind::kParserPlugin);
  stamp.abi_version = plugin::kAbiVersion;
  std::strcpy(stamp.build_tag, "libc++\nother");
  EXPECT_EQ(check_stamp(stamp, kPlugin),
            "built with 'libc++?other', but this skillmatch was built with '" SKILLMATCH_PLUGIN_BUILD_TAG "'");
  std::strcpy(stamp.build_tag, SKILLMATCH_PLUGIN_BUILD_TAG);
  EXPECT_EQ(check_stamp(stamp, kPlugin), "");
}

TEST(ModuleLoader, ATruncatedLibraryIsOneLineNamingTheProblem) {
  const std::string whole = read_all(SKILLMATCH_EXAMPLE_PLUGIN);
  ASSERT_GT(whole.size(), 4096u);
  EXPECT_NE(refusal(write_file("half.so", whole.substr(0, whole.size() / 2))).find("truncated"), std::string::npos);
  EXPECT_EQ(refusal(write_file("stub.so", whole.substr(0, 20))),
            "not a loadable shared library (too short to be an ELF file)");
}

TEST(ModuleLoader, AFileThatIsNotElfOrMissingIsOneLine) {
  EXPECT_EQ(refusal(write_file("text.so", std::string(100, 'x'))),
            "not a loadable shared library (not an ELF file)");
  EXPECT_EQ(refusal(fs::temp_directory_path() / "skillmatch-loader-absent.so"),
            "cannot open it (No such file or directory)");
}

TEST(ModuleLoader, ASectionTableOutsideTheFileIsRefused) {
  std::string bytes = read_all(SKILLMATCH_EXAMPLE_PLUGIN);
  const std::uint64_t far = std::uint64_t{1} << 62;
  std::memcpy(bytes.data() + offsetof(Elf64_Ehdr, e_shoff), &far, sizeof far);
  EXPECT_NE(refusal(write_file("far.so", bytes)).find("truncated: its section headers end past the end of the file"),
            std::string::npos);
}

TEST(ModuleLoader, AMalformedStampIsRefused) {
  std::string bytes = read_all(SKILLMATCH_EXAMPLE_PLUGIN);
  // The note's header: owner size 11 ("skillmatch" and its NUL), then the stamp's size.
  const std::string owner_size("\x0b\0\0\0", 4);
  const std::size_t note = bytes.find(owner_size + std::string("\x80\0\0\0\x01\0\0\0skillmatch", 18));
  ASSERT_NE(note, std::string::npos);
  bytes[note + 4] = 4;  // a stamp of 4 bytes is not a Stamp
  EXPECT_EQ(refusal(write_file("malformed.so", bytes)), "not a skillmatch plugin (malformed .note.skillmatch note)");
}

TEST(ModuleLoader, ReadingAStampFromAnyCorruptedHeaderByteIsAValueNeverACrash) {
  const std::string whole = read_all(SKILLMATCH_EXAMPLE_PLUGIN);
  Elf64_Ehdr header{};
  std::memcpy(&header, whole.data(), sizeof header);
  // Every byte of the ELF header and of the section header table, set to 0xff in turn.
  std::vector<std::size_t> positions;
  for (std::size_t i = 0; i < sizeof header; ++i) positions.push_back(i);
  for (std::size_t i = 0; i < std::size_t{header.e_shnum} * sizeof(Elf64_Shdr); ++i) positions.push_back(header.e_shoff + i);
  const fs::path path = write_file("corrupt.so", whole);
  std::fstream file(path, std::ios::binary | std::ios::in | std::ios::out);
  std::size_t refused = 0;
  for (const std::size_t position : positions) {
    file.seekp(static_cast<std::streamoff>(position)).put('\xff').flush();
    const auto stamp = read_stamp(path, ModuleKind::kParserPlugin);
    file.seekp(static_cast<std::streamoff>(position)).put(whole[position]).flush();
    if (!stamp) {
      ++refused;
      EXPECT_EQ(stamp.error().message.find('\n'), std::string::npos) << stamp.error().message;
    }
  }
  EXPECT_GT(refused, 0u);
}

TEST(ModuleLoader, WhatAModuleMadeKeepsItLoaded) {
  auto loaded = load_module(SKILLMATCH_EXAMPLE_PLUGIN, kPlugin);
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  const auto create = loaded.value()->function<plugin::Parser*()>(plugin::kCreateParserSymbol);
  ASSERT_NE(create, nullptr);
  EXPECT_EQ(loaded.value()->function<void()>("skillmatch_no_such_symbol"), nullptr);
  std::weak_ptr<const Module> module = loaded.value();
  std::shared_ptr<const plugin::Parser> parser = adopt<const plugin::Parser>(std::move(loaded.value()), create());
  EXPECT_FALSE(module.expired()) << "the parser holds the module";
  EXPECT_EQ(parser->info().name, "example");
  parser.reset();
  EXPECT_TRUE(module.expired()) << "the last object gone, the module is released";
}

TEST(ModuleLoader, AModuleFindsItsOwnFile) {
  auto loaded = load_module(SKILLMATCH_EXAMPLE_PLUGIN, kPlugin);
  ASSERT_TRUE(loaded.ok());
  const auto create = loaded.value()->function<plugin::Parser*()>(plugin::kCreateParserSymbol);
  EXPECT_EQ(fs::canonical(file_holding(reinterpret_cast<const void*>(create))), fs::canonical(SKILLMATCH_EXAMPLE_PLUGIN));
  EXPECT_TRUE(file_holding(nullptr).empty());
}

}  // namespace
}  // namespace skillmatch::modules
