// Where engines are made and when they end, around two properties of core's ParsePool.
//
// Engines are made on one thread that never ends. The zygote asks to be killed when the
// thread that forked it ends (PR_SET_PDEATHSIG follows the thread, not the process), so an
// engine made on a Python thread that has since ended could not start a parse worker.
//
// Engines end newest first. Each engine's parse pool forks a zygote, and a zygote forked
// later inherits the control socket of every pool made before it (core's ParsePool does
// not close inherited descriptors in the zygote); a zygote exits when its socket's other
// end closes, so an engine freed while a newer one lives waits for ever on its zygote.
// Until core closes them, every engine is also held here, and freed only once it and
// every engine made after it are unused: a Python program may make and drop engines in
// any order.
#pragma once

#include <memory>

#include <skillmatch/engine.hpp>

namespace skillmatch::python {

// Engine::load(options), run on the binding's lasting thread.
EngineLoad load_engine(const EngineOptions& options);

// A share of a loaded engine; the last share of the newest engines frees them, newest first.
class EngineRef {
 public:
  // Takes a just-loaded engine (the newest).
  explicit EngineRef(std::unique_ptr<Engine> engine);
  EngineRef(const EngineRef&) = default;
  EngineRef& operator=(const EngineRef&) = delete;
  ~EngineRef();

  const Engine& operator*() const { return *engine_; }
  const Engine* operator->() const { return engine_.get(); }

 private:
  std::shared_ptr<const Engine> engine_;
};

}  // namespace skillmatch::python
