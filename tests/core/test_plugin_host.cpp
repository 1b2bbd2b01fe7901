#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <skillmatch/document_reader.hpp>
#include <skillmatch/plugin_host.hpp>
#include "scratch_dir.hpp"

namespace skillmatch {
namespace {

namespace fs = std::filesystem;

fs::path fixture(const std::string& name) { return fs::path(SKILLMATCH_FIXTURE_PLUGIN_DIR) / (name + ".so"); }

std::string only_problem(const PluginHost& host) {
  EXPECT_EQ(host.problems().size(), 1u);
  return host.problems().empty() ? "" : host.problems().front().message;
}

fs::path write_file(const std::string& name, const std::string& content) {
  const fs::path path = skillmatch::testing::test_tmp() / ("skillmatch-host-" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(PluginHost, LoadsTheExamplePluginAndItsInfo) {
  PluginHost host;
  host.load_library(SKILLMATCH_EXAMPLE_PLUGIN);
  ASSERT_EQ(host.parsers().size(), 1u);
  EXPECT_TRUE(host.problems().empty());
  EXPECT_EQ(host.parsers()[0].info.name, "example");
  EXPECT_EQ(host.parsers()[0].info.extensions, std::vector<std::string>{".smex"});
}

TEST(PluginHost, RefusesAWrongAbiVersionBeforeCreatingAnything) {
  PluginHost host;
  host.load_library(fixture("wrong_abi"));
  EXPECT_TRUE(host.parsers().empty());
  const std::string expected = "plugin ABI version " + std::to_string(plugin::kAbiVersion + 1) +
                               ", but this skillmatch needs version " + std::to_string(plugin::kAbiVersion);
  EXPECT_NE(only_problem(host).find(expected), std::string::npos) << only_problem(host);
}

TEST(PluginHost, RefusesAPluginWithoutFactory) {
  PluginHost host;
  host.load_library(fixture("missing_factory"));
  EXPECT_TRUE(host.parsers().empty());
  EXPECT_EQ(only_problem(host), "incomplete plugin: missing skillmatch_create_parser");
}

TEST(PluginHost, RefusesASharedLibraryThatIsNotAPlugin) {
  PluginHost host;
  host.load_library(fixture("no_abi"));
  EXPECT_NE(only_problem(host).find("not a skillmatch plugin"), std::string::npos);
}

TEST(PluginHost, RefusesAFileThatIsNotASharedLibrary) {
  PluginHost host;
  host.load_library(write_file("fake.so", "this is text, not ELF"));
  EXPECT_NE(only_problem(host).find("not a loadable shared library"), std::string::npos);
}

TEST(PluginHost, ABrokenPluginDoesNotStopTheOthersInItsDirectory) {
  const fs::path directory = skillmatch::testing::test_tmp() / "skillmatch-host-mixed";
  fs::remove_all(directory);
  fs::create_directories(directory);
  fs::copy_file(fixture("wrong_abi"), directory / "a_wrong_abi.so");
  fs::copy_file(SKILLMATCH_EXAMPLE_PLUGIN, directory / "b_example.so");
  std::ofstream(directory / "c_garbage.so") << "garbage";
  PluginHost host;
  host.load_directory(directory);
  ASSERT_EQ(host.parsers().size(), 1u);
  EXPECT_EQ(host.parsers()[0].info.name, "example");
  EXPECT_EQ(host.problems().size(), 2u);
}

TEST(PluginHost, FirstPluginOfANameWinsAndTheOtherIsReportedShadowed) {
  PluginHost host;
  host.load_library(SKILLMATCH_EXAMPLE_PLUGIN);
  host.load_library(SKILLMATCH_EXAMPLE_PLUGIN);
  EXPECT_EQ(host.parsers().size(), 1u);
  EXPECT_NE(only_problem(host).find("shadowed"), std::string::npos);
}

TEST(PluginHost, ChoosesByContentNotExtension) {
  PluginHost host;
  host.load_library(SKILLMATCH_EXAMPLE_PLUGIN);
  host.load_library(fixture("throwing"));
  ASSERT_EQ(host.parsers().size(), 2u);
  EXPECT_EQ(host.choose("resume.txt", "SKILLMATCH-EXAMPLE\nbody")->info.name, "example");
  EXPECT_EQ(host.choose("resume.smex", "THROW now")->info.name, "throwing");
  EXPECT_EQ(host.choose("resume.smex", "plain words"), nullptr);
}

TEST(PluginHost, AnExceptionInSniffMeansNotMine) {
  PluginHost host;
  host.load_library(fixture("throwing"));
  EXPECT_EQ(host.choose("x", "SNIFF"), nullptr);
}

TEST(PluginHost, ParsersKeepTheirLibraryLoadedAfterTheHostIsGone) {
  std::shared_ptr<const plugin::Parser> parser;
  {
    PluginHost host;
    host.load_library(SKILLMATCH_EXAMPLE_PLUGIN);
    parser = host.parsers().at(0).parser;
  }
  // The host and its list are destroyed; calling into the plugin must still work.
  EXPECT_EQ(parser->info().name, "example");
  EXPECT_EQ(parser->sniff("x", "SKILLMATCH-EXAMPLE\n"), 100);
}

TEST(DocumentReader, AThrowingParserBecomesAPerFileError) {
  PluginHost host;
  host.load_library(fixture("throwing"));
  const auto result = read_input(write_file("throws.throw", "THROW please"), host, {}, {});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("parser failed: parse exploded"), std::string::npos);
}

TEST(DocumentReader, InvalidUtf8FromAPluginIsAnError) {
  PluginHost host;
  host.load_library(fixture("bad_output"));
  const auto result = read_input(write_file("bad.bad", "BADUTF8"), host, {}, {});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("invalid UTF-8"), std::string::npos);
}

TEST(DocumentReader, SectionsOutsideTheTextAreAnError) {
  PluginHost host;
  host.load_library(fixture("bad_output"));
  const auto result = read_input(write_file("sections.bad", "BADSECTIONS"), host, {}, {});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("sections outside the text"), std::string::npos);
}

TEST(DocumentReader, APluginMayNameADocumentKindWithTheSdk) {
  PluginHost host;
  host.load_library(fixture("bad_output"));
  ASSERT_TRUE(host.problems().empty()) << host.problems().front().message;
  const auto result = read_input(write_file("kind.bad", "BADKIND"), host, {}, {});
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ(result.value().documents.at(0).title, "posting");
}

TEST(DocumentReader, OneInputYieldsManyDocumentsWithIds) {
  PluginHost host;
  host.load_library(SKILLMATCH_EXAMPLE_PLUGIN);
  const auto result = read_input(write_file("feed.smex", "SKILLMATCH-EXAMPLE\nFirst\nPython\n---\nSecond\nGo\n"), host, {}, {});
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  ASSERT_EQ(result.value().documents.size(), 2u);
  EXPECT_EQ(result.value().documents[0].id, "block-1");
  EXPECT_EQ(result.value().documents[1].title, "Second");
  EXPECT_EQ(result.value().documents[1].parser, "example");
}

TEST(DocumentReader, MaxDocumentsStopsAFeedWithAWarning) {
  PluginHost host;
  host.load_library(SKILLMATCH_EXAMPLE_PLUGIN);
  plugin::Limits limits;
  limits.max_documents = 1;
  const auto result = read_input(write_file("feed2.smex", "SKILLMATCH-EXAMPLE\nA\n---\nB\n---\nC\n"), host, limits, {});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().documents.size(), 1u);
  ASSERT_EQ(result.value().warnings.size(), 1u);
  EXPECT_NE(result.value().warnings[0].find("--max-documents"), std::string::npos);
}

}  // namespace
}  // namespace skillmatch
