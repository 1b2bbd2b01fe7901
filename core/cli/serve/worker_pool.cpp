#include "worker_pool.hpp"

#include <skillmatch/parse_pool.hpp>

namespace skillmatch::cli::serve {

Admission::Ticket Admission::try_enter() {
  if (held_.fetch_add(1, std::memory_order_acq_rel) >= limit_) {
    held_.fetch_sub(1, std::memory_order_acq_rel);
    return nullptr;
  }
  // A non-null pointer whose deleter gives the slot back.
  return Ticket(this, [](Admission* self) { self->held_.fetch_sub(1, std::memory_order_acq_rel); });
}

struct WorkerPool::Task {
  std::function<void()> job;
  std::chrono::steady_clock::time_point deadline;
  std::exception_ptr failure;
  bool started = false, done = false, abandoned = false;
  bool late = false;  // done after its deadline: a timeout, even if run() woke after it
  std::condition_variable finished;
};

WorkerPool::WorkerPool(unsigned threads) {
  for (unsigned i = 0; i < std::max(1u, threads); ++i) threads_.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() {
  stop(std::chrono::hours(24));
  for (auto& thread : threads_) {
    if (thread.joinable()) thread.join();
  }
}

bool WorkerPool::run(std::function<void()> job, std::chrono::milliseconds timeout) {
  auto task = std::make_shared<Task>();
  task->job = std::move(job);
  task->deadline = std::chrono::steady_clock::now() + timeout;
  std::unique_lock lock(mutex_);
  if (stopping_) return false;
  queue_.push_back(task);
  wake_.notify_one();
  if (!task->finished.wait_until(lock, task->deadline, [&] { return task->done; }) || task->late) {
    task->abandoned = true;  // dropped if not started; otherwise its parse is stopped soon
    return false;
  }
  if (task->failure) std::rethrow_exception(task->failure);
  return true;
}

void WorkerPool::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, nothing left
    auto task = std::move(queue_.front());
    queue_.pop_front();
    if (task->abandoned) continue;
    task->started = true;
    ++running_;
    lock.unlock();
    try {
      const ParseDeadline parse_deadline(task->deadline + kParseGrace);
      task->job();
    } catch (...) {
      task->failure = std::current_exception();
    }
    task->job = nullptr;  // release what the job captured before the slot is counted free
    lock.lock();
    --running_;
    task->done = true;
    task->late = std::chrono::steady_clock::now() > task->deadline;
    task->finished.notify_all();
    idle_.notify_all();
  }
}

bool WorkerPool::stop(std::chrono::milliseconds grace) {
  std::unique_lock lock(mutex_);
  stopping_ = true;
  queue_.clear();
  wake_.notify_all();
  return idle_.wait_for(lock, grace, [&] { return running_ == 0; });
}

}  // namespace skillmatch::cli::serve
