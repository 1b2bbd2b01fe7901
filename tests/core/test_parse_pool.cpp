// Parsing in bounded worker processes: what a worker sends back equals what an in-process
// parse returns, and a parser that crashes, loops or allocates without bound is one
// file's error while the pool goes on with a fresh worker.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>

#include <atomic>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <span>
#include <thread>

#include <skillmatch/parse_pool.hpp>

#include "cli_runner.hpp"
#include "read_input_wire.hpp"
#include "scratch_dir.hpp"

namespace skillmatch {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const fs::path kScratch = skillmatch::testing::test_tmp() / "skillmatch-parse-pool";

fs::path write_file(const std::string& name, const std::string& content) {
  fs::create_directories(kScratch);
  const fs::path path = kScratch / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// What a segfaulting parser is reported as. A sanitizer catches the segfault itself and ends
// the worker its own way (CI's ASan aborts: SIGABRT), so sanitized builds expect only the start.
std::string crash_message(const std::string& name) {
#ifdef SKILLMATCH_SANITIZED
  return name + ": parser crashed (";
#else
  return name + ": parser crashed (signal 11, SIGSEGV)";
#endif
}

// The text plugin and the misbehaving fixtures (segfault, endless, hog).
const PluginHost& host() {
  static const PluginHost loaded = [] {
    PluginHost h;
    h.load_library(fs::path(SKILLMATCH_BINARY_DIR) / "skillmatch-plugins" / "skillmatch-text.so");
    for (const char* fixture : {"segfault", "endless", "hog"}) {
      h.load_library(fs::path(SKILLMATCH_FIXTURE_PLUGIN_DIR) / (std::string(fixture) + ".so"));
    }
    return h;
  }();
  return loaded;
}

const SectionVocabulary& vocabulary() {
  static const SectionVocabulary words = [] {
    SectionVocabulary v;
    v.add("skills", "skills");
    return v;
  }();
  return words;
}

const plugin::Limits kLimits;
const std::string kResume = "Jane Doe\nSkills\nPython, SQL\n";

std::size_t open_fds() {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator("/proc/self/fd")) ++count;
  return count;
}

TEST(ParseWire, EveryFieldSurvivesTheTrip) {
  Document document{"id#2", "a/b.json", "jsonresume", DocumentKind::kResume, "Title", "Text\nwith é",
                    {{"skills", 0, 4}, {"experience", 5, 3}}, {{"author", "Jane"}, {"url", "x"}},
                    {"Python", "SQL"}, {{"2019-03", "present", 1, 2}}};
  ReadInput read{{document, Document{}}, {"a warning"}, {{"feed.ndjson:3", "bad line"}}};
  const auto decoded = wire::decode_response(wire::encode(wire::Response{read, true}));
  ASSERT_TRUE(decoded && decoded->read);
  EXPECT_TRUE(decoded->out_of_memory);
  const ReadInput& back = decoded->read.value();
  ASSERT_EQ(back.documents.size(), 2u);
  const Document& first = back.documents[0];
  EXPECT_EQ(first.id, document.id);
  EXPECT_EQ(first.source, document.source);
  EXPECT_EQ(first.parser, document.parser);
  EXPECT_EQ(first.kind, document.kind);
  EXPECT_EQ(first.title, document.title);
  EXPECT_EQ(first.text, document.text);
  ASSERT_EQ(first.sections.size(), 2u);
  EXPECT_EQ(first.sections[1].name, "experience");
  EXPECT_EQ(first.sections[1].offset, 5u);
  EXPECT_EQ(first.sections[1].length, 3u);
  ASSERT_EQ(first.metadata.size(), 2u);
  EXPECT_EQ(first.metadata[0].value, "Jane");
  EXPECT_EQ(first.listed_skills, document.listed_skills);
  ASSERT_EQ(first.dated_entries.size(), 1u);
  EXPECT_EQ(first.dated_entries[0].end, "present");
  EXPECT_EQ(first.dated_entries[0].length, 2u);
  EXPECT_EQ(back.warnings, read.warnings);
  ASSERT_EQ(back.errors.size(), 1u);
  EXPECT_EQ(back.errors[0].to_string(), "feed.ndjson:3: bad line");
}

TEST(ParseWire, AnErrorSurvivesAndACorruptReplyIsRefused) {
  const std::string encoded = wire::encode(wire::Response{Error{"x.pdf", "broken"}, false});
  const auto decoded = wire::decode_response(encoded);
  ASSERT_TRUE(decoded && !decoded->read);
  EXPECT_EQ(decoded->read.error().to_string(), "x.pdf: broken");
  for (std::size_t cut = 0; cut < encoded.size(); ++cut) EXPECT_FALSE(wire::decode_response(encoded.substr(0, cut)));
  EXPECT_FALSE(wire::decode_response(encoded + "x"));
}

TEST(ParsePool, AWorkerReturnsWhatAnInProcessParseReturns) {
  const fs::path path = write_file("resume.txt", kResume);
  const ParsePool pool(host(), kLimits, vocabulary(), Isolation{});
  const auto isolated = pool.read_input(path);
  const auto direct = read_input(path, host(), kLimits, vocabulary());
  ASSERT_TRUE(isolated && direct) << (isolated ? direct.error() : isolated.error()).to_string();
  const auto encode = [](const ReadInput& read) { return wire::encode(wire::Response{read, false}); };
  EXPECT_EQ(encode(isolated.value()), encode(direct.value()));
  const auto uploaded = pool.read_bytes("upload.txt", kResume);
  ASSERT_TRUE(uploaded);
  EXPECT_EQ(uploaded.value().documents.at(0).text, direct.value().documents.at(0).text);
  EXPECT_EQ(pool.read_input(kScratch / "missing.txt").error().to_string(),
            read_input(kScratch / "missing.txt", host(), kLimits, vocabulary()).error().to_string());
}

TEST(ParsePool, ACrashIsThatFilesErrorAndTheNextParseGetsANewWorker) {
  const ParsePool pool(host(), kLimits, vocabulary(), Isolation{});
  const auto crashed = pool.read_bytes("bad.segv", "SEGV");
  ASSERT_FALSE(crashed);
  EXPECT_EQ(crashed.error().to_string().rfind(crash_message("bad.segv"), 0), 0u) << crashed.error().to_string();
  EXPECT_TRUE(pool.read_bytes("good.txt", kResume));
}

TEST(ParsePool, AParseOverItsTimeIsStopped) {
  Isolation isolation;
  isolation.parse_seconds = 0.5;
  const ParsePool pool(host(), kLimits, vocabulary(), isolation);
  const auto started = Clock::now();
  const auto endless = pool.read_bytes("spin.loop", "LOOP");
  EXPECT_LT(Clock::now() - started, std::chrono::seconds(5));
  ASSERT_FALSE(endless);
  EXPECT_EQ(endless.error().to_string(), "spin.loop: took longer than 0.5 s (see --parse-timeout)");
  EXPECT_TRUE(pool.read_bytes("good.txt", kResume));
}

// A server answers 408 at its request's deadline, so the parse must run to it, not end
// sooner with a file's own (here shorter) budget and another message.
TEST(ParsePool, ACallersDeadlineReplacesTheInputsOwnBudget) {
  Isolation isolation;
  isolation.parse_seconds = 0.1;
  const ParsePool pool(host(), kLimits, vocabulary(), isolation);
  const auto started = Clock::now();
  const ParseDeadline deadline(started + std::chrono::milliseconds(600));
  const auto endless = pool.read_bytes("spin.loop", "LOOP");
  EXPECT_GE(Clock::now() - started, std::chrono::milliseconds(600));
  EXPECT_LT(Clock::now() - started, std::chrono::seconds(3));
  ASSERT_FALSE(endless);
  EXPECT_EQ(endless.error().to_string(), "spin.loop: stopped at the request's time limit (see --parse-timeout)");
}

// A worker's socket keeps the receive timeout of its last parse (wait_no_later); a worker
// that answered under a long deadline must still stop the next parse at that one's own
// short budget, not at the timeout left over (59 s here). The parser waits without using
// CPU time, so the CPU limit cannot stop it in the wall clock's place.
TEST(ParsePool, AShortBudgetAfterALongOneOnTheSameWorkerStillStopsTheParse) {
  Isolation isolation;
  isolation.parse_seconds = 0.5;
  const ParsePool pool(host(), kLimits, vocabulary(), isolation);
  {
    const ParseDeadline generous(Clock::now() + std::chrono::seconds(60));
    ASSERT_TRUE(pool.read_bytes("good.txt", kResume));
  }
  const auto started = Clock::now();
  const auto endless = pool.read_bytes("idle.loop", "WAIT");
  EXPECT_LT(Clock::now() - started, std::chrono::seconds(30));
  ASSERT_FALSE(endless);
  EXPECT_EQ(endless.error().to_string(), "idle.loop: took longer than 0.5 s (see --parse-timeout)");
}

TEST(ParsePool, AParseOverItsMemoryIsAnError) {
  if (!ParsePool::kLimitsMemory) GTEST_SKIP() << "a sanitized build cannot bound a worker's address space";
  Isolation isolation;
  isolation.max_memory_bytes = 512ull << 20;
  isolation.parse_seconds = 60;
  const ParsePool pool(host(), kLimits, vocabulary(), isolation);
  const auto hog = pool.read_bytes("greedy.hog", "HOG");
  ASSERT_FALSE(hog);
  EXPECT_EQ(hog.error().to_string(), "greedy.hog: out of memory: parsing needed more than 512 MiB (see --max-memory)");
  EXPECT_TRUE(pool.read_bytes("good.txt", kResume));
}

TEST(ParsePool, ThreadsShareThePoolAndNothingIsLeftBehind) {
  const std::size_t fds_before = open_fds();
  {
    const ParsePool pool(host(), kLimits, vocabulary(), Isolation{});
    std::vector<std::thread> threads;
    std::atomic<int> good{0}, crashed{0};
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        for (int i = 0; i < 10; ++i) {
          const bool bad = (i + t) % 5 == 0;
          const auto read = pool.read_bytes(bad ? "x.segv" : "x.txt", bad ? "SEGV" : kResume);
          (read ? good : crashed)++;
        }
      });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(good, 32);
    EXPECT_EQ(crashed, 8);
  }
  // The zygote and every worker were reaped (no child left to wait for), and every
  // socket closed.
  EXPECT_EQ(::waitpid(-1, nullptr, WNOHANG), -1);
  EXPECT_EQ(errno, ECHILD);
  EXPECT_EQ(open_fds(), fds_before);
}

