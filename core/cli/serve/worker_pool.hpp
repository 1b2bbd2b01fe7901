// What bounds the work `skillmatch serve` takes on: how many requests may be in flight,
// and how long a parse may take before the client is answered 408.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace skillmatch::cli::serve {

// Admits at most `limit` holders at once. A ticket is released when its last copy goes:
// a parse that outlives its request (answered 408) keeps its slot until it ends (at once
// in a parse worker, which is killed; with --no-isolation only when the parser returns),
// so runaway parses cannot pile up beyond the limit.
class Admission {
 public:
  using Ticket = std::shared_ptr<void>;
  explicit Admission(std::size_t limit) : limit_(limit) {}
  // nullptr when `limit` tickets are already out.
  Ticket try_enter();
  std::size_t in_flight() const { return held_.load(std::memory_order_relaxed); }
  std::size_t limit() const { return limit_; }

 private:
  std::size_t limit_;
  std::atomic<std::size_t> held_{0};
};

// A fixed set of threads that run jobs with a deadline. A job runs under a ParseDeadline
// a little after its own, so a parse it starts in a worker process is killed right after
// the client got its 408 and the thread is free again; in-process parses (--no-isolation)
// cannot be interrupted safely and are left to finish. A job that has not started by its
// deadline is dropped. Jobs must own everything they touch.
class WorkerPool {
 public:
  explicit WorkerPool(unsigned threads);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // True when `job` finished within `timeout`; exceptions it throws are rethrown here.
  // A parse the job starts is stopped kParseGrace after `timeout`.
  bool run(std::function<void()> job, std::chrono::milliseconds timeout);

  // Stops taking jobs and waits up to `grace` for running ones; false if some still run.
  bool stop(std::chrono::milliseconds grace);

  // Between the 408 and the kill: so the request's own deadline passes first. A job done
  // after its deadline counts as timed out, so a killed parse is never reported as the
  // request's outcome instead of the 408, however late run() wakes.
  static constexpr std::chrono::milliseconds kParseGrace{100};

 private:
  struct Task;
  void work();

  std::mutex mutex_;
  std::condition_variable wake_, idle_;
  std::deque<std::shared_ptr<Task>> queue_;
  std::size_t running_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace skillmatch::cli::serve
