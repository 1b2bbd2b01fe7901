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

// Calls work(worker, i) for every i in [0, count) on worker_count(count, jobs) threads,
// `worker` being the calling thread's number in [0, worker_count): work can keep state
// per thread (scratch buffers, partial results) without locks. emit(i, result) runs on
// the calling thread in increasing i. At most `window` results wait unemitted, so memory
// stays bounded however many items there are. An exception from work() is rethrown here.
template <class Work, class Emit>
void ordered_parallel_workers(std::size_t count, unsigned jobs, Work work, Emit emit, std::size_t window = 256) {
  using ResultType = decltype(work(0u, std::size_t{0}));
  jobs = worker_count(count, jobs);
  if (jobs == 1) {
    for (std::size_t i = 0; i < count; ++i) emit(i, work(0u, i));
    return;
  }
  std::vector<std::optional<ResultType>> slots(window);
  std::mutex mutex;
  std::condition_variable slot_filled, slot_freed;
  std::size_t next_to_take = 0, next_to_emit = 0;
  std::exception_ptr failure;

  const auto worker = [&](unsigned number) {
    for (;;) {
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        slot_freed.wait(lock, [&] { return failure || next_to_take >= count || next_to_take < next_to_emit + window; });
        if (failure || next_to_take >= count) return;
        index = next_to_take++;
      }
      std::optional<ResultType> result;
      try {
        result.emplace(work(number, index));
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure) failure = std::current_exception();
        slot_filled.notify_all();
        slot_freed.notify_all();
        return;
      }
      std::lock_guard lock(mutex);
      slots[index % window] = std::move(result);
      slot_filled.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker, t);
  for (; next_to_emit < count; ++next_to_emit) {
    std::optional<ResultType> ready;
    {
      std::unique_lock lock(mutex);
      slot_filled.wait(lock, [&] { return failure || slots[next_to_emit % window].has_value(); });
      if (failure) break;
      ready = std::move(slots[next_to_emit % window]);
      slots[next_to_emit % window].reset();
    }
    slot_freed.notify_all();
    emit(next_to_emit, std::move(*ready));
  }
  {
    std::lock_guard lock(mutex);
    next_to_emit = count;  // wakes any worker still waiting for room
  }
  slot_freed.notify_all();
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

// The same for work that keeps no per-thread state: work(i).
template <class Work, class Emit>
void ordered_parallel(std::size_t count, unsigned jobs, Work work, Emit emit, std::size_t window = 256) {
  ordered_parallel_workers(
      count, jobs, [&work](unsigned, std::size_t i) { return work(i); }, std::move(emit), window);
}

}  // namespace skillmatch