// Files read in an announced order (read_input with `next`) go to the worker up to 16 at a
// time; a crash or a timeout among them is that file's error, and the files sent after it
// still come back right, from a new worker.
TEST(ParsePool, FilesReadInAnnouncedOrderGiveWhatEachGivesAlone) {
  Isolation isolation;
  // Long enough for a crashing worker to die first: under ThreadSanitizer on a busy machine,
  // its report of the SEGV took longer than 0.5 s, and the crash came back as a timeout.
  isolation.parse_seconds = 3;
  std::vector<std::string> paths;
  for (int i = 0; i < 40; ++i) {
    const std::string name = "order-" + std::to_string(i);
    if (i == 5) paths.push_back(write_file(name + ".segv", "SEGV").string());
    else if (i == 21) paths.push_back(write_file(name + ".loop", "WAIT").string());
    else paths.push_back(write_file(name + ".txt", kResume + std::to_string(i) + "\n").string());
  }
  const ParsePool pool(host(), kLimits, vocabulary(), isolation);
  const auto encode = [](const ReadInput& read) { return wire::encode(wire::Response{read, false}); };
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const auto read = pool.read_input(paths[i], std::span<const std::string>(paths).subspan(i + 1));
    if (i == 5) {
      ASSERT_FALSE(read);
      EXPECT_EQ(read.error().to_string().rfind(crash_message(paths[i]), 0), 0u) << read.error().to_string();
    } else if (i == 21) {
      ASSERT_FALSE(read);
      EXPECT_EQ(read.error().to_string(), paths[i] + ": took longer than 3 s (see --parse-timeout)");
    } else {
      const auto direct = read_input(paths[i], host(), kLimits, vocabulary());
      ASSERT_TRUE(read && direct) << i;
      EXPECT_EQ(encode(read.value()), encode(direct.value())) << paths[i];
    }
  }
}

