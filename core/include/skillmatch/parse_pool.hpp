// Parses inputs in bounded worker processes (Apache Tika's forked child and watchdog): a
// parser that crashes, runs past its time or allocates past its memory becomes a per-file
// error, and the batch goes on with a fresh worker.
//
// At construction, while the process is still single-threaded, the pool forks a "zygote":
// a copy of the process with the plugins loaded and the rules read, which does nothing
// but fork workers when asked. Forking from the zygote rather than from the (by then
// multi-threaded) parent means no worker starts with a lock some other thread held. Each
// worker runs read_input()/read_bytes() in a loop: a request (a path, or bytes) in, the
// ReadInput or Error out, over a socket. A calling thread borrows an idle worker (or has
// one forked), so `--jobs N` threads use at most N workers, and returns it after the parse.
// The zygote closes every descriptor it inherited but its control socket, so pools end in
// any order and a program's files and connections are not held open by its pools; it ends
// when its pool does or when the process does, whichever thread made the pool.
//
// Bounds, per parse: the wall clock, watched by the borrowing thread (poll with a
// deadline, then SIGKILL and reap); CPU time (RLIMIT_CPU, raised by the budget before each
// parse); address space (RLIMIT_AS, for the worker's life). A worker that died or was
// killed is reaped by the zygote and replaced by the next borrow.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <skillmatch/document_reader.hpp>

namespace skillmatch {

struct Isolation {
  bool in_process = false;          // --no-isolation: parse in this process, as before (no bounds)
  double parse_seconds = 5;         // per input, plus as much again per MB of it (--parse-timeout)
  std::uint64_t max_memory_bytes = 2ull << 30;  // a worker's address space (--max-memory)
};

// The wall-clock budget of one input of `bytes` bytes: parse_seconds × (1 + MB).
double parse_budget_seconds(const Isolation& isolation, std::uint64_t bytes);

// While alive, parses started on this thread are stopped at `deadline` (a server's request
// deadline) instead of at their own budget: the worker is killed there, so its slot frees
// at once.
class ParseDeadline {
 public:
  explicit ParseDeadline(std::chrono::steady_clock::time_point deadline);
  ~ParseDeadline();
  ParseDeadline(const ParseDeadline&) = delete;
  ParseDeadline& operator=(const ParseDeadline&) = delete;

 private:
  std::optional<std::chrono::steady_clock::time_point> previous_;
};

// Sanitizers reserve terabytes of address space for their shadow memory before main(): a
// worker under an address-space limit could not map another page.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SKILLMATCH_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define SKILLMATCH_SANITIZED 1
#endif
#endif

class ParsePool {
 public:
  // Whether --max-memory bounds a worker. Not in sanitized builds (CI's ASan and TSan
  // runs), which cannot run under an address-space limit; the Release build enforces it.
#ifdef SKILLMATCH_SANITIZED
  static constexpr bool kLimitsMemory = false;
#else
  static constexpr bool kLimitsMemory = true;
#endif

  // Construct while the process has one thread: the zygote is forked here. `host`,
  // `limits` and `vocabulary` must outlive the pool (the in-process mode reads them).
  ParsePool(const PluginHost& host, const plugin::Limits& limits, const SectionVocabulary& vocabulary,
            const Isolation& isolation);
  // Ends the workers and the zygote and reaps them (so their CPU time is counted as this
  // process's children's). No parse may be running.
  ~ParsePool();
  ParsePool(const ParsePool&) = delete;
  ParsePool& operator=(const ParsePool&) = delete;

  // read_input()/read_bytes() in a worker (or in-process with `in_process`); safe from
  // any number of threads at once. A crash, a timeout or running out of memory is an
  // Error naming the input.
  Result<ReadInput> read_input(const std::filesystem::path& path) const;
  Result<ReadInput> read_bytes(const std::string& name, std::string_view bytes) const;
  // read_input(path) from a thread that reads files in a known order: `next` are the paths
  // it will ask for after this one, in that order. The first few are sent to the same
  // worker at once, so it parses them while the caller works on this one: per few files,
  // not per file, the worker sleeps and the caller waits (the wake-ups are most of what a
  // worker costs on small files). Asking for another path than announced is allowed: what
  // was sent ahead is then dropped. Same results as read_input(path).
  Result<ReadInput> read_input(const std::filesystem::path& path, std::span<const std::string> next) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace skillmatch
