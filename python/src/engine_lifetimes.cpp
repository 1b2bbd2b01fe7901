#include "engine_lifetimes.hpp"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace skillmatch::python {
namespace {

struct Loaded {
  std::mutex mutex;
  std::vector<std::shared_ptr<const Engine>> engines;  // oldest first
};

// Never destroyed: a static's destructor would free the engines oldest first at exit. What
// is left at exit is left to it, as the CLI leaves its runtime (zygotes die with us).
Loaded& loaded() {
  static Loaded* const instance = new Loaded;
  return *instance;
}

// One thread that runs what it is given and never ends (it is left to the exit).
class LastingThread {
 public:
  LastingThread() { std::thread([this] { run(); }).detach(); }

  template <class Work>
  auto call(Work work) {
    std::packaged_task<decltype(work())()> task(std::move(work));
    auto done = task.get_future();
    {
      const std::lock_guard lock(mutex_);
      queue_.emplace_back([&task] { task(); });
    }
    ready_.notify_one();
    return done.get();
  }

 private:
  [[noreturn]] void run() {
    for (;;) {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [this] { return !queue_.empty(); });
      const std::function<void()> work = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      work();
    }
  }

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
};

}  // namespace

EngineLoad load_engine(const EngineOptions& options) {
  static LastingThread* const thread = new LastingThread;  // never destroyed: it never ends
  return thread->call([&options] { return Engine::load(options); });
}

EngineRef::EngineRef(std::unique_ptr<Engine> engine) : engine_(std::move(engine)) {
  Loaded& all = loaded();
  const std::lock_guard lock(all.mutex);
  all.engines.push_back(engine_);
}

EngineRef::~EngineRef() {
  engine_.reset();
  Loaded& all = loaded();
  const std::lock_guard lock(all.mutex);
  // Only the list holds the newest: nothing can use it again.
  while (!all.engines.empty() && all.engines.back().use_count() == 1) all.engines.pop_back();
}

}  // namespace skillmatch::python
