#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <skillmatch/document_reader.hpp>
#include <skillmatch/input_files.hpp>
#include <skillmatch/text_encoding.hpp>

#include "text_host.hpp"
#include "scratch_dir.hpp"

namespace skillmatch {
namespace {

namespace fs = std::filesystem;
using testing::text_host;

const fs::path kScratch = skillmatch::testing::test_tmp() / "skillmatch-reader";

fs::path write_file(const std::string& name, const std::string& content) {
  fs::create_directories(kScratch);
  const fs::path path = kScratch / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

Result<ReadInput> read(const fs::path& path, plugin::Limits limits = {}) {
  SectionVocabulary vocabulary;
  vocabulary.add("skills", "skills");
  return read_input(path, text_host(), limits, vocabulary);
}

std::string error_of(const fs::path& path, plugin::Limits limits = {}) {
  const auto result = read(path, limits);
  EXPECT_FALSE(result.ok());
  return result.ok() ? "" : result.error().to_string();
}

TEST(DocumentReader, ReadsATextFileAndFillsTheDocument) {
  const auto result = read(write_file("ana.txt", "Ana\nSKILLS\nPython\n"));
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  const Document& d = result.value().documents.at(0);
  EXPECT_EQ(d.id, "ana");
  EXPECT_EQ(d.parser, "text");
  EXPECT_EQ(d.title, "Ana");
  ASSERT_EQ(d.sections.size(), 1u);
  EXPECT_EQ(d.sections[0].name, "skills");
}

TEST(DocumentReader, MissingFile) {
  EXPECT_EQ(error_of(kScratch / "nope.txt"), (kScratch / "nope.txt").string() + ": no such file");
}

TEST(DocumentReader, DirectoryGivenAsAFile) {
  fs::create_directories(kScratch / "dir.txt");
  EXPECT_EQ(error_of(kScratch / "dir.txt"), (kScratch / "dir.txt").string() + ": is a directory");
}

TEST(DocumentReader, EmptyFile) {
  EXPECT_NE(error_of(write_file("empty.txt", "")).find(": empty file"), std::string::npos);
}

TEST(DocumentReader, FifoIsRefusedWithoutBlocking) {
  const fs::path fifo = kScratch / "pipe.txt";
  fs::create_directories(kScratch);
  fs::remove(fifo);
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_NE(error_of(fifo).find("not a regular file"), std::string::npos);
}

TEST(DocumentReader, UnreadableFile) {
  const fs::path path = write_file("secret.txt", "Python");
  fs::permissions(path, fs::perms::none);
  // Root reads every file, so the check runs in a child that drops to an unprivileged user.
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(2);
    const auto result = read(path);
    ::_exit(!result.ok() && result.error().message == "permission denied" ? 0 : 1);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
}

TEST(DocumentReader, FileOverTheSizeLimit) {
  plugin::Limits limits;
  limits.max_file_bytes = 10;
  EXPECT_NE(error_of(write_file("big.txt", std::string(11, 'x')), limits).find("file too large (11 bytes; the limit is 10"),
            std::string::npos);
}

TEST(DocumentReader, NulBytesAreReportedWithTheParser) {
  const std::string message = error_of(write_file("bin.txt", std::string("ab\0cd", 5)));
  EXPECT_NE(message.find("binary data, not text (NUL byte at offset 2) (text parser)"), std::string::npos) << message;
}

TEST(DocumentReader, NoParserClaimsTheFile) {
  PluginHost empty;
  const auto result = read_input(write_file("x.txt", "text"), empty, {}, {});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("unrecognised format"), std::string::npos);
}

// --- the plugins that compete for JSON-looking files, loaded as the CLI loads them

const PluginHost& feed_host() {
  static const PluginHost host = [] {
    PluginHost h;
    for (const char* plugin : {"skillmatch-jobfeed.so", "skillmatch-text.so", "skillmatch-markdown.so"}) {
      h.load_library(fs::path(SKILLMATCH_BINARY_DIR) / "skillmatch-plugins" / plugin);
    }
    return h;
  }();
  return host;
}

Result<ReadInput> read_feed(const std::string& name, const std::string& bytes) {
  EXPECT_EQ(feed_host().parsers().size(), 3u) << "build skillmatch_parser_jobfeed, _text and _markdown first";
  return read_bytes(name, bytes, feed_host(), {}, SectionVocabulary{});
}

// Issue 15: a broken JSON Lines entry was a warning and the file succeeded.
TEST(DocumentReader, ABrokenFeedLineIsAnErrorNamingFileAndLine) {
  const std::string feed = R"({"@type":"JobPosting","title":"one"})" "\n"
                           R"({"title": "broken", )" "\n"
                           R"({"@type":"JobPosting","title":"two"})" "\n";
  const auto result = read_feed("feed.ndjson", feed);
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ(result.value().documents.size(), 2u);
  ASSERT_EQ(result.value().errors.size(), 1u);
  EXPECT_EQ(result.value().errors[0].subject, "feed.ndjson:2");
  EXPECT_TRUE(result.value().errors[0].message.starts_with("invalid JSON: parse error at column")) << result.value().errors[0].message;
  EXPECT_TRUE(result.value().warnings.empty());
}

TEST(DocumentReader, AnEntryErrorQuotingBadBytesIsValidUtf8) {
  const std::string feed = R"({"@type":"JobPosting","title":"one"})" "\n" "{\"title\": \"\xFF\xFE\"}\n";
  const auto result = read_feed("feed.ndjson", feed);
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  ASSERT_EQ(result.value().errors.size(), 1u);
  EXPECT_EQ(result.value().errors[0].subject, "feed.ndjson:2");
  EXPECT_TRUE(text::is_valid_utf8(result.value().errors[0].message)) << result.value().errors[0].message;
}

// Found by fuzz_host: a JSON-LD @type holding "\n\n" was quoted in the error, which became
// two lines of a report; a plugin's message is one line whatever it quotes.
TEST(DocumentReader, APluginMessageQuotingNewlinesIsOneLine) {
  const auto result = read_feed("page.json", R"({"@context": "https://schema.org", "@graph": [)"
                                             R"({"@type": "Organization"}, {"@type": "Web\n\nPage"}]})");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("Web  Page"), std::string::npos) << result.error().message;
  EXPECT_EQ(result.error().message.find('\n'), std::string::npos) << result.error().message;
}

TEST(DocumentReader, AFeedWhoseEntriesAllFailIsAnErrorNamingTheFirst) {
  const auto result = read_feed("feed.ndjson", "{\"a\": \n{\"b\": 1}\n");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().subject, "feed.ndjson");
  EXPECT_TRUE(result.error().message.starts_with("no documents found (jobfeed parser); line 1: invalid JSON: parse error"))
      << result.error().message;
}

