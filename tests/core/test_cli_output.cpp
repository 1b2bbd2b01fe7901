// --output replaces a regular file whole, and nothing else: a device, a FIFO or a symlink
// keeps being what it was; a temporary planted beside the target is never followed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/stat.h>
#include <thread>

#include "cli_runner.hpp"

namespace {

namespace fs = std::filesystem;
using namespace skillmatch::testing;

const std::string kResumeText = "Jane Doe\n\nSKILLS\nPython, SQL, Docker\n";

std::string read_all(const fs::path& path) {
  std::stringstream bytes;
  bytes << std::ifstream(path, std::ios::binary).rdbuf();
  return bytes.str();
}

TEST(CliOutput, ARegularFileIsReplacedWholeAndNoTemporaryIsLeft) {
  const fs::path resume = write_file("output-resume.txt", kResumeText);
  const fs::path folder = kScratch / "output-regular";
  fs::remove_all(folder);
  fs::create_directories(folder);
  const fs::path target = folder / "out.json";
  std::ofstream(target) << "old";
  ::chmod(target.c_str(), 0640);
  const CommandRun run_result = run({"extract", "--format", "json", "-o", target.string(), resume.string()});
  ASSERT_EQ(run_result.exit_code, 0) << run_result.err;
  EXPECT_TRUE(nlohmann::json::accept(read_all(target)));
  struct stat info {};
  ASSERT_EQ(::stat(target.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0640u) << "the replaced file keeps its mode";
  std::size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(folder)) entries += entry.exists();
  EXPECT_EQ(entries, 1u) << "no temporary left beside the output";
}

TEST(CliOutput, ADeviceIsWrittenInPlaceNotReplaced) {
  const fs::path resume = write_file("output-resume.txt", kResumeText);
  const CommandRun to_null = run({"extract", "--format", "json", "-o", "/dev/null", resume.string()});
  EXPECT_EQ(to_null.exit_code, 0) << to_null.err;
  struct stat info {};
  ASSERT_EQ(::stat("/dev/null", &info), 0);
  EXPECT_TRUE(S_ISCHR(info.st_mode)) << "/dev/null must stay a character device";
}

TEST(CliOutput, AFifoIsWrittenInPlace) {
  const fs::path resume = write_file("output-resume.txt", kResumeText);
  const fs::path fifo = kScratch / "output.fifo";
  fs::remove(fifo);
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = read_all(fifo); });
  const CommandRun to_fifo = run({"extract", "--format", "json", "-o", fifo.string(), resume.string()});
  reader.join();
  EXPECT_EQ(to_fifo.exit_code, 0) << to_fifo.err;
  EXPECT_TRUE(nlohmann::json::accept(received));
  struct stat info {};
  ASSERT_EQ(::lstat(fifo.c_str(), &info), 0);
  EXPECT_TRUE(S_ISFIFO(info.st_mode)) << "the FIFO must stay a FIFO";
}

TEST(CliOutput, ASymlinkStaysAndWhatItNamesIsReplaced) {
  const fs::path resume = write_file("output-resume.txt", kResumeText);
  const fs::path folder = kScratch / "output-symlink";
  fs::remove_all(folder);
  fs::create_directories(folder);
  std::ofstream(folder / "real.json") << "old";
  fs::create_symlink("real.json", folder / "link.json");
  const CommandRun linked = run({"extract", "--format", "json", "-o", (folder / "link.json").string(), resume.string()});
  ASSERT_EQ(linked.exit_code, 0) << linked.err;
  EXPECT_TRUE(fs::is_symlink(folder / "link.json"));
  EXPECT_TRUE(nlohmann::json::accept(read_all(folder / "real.json")));
}

TEST(CliOutput, APlantedTemporaryIsNeverFollowed) {
  const fs::path resume = write_file("output-resume.txt", kResumeText);
  const fs::path folder = kScratch / "output-planted";
  fs::remove_all(folder);
  fs::create_directories(folder);
  const fs::path victim = folder / "victim.txt";
  std::ofstream(victim) << "precious";
  // The old temporary name was predictable: PATH.tmp-PID. Process ids are handed out in
  // order, so links at the next two thousand ids cover the run below; none may be
  // written through.
  long last_pid = 0;
  std::ifstream("/proc/sys/kernel/ns_last_pid") >> last_pid;
  for (long pid = last_pid + 1; pid <= last_pid + 2000; ++pid) {
    fs::create_symlink(victim, folder / ("out.json.tmp-" + std::to_string(pid)));
  }
  const CommandRun planted = run({"extract", "--format", "json", "-o", (folder / "out.json").string(), resume.string()});
  EXPECT_EQ(planted.exit_code, 0) << planted.err;
  EXPECT_EQ(read_all(victim), "precious");
  EXPECT_TRUE(nlohmann::json::accept(read_all(folder / "out.json")));
}

TEST(CliOutput, AFullDiskIsAnErrorWithAMessage) {
  const fs::path resume = write_file("output-resume.txt", kResumeText);
  const CommandRun full = run({"extract", "--format", "json", resume.string()}, "> /dev/full");
  EXPECT_EQ(full.exit_code, 1);
  EXPECT_NE(full.err.find("standard output: write failed"), std::string::npos) << full.err;
}

TEST(CliOutput, CsvCellsThatCouldRunAsFormulasAreQuoted) {
  const fs::path resume = write_file("=HYPERLINK(x).txt", kResumeText);
  const CommandRun csv = run({"extract", "--format", "csv", resume.string()});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.find(",=HYPERLINK"), std::string::npos) << csv.out;
  EXPECT_NE(csv.out.find("\"'"), std::string::npos) << csv.out;
}

TEST(CliOutput, ControlCharactersInFileNamesAreEscapedInDiagnostics) {
  const CommandRun bad = run({"extract", std::string("no-such-\x1b[2J-file.txt")});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_EQ(bad.err.find('\x1b'), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("\\x1b"), std::string::npos) << bad.err;
}

}  // namespace