// A caller that asks for another file than it announced still gets that file; one that
// stops early leaves no worker or socket behind when the pool ends.
TEST(ParsePool, AnOrderNotFollowedStillGivesEachFileAndLeavesNothingBehind) {
  const std::size_t fds_before = open_fds();
  {
    const ParsePool pool(host(), kLimits, vocabulary(), Isolation{});
    const std::vector<std::string> paths = {write_file("a.txt", kResume + "Go\n").string(),
                                            write_file("b.txt", kResume + "Rust\n").string(),
                                            write_file("c.txt", kResume + "Java\n").string()};
    const auto announced = std::span<const std::string>(paths);
    ASSERT_TRUE(pool.read_input(paths[0], announced.subspan(1)));
    const auto skipped = pool.read_input(paths[2], announced.subspan(3));
    ASSERT_TRUE(skipped);
    EXPECT_NE(skipped.value().documents.at(0).text.find("Java"), std::string::npos);
    ASSERT_TRUE(pool.read_input(paths[0], announced.subspan(1)));  // b and c sent ahead, never asked for
  }
  EXPECT_EQ(::waitpid(-1, nullptr, WNOHANG), -1);
  EXPECT_EQ(errno, ECHILD);
  EXPECT_EQ(open_fds(), fds_before);
}

