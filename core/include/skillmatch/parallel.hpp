// Runs independent work items on several threads and hands results back in input order,
// so output is the same whatever the thread count (ripgrep's per-file buffering).
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace skillmatch {

// How many threads ordered_parallel runs for `count` items and `jobs` asked: at least
// one, at most one per item.
inline unsigned worker_count(std::size_t count, unsigned jobs) {
  return std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
}

namespace detail {

// What the threads of ordered_parallel_turns share, and what each of them runs.
template <class Result, class Work, class Emit>
class OrderedTurns {
 public:
  OrderedTurns(std::size_t count, std::size_t window, Work& work, Emit& emit)
      : count_(count), window_(window), work_(work), emit_(emit), slots_(window) {}

  // Takes items in order until none is left or something failed; `number` is the thread's.
  void run_worker(unsigned number) {
    std::unique_lock lock(mutex_);
    for (;;) {
      slot_freed_.wait(lock, [&] { return failure_ || next_to_take_ >= count_ || next_to_take_ < next_to_emit_ + window_; });
      if (failure_ || next_to_take_ >= count_) return;
      const std::size_t index = next_to_take_++;
      lock.unlock();
      // Taking the turn makes this thread the emitter until its own result is emitted.
      bool has_turn = false;
      const auto wait_for_turn = [&] { take_turn(index, has_turn); };
      std::optional<Result> result;
      try {
        result.emplace(work_(number, index, wait_for_turn));
      } catch (...) {
        lock.lock();
        if (has_turn) emitting_ = false;
        fail();
        return;
      }
      lock.lock();
      slots_[index % window_] = std::move(result);
      // Whoever is emitting checks for this slot under the lock before it stops.
      if (has_turn || !emitting_) emit_ready(lock);
    }
  }

  // The first exception work or emit threw, or null.
  std::exception_ptr failure() const { return failure_; }

 private:
  struct Stopped {};

  // wait_for_turn() of item `index`: blocks until every item before it was emitted.
  void take_turn(std::size_t index, bool& has_turn) {
    if (has_turn) return;
    std::unique_lock turn_lock(mutex_);
    slot_freed_.wait(turn_lock, [&] { return failure_ || (next_to_emit_ == index && !emitting_); });
    // The turn never comes once something failed: stop this work too.
    if (failure_) throw Stopped{};
    emitting_ = has_turn = true;
  }

  // Keeps the exception being handled and wakes every thread; with the lock held.
  void fail() {
    if (!failure_) failure_ = std::current_exception();
    slot_freed_.notify_all();
  }

  // Emits every result that is ready in order; called with the lock held, by one thread at a time.
  void emit_ready(std::unique_lock<std::mutex>& lock) {
    emitting_ = true;
    while (!failure_ && next_to_emit_ < count_ && slots_[next_to_emit_ % window_].has_value()) {
      Result ready = std::move(*slots_[next_to_emit_ % window_]);
      slots_[next_to_emit_ % window_].reset();
      const std::size_t index = next_to_emit_;
      lock.unlock();
      try {
        emit_(index, std::move(ready));
      } catch (...) {
        lock.lock();
        fail();
        break;
      }
      lock.lock();
      ++next_to_emit_;
      slot_freed_.notify_all();
    }
    emitting_ = false;
    slot_freed_.notify_all();
  }

  const std::size_t count_, window_;
  Work& work_;
  Emit& emit_;
  std::vector<std::optional<Result>> slots_;
  std::mutex mutex_;
  std::condition_variable slot_freed_;
  std::size_t next_to_take_ = 0, next_to_emit_ = 0;
  bool emitting_ = false;
  std::exception_ptr failure_;
};

}  // namespace detail

// Calls work(worker, i, wait_for_turn) for every i in [0, count) on worker_count(count,
// jobs) threads, the calling thread among them; `worker` is the thread's number in
// [0, worker_count): work can keep state per thread (scratch buffers, partial results)
// without locks. emit(i, result) is called in increasing i, one call at a time, by
// whichever thread finished the result that was next: no thread only waits to emit, which
// on two cores cost a sleep and a wake-up per item. At most `window` results wait
// unemitted, so memory stays bounded however many items there are. An exception from
// work() or emit() stops the others and is rethrown here.
// wait_for_turn() blocks until every item before i has been emitted; from then until work
// returns, item i may write output itself, as emit would, and nothing else is emitted.
// Work whose result would be too big to hold (a huge document's rendering) writes it
// piecewise instead of returning it.
template <class Work, class Emit>
void ordered_parallel_turns(std::size_t count, unsigned jobs, Work work, Emit emit, std::size_t window = 256) {
  const auto always_my_turn = [] {};
  using ResultType = decltype(work(0u, std::size_t{0}, always_my_turn));
  jobs = worker_count(count, jobs);
  if (jobs == 1) {
    for (std::size_t i = 0; i < count; ++i) emit(i, work(0u, i, always_my_turn));
    return;
  }
  detail::OrderedTurns<ResultType, Work, Emit> turns(count, window, work, emit);
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back([&turns, t] { turns.run_worker(t); });
  turns.run_worker(0);
  for (auto& thread : threads) thread.join();
  if (turns.failure()) std::rethrow_exception(turns.failure());
}

// The same for work that never writes output itself: work(worker, i).
template <class Work, class Emit>
void ordered_parallel_workers(std::size_t count, unsigned jobs, Work work, Emit emit, std::size_t window = 256) {
  ordered_parallel_turns(
      count, jobs, [&work](unsigned worker, std::size_t i, const auto&) { return work(worker, i); }, std::move(emit),
      window);
}

// The same for work that keeps no per-thread state: work(i).
template <class Work, class Emit>
void ordered_parallel(std::size_t count, unsigned jobs, Work work, Emit emit, std::size_t window = 256) {
  ordered_parallel_workers(
      count, jobs, [&work](unsigned, std::size_t i) { return work(i); }, std::move(emit), window);
}

}  // namespace skillmatch