TEST(DocumentReader, RtfIsRefusedNotReadAsInvalidJson) {
  const auto result = read_feed("cv.rtf", "{\\rtf1\\ansi{\\fonttbl\\f0 Helvetica;}\\f0 Python\\par}");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().to_string(), "cv.rtf: RTF is not supported; save it as DOCX or PDF (text parser)");
}

TEST(DocumentReader, AJsonNumberIsNotAFeed) {
  const auto result = read_feed("x.json", "42\n");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message, "JSON whose top level is a number, not a job feed, JSON Resume or JobPosting (jobfeed parser)");
}

// Whatever a plugin derives its title from (here Markdown's first paragraph, 10 KB on
// one line), the host keeps one line of at most 200 characters.
TEST(DocumentReader, EveryTitleIsOneShortLine) {
  std::string paragraph;
  while (paragraph.size() < 10240) paragraph += "Python and SQL for data pipelines. ";
  const auto result = read_feed("notes.md", paragraph + "\n\nMore text.\n");
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  const std::string& title = result.value().documents.at(0).title;
  EXPECT_EQ(title.find('\n'), std::string::npos);
  EXPECT_LE(title.size(), 200u);
  EXPECT_TRUE(title.starts_with("Python and SQL for data pipelines. Python")) << title;
}

TEST(InputFiles, WalksDirectoriesSortedSkippingHiddenAndUnknownExtensions) {
  const fs::path root = kScratch / "walk";
  fs::remove_all(root);
  fs::create_directories(root / "b" / "deep");
  fs::create_directories(root / ".hidden");
  std::ofstream(root / "b" / "deep" / "z.txt") << "x";
  std::ofstream(root / "a.TXT") << "x";
  std::ofstream(root / "photo.png") << "x";
  std::ofstream(root / ".hidden" / "c.txt") << "x";
  const InputList list = collect_inputs({root.string()}, {".txt"});
  ASSERT_EQ(list.files.size(), 2u);
  EXPECT_EQ(list.files[0], root / "a.TXT");
  EXPECT_EQ(list.files[1], root / "b" / "deep" / "z.txt");
  EXPECT_EQ(list.skipped, 1u);
}

TEST(InputFiles, SymlinkLoopsEnd) {
  const fs::path root = kScratch / "loop";
  fs::remove_all(root);
  fs::create_directories(root / "sub");
  std::ofstream(root / "sub" / "r.txt") << "x";
  fs::create_directory_symlink(root, root / "sub" / "back");
  const InputList list = collect_inputs({root.string()}, {".txt"});
  EXPECT_EQ(list.files.size(), 1u);
}

TEST(InputFiles, FilesGivenExplicitlyAreKeptWhateverTheirExtension) {
  const InputList list = collect_inputs({"/nonexistent/a.xyz", "b.png"}, {".txt"});
  EXPECT_EQ(list.files.size(), 2u);
}

}  // namespace
}  // namespace skillmatch