// The processes `parent` forked that still run.
std::vector<std::string> children_of(const std::string& parent) {
  std::vector<std::string> pids;
  for (const auto& entry : fs::directory_iterator("/proc")) {
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    if (!std::getline(stat, line) || line.rfind(')') == std::string::npos) continue;
    std::istringstream fields(line.substr(line.rfind(')') + 2));  // after "pid (name) "
    std::string state, ppid;
    if (fields >> state >> ppid && ppid == parent) pids.push_back(entry.path().filename().string());
  }
  return pids;
}

// This process's parse pools' zygotes and their workers.
std::vector<std::string> zygotes_and_workers() {
  std::vector<std::string> pids = children_of(std::to_string(::getpid()));
  for (const std::string& zygote : std::vector<std::string>(pids)) {
    for (const std::string& worker : children_of(zygote)) pids.push_back(worker);
  }
  return pids;
}

std::size_t sockets_held_by(const std::string& pid) {
  std::size_t sockets = 0;
  for (const auto& fd : fs::directory_iterator(fs::path("/proc") / pid / "fd")) {
    std::error_code unreadable;
    sockets += fs::read_symlink(fd.path(), unreadable).string().rfind("socket:", 0) == 0 ? 1 : 0;
  }
  return sockets;
}

// A zygote is forked without an exec, so it held every descriptor of this process: the
// control sockets of the pools made before it, whose zygotes then never saw theirs close,
// so ending an older pool while a newer one lived waited for ever. Now each zygote and
// worker holds one socket, its own, and the older pool ends at once.
TEST(ParsePool, AnOlderPoolEndsWhileANewerOneLives) {
  auto older = std::make_unique<ParsePool>(host(), kLimits, vocabulary(), Isolation{});
  ASSERT_TRUE(older->read_bytes("older.txt", kResume));  // its idle worker's socket is open too
  const ParsePool newer(host(), kLimits, vocabulary(), Isolation{});
  ASSERT_TRUE(newer.read_bytes("newer.txt", kResume));
  const std::vector<std::string> pids = zygotes_and_workers();
  ASSERT_EQ(pids.size(), 4u);  // two zygotes, two workers
  for (const std::string& pid : pids) ASSERT_EQ(sockets_held_by(pid), 1u) << "process " << pid;
  older.reset();
  EXPECT_TRUE(newer.read_bytes("newer.txt", kResume));
}

// Nor does a zygote keep what the program around the pool opened: a pipe whose write end
// the program closes reads as ended.
TEST(ParsePool, AZygoteKeepsNoDescriptorOfTheProgram) {
  int ends[2];
  ASSERT_EQ(::pipe2(ends, O_NONBLOCK | O_CLOEXEC), 0);
  const ParsePool pool(host(), kLimits, vocabulary(), Isolation{});
  ASSERT_TRUE(pool.read_bytes("good.txt", kResume));
  ::close(ends[1]);
  char byte = 0;
  EXPECT_EQ(::read(ends[0], &byte, 1), 0) << std::strerror(errno);
  ::close(ends[0]);
}

// The zygote watched for the end of the thread that forked it (PR_SET_PDEATHSIG follows
// the thread): a pool made on a thread that has since ended could not parse. It watches
// for the end of the process now.
TEST(ParsePool, APoolMadeOnAThreadThatEndedStillParses) {
  std::unique_ptr<ParsePool> pool;
  pid_t maker = 0;
  std::thread([&] {
    maker = ::gettid();
    pool = std::make_unique<ParsePool>(host(), kLimits, vocabulary(), Isolation{});
  }).join();
  // join() returns before the thread's end is told to its children: wait until the thread is gone.
  while (fs::exists("/proc/self/task/" + std::to_string(maker))) std::this_thread::yield();
  for (int i = 0; i < 3; ++i) {
    const auto read = pool->read_bytes("after.txt", kResume);
    EXPECT_TRUE(read) << read.error().to_string();
  }
}

