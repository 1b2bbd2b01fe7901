#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include <skillmatch/parallel.hpp>

namespace skillmatch {
namespace {

TEST(OrderedParallel, EmitsInInputOrderWhateverTheThreadCount) {
  for (unsigned jobs : {1u, 2u, 4u, 8u}) {
    std::vector<std::size_t> emitted;
    ordered_parallel(
        200, jobs,
        [](std::size_t i) {
          // Later items finish first, to shake the order.
          std::this_thread::sleep_for(std::chrono::microseconds((200 - i) % 7 * 50));
          return i * i;
        },
        [&](std::size_t i, std::size_t value) {
          EXPECT_EQ(value, i * i);
          emitted.push_back(i);
        },
        16);
    ASSERT_EQ(emitted.size(), 200u);
    for (std::size_t i = 0; i < emitted.size(); ++i) EXPECT_EQ(emitted[i], i) << "jobs=" << jobs;
  }
}

TEST(OrderedParallel, EachWorkerHasItsOwnNumber) {
  for (unsigned jobs : {1u, 2u, 4u}) {
    const unsigned workers = worker_count(100, jobs);
    EXPECT_EQ(workers, jobs);
    std::vector<std::size_t> done(workers, 0);  // one counter per worker: no lock needed
    std::size_t emitted = 0;
    ordered_parallel_workers(
        100, jobs,
        [&](unsigned worker, std::size_t i) {
          EXPECT_LT(worker, workers);
          ++done[worker];
          return i;
        },
        [&](std::size_t i, std::size_t value) {
          EXPECT_EQ(value, i);
          ++emitted;
        },
        8);
    std::size_t total = 0;
    for (const std::size_t count : done) total += count;
    EXPECT_EQ(total, 100u);
    EXPECT_EQ(emitted, 100u);
  }
  EXPECT_EQ(worker_count(0, 4), 1u);
  EXPECT_EQ(worker_count(3, 8), 3u);
  EXPECT_EQ(worker_count(10, 0), 1u);
}

TEST(OrderedParallel, RethrowsAWorkersException) {
  EXPECT_THROW(ordered_parallel(
                   50, 4,
                   [](std::size_t i) {
                     if (i == 17) throw std::runtime_error("boom");
                     return i;
                   },
                   [](std::size_t, std::size_t) {}),
               std::runtime_error);
}

TEST(OrderedParallel, RethrowsAnEmitException) {
  std::size_t emitted = 0;
  EXPECT_THROW(ordered_parallel(
                   500, 4, [](std::size_t i) { return i; },
                   [&](std::size_t i, std::size_t) {
                     if (i == 123) throw std::runtime_error("disk full");
                     ++emitted;
                   },
                   8),
               std::runtime_error);
  EXPECT_EQ(emitted, 123u);  // nothing after the failed item is emitted
}

// Emitting is done by whichever worker finished the next item, so emit calls come from
// several threads: they must still never overlap, and every item is emitted exactly once.
TEST(OrderedParallel, EmitCallsNeverOverlapAndMissNothing) {
  for (unsigned jobs : {2u, 3u, 8u}) {
    std::atomic<int> inside{0};
    std::vector<std::size_t> emitted;
    ordered_parallel(
        3000, jobs,
        [](std::size_t i) {
          if (i % 97 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
          return i;
        },
        [&](std::size_t i, std::size_t value) {
          EXPECT_EQ(inside.fetch_add(1), 0) << "two emit calls at once";
          EXPECT_EQ(value, i);
          emitted.push_back(i);
          if (i % 11 == 0) std::this_thread::yield();
          inside.fetch_sub(1);
        },
        4);
    ASSERT_EQ(emitted.size(), 3000u) << "jobs=" << jobs;
    for (std::size_t i = 0; i < emitted.size(); ++i) ASSERT_EQ(emitted[i], i) << "jobs=" << jobs;
  }
}

// Work that takes its turn writes output itself: its writes come after every earlier
// item's emit and before every later one's, and never overlap an emit call.
TEST(OrderedParallel, WorkThatTakesItsTurnWritesInOrder) {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    std::atomic<int> inside{0};
    std::vector<std::size_t> written;
    const auto write = [&](std::size_t i) {
      EXPECT_EQ(inside.fetch_add(1), 0) << "two writers at once";
      written.push_back(i);
      if (i % 5 == 0) std::this_thread::yield();
      inside.fetch_sub(1);
    };
    ordered_parallel_turns(
        600, jobs,
        [&](unsigned, std::size_t i, const auto& wait_for_turn) {
          if (i % 13 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
          if (i % 3 != 0) return false;
          wait_for_turn();
          wait_for_turn();  // a second call is a no-op
          write(i);
          return true;
        },
        [&](std::size_t i, bool wrote_itself) {
          if (!wrote_itself) write(i);
        },
        8);
    ASSERT_EQ(written.size(), 600u) << "jobs=" << jobs;
    for (std::size_t i = 0; i < written.size(); ++i) ASSERT_EQ(written[i], i) << "jobs=" << jobs;
  }
}

// An item waiting for its turn behind one that failed is stopped, not left waiting.
TEST(OrderedParallel, AFailureEndsAWaitForTheTurn) {
  EXPECT_THROW(ordered_parallel_turns(
                   100, 4,
                   [](unsigned, std::size_t i, const auto& wait_for_turn) {
                     if (i == 5) {
                       std::this_thread::sleep_for(std::chrono::milliseconds(5));
                       throw std::runtime_error("boom");
                     }
                     wait_for_turn();
                     return i;
                   },
                   [](std::size_t, std::size_t) {}, 8),
               std::runtime_error);
}

TEST(OrderedParallel, NothingToDoIsFine) {
  int calls = 0;
  ordered_parallel(0, 4, [](std::size_t i) { return i; }, [&](std::size_t, std::size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace skillmatch
