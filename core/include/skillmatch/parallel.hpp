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
  std::vector<std::optional<ResultType>> slots(window);
  std::mutex mutex;
  std::condition_variable slot_freed;
  std::size_t next_to_take = 0, next_to_emit = 0;
  bool emitting = false;
  std::exception_ptr failure;
  struct Stopped {};

  const auto fail = [&](std::unique_lock<std::mutex>&) {
    if (!failure) failure = std::current_exception();
    slot_freed.notify_all();
  };
  // Emits every result that is ready in order; called with the lock held, by one thread at a time.
  const auto emit_ready = [&](std::unique_lock<std::mutex>& lock) {
    emitting = true;
    while (!failure && next_to_emit < count && slots[next_to_emit % window].has_value()) {
      ResultType ready = std::move(*slots[next_to_emit % window]);
      slots[next_to_emit % window].reset();
      const std::size_t index = next_to_emit;
      lock.unlock();
      try {
        emit(index, std::move(ready));
      } catch (...) {
        lock.lock();
        fail(lock);
        break;
      }
      lock.lock();
      ++next_to_emit;
      slot_freed.notify_all();
    }
    emitting = false;
    slot_freed.notify_all();
  };
  const auto worker = [&](unsigned number) {
    std::unique_lock lock(mutex);
    for (;;) {
      slot_freed.wait(lock, [&] { return failure || next_to_take >= count || next_to_take < next_to_emit + window; });
      if (failure || next_to_take >= count) return;
      const std::size_t index = next_to_take++;
      lock.unlock();
      // Taking the turn makes this thread the emitter until its own result is emitted.
      bool has_turn = false;
      const auto wait_for_turn = [&] {
        if (has_turn) return;
        std::unique_lock turn_lock(mutex);
        slot_freed.wait(turn_lock, [&] { return failure || (next_to_emit == index && !emitting); });
        // The turn never comes once something failed: stop this work too.
        if (failure) throw Stopped{};
        emitting = has_turn = true;
      };
      std::optional<ResultType> result;
      try {
        result.emplace(work(number, index, wait_for_turn));
      } catch (...) {
        lock.lock();
        if (has_turn) emitting = false;
        fail(lock);
        return;
      }
      lock.lock();
      slots[index % window] = std::move(result);
      // Whoever is emitting checks for this slot under the lock before it stops.
      if (has_turn || !emitting) emit_ready(lock);
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker, t);
  worker(0);
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
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