// The CLI: with workers, every output format prints the same bytes as in-process parsing,
// whatever --jobs.
TEST(ParseIsolationCli, OutputIsByteIdenticalToInProcessParsing) {
  const std::string samples = (fs::path(SKILLMATCH_SOURCE_DIR) / "samples").string();
  const std::vector<std::vector<std::string>> commands = {
      {"extract", "--format", "json"}, {"extract", "--format", "ndjson"}, {"extract", "--format", "csv"},
      {"extract", "--format", "table"}, {"text", "--format", "ndjson"}};
  for (const auto& command : commands) {
    auto args = command;
    args.insert(args.end(), {samples, "--jobs", "1", "--no-isolation"});
    const auto in_process = testing::run(args);
    ASSERT_FALSE(in_process.out.empty()) << in_process.err;
    for (const char* jobs : {"1", "2"}) {
      args = command;
      args.insert(args.end(), {samples, "--jobs", jobs});
      const auto isolated = testing::run(args);
      EXPECT_EQ(isolated.exit_code, in_process.exit_code) << command[2] << " --jobs " << jobs;
      EXPECT_TRUE(isolated.out == in_process.out) << command[0] << " " << command[2] << " --jobs " << jobs;
      EXPECT_EQ(isolated.err, in_process.err);
    }
  }
}

// A command leaves its rules and extractor to the process's exit (LeaveForExit), but
// still ends and reaps its zygote and workers first: made this process's subreaper, any
// of them left to the exit would come back here as an orphan.
TEST(ParseIsolationCli, ACommandReapsItsParseWorkersBeforeItExits) {
  ASSERT_EQ(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
  const fs::path resume = write_file("resume.txt", kResume);
  for (const char* jobs : {"1", "2"}) {
    const auto run = testing::run({"extract", resume.string(), resume.string(), "--format", "ndjson", "--jobs", jobs});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(::waitpid(-1, nullptr, 0), -1) << "--jobs " << jobs;
    EXPECT_EQ(errno, ECHILD);
  }
}

// Before parse workers, the segfault ended the whole run.
TEST(ParseIsolationCli, MisbehavingParsersAreFileErrorsAndTheBatchGoesOn) {
  const fs::path resume = write_file("resume.txt", kResume);
  // The memory hog only where --max-memory holds it: unbounded, it would take the machine's.
  std::vector<std::string> bad = {write_file("crash.segv", "SEGV\n").string(), write_file("spin.loop", "LOOP\n").string()};
  if (ParsePool::kLimitsMemory) bad.push_back(write_file("greedy.hog", "HOG\n").string());
  const std::vector<std::string> options = {"--format", "ndjson", "--plugin-dir", SKILLMATCH_FIXTURE_PLUGIN_DIR,
                                            "--parse-timeout", "3", "--max-memory", std::to_string(256 << 20)};
  std::vector<std::string> alone = {"extract", resume.string()};
  alone.insert(alone.end(), options.begin(), options.end());
  const auto expected = testing::run(alone);
  ASSERT_EQ(expected.exit_code, 0) << expected.err;
  for (const char* jobs : {"1", "2"}) {
    std::vector<std::string> args = {"extract", bad[0], bad[1], resume.string(), "--jobs", jobs};
    if (bad.size() > 2) args.push_back(bad[2]);
    args.insert(args.end(), options.begin(), options.end());
    const auto mixed = testing::run(args);
    EXPECT_EQ(mixed.exit_code, 1);
    EXPECT_EQ(mixed.out, expected.out);
    EXPECT_NE(mixed.err.find(crash_message(bad[0])), std::string::npos) << mixed.err;
    EXPECT_NE(mixed.err.find(bad[1] + ": took longer than 3 s (see --parse-timeout)\n"), std::string::npos) << mixed.err;
    if (bad.size() > 2) {
      EXPECT_NE(mixed.err.find(bad[2] + ": out of memory: parsing needed more than 256 MiB (see --max-memory)\n"),
                std::string::npos)
          << mixed.err;
    }
  }
}

}  // namespace
}  // namespace skillmatch
