#include "engine_lifetimes.hpp"

#include <mutex>
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

}  // namespace

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
