// skillmatch-serve.so: the server of `skillmatch serve`, loaded by the executable.
#include <malloc.h>
#include <pthread.h>
#include <signal.h>

#include <cstdlib>
#include <iostream>
#include <thread>

#include "engine_loader.hpp"
#include "serve_module.hpp"

namespace skillmatch::cli::serve {
namespace {

int serve(const ServeOptions& options, const Engine& engine) {
  // SIGINT/SIGTERM are taken by one thread with sigwait, so stopping runs outside a
  // signal handler; every thread started from here on inherits the blocked mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);
  // glibc raises its mmap threshold to the size of the largest block freed (up to 32 MB),
  // so after one 16 MB upload every thread's arena kept a 32 MB buffer it never returns
  // (malloc_trim leaves arena tops alone): 20 uploads left 432 MB resident. A fixed
  // threshold keeps request-sized buffers in mmap, given back to the system when freed.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);

  Server server(options, engine);
  const int port = server.bind();
  if (port < 0) {
    report_problem("cannot listen on " + options.host + ":" + std::to_string(options.port));
    return kSomeInputsFailed;
  }
  const std::string shown_host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  std::cerr << "skillmatch: serving http://" << shown_host << ":" << port << "/ ("
            << (options.token.empty() ? "no token" : "bearer token required") << "; Ctrl-C to stop)" << std::endl;

  std::thread signal_waiter([&] {
    int received = 0;
    sigwait(&stop_signals, &received);
    server.stop();
  });
  const bool served = server.run();
  // If the listener ended on its own, wake the waiter so it can be joined.
  pthread_kill(signal_waiter.native_handle(), SIGTERM);
  signal_waiter.join();
  if (!server.drain(std::chrono::seconds(5))) {
    report_warning("parses still running after 5 s; exiting without waiting for them");
    std::cerr.flush();
    std::_Exit(served ? kSuccess : kSomeInputsFailed);
  }
  std::cerr << "skillmatch: stopped" << std::endl;
  return served ? kSuccess : kSomeInputsFailed;
}

int serve_until_stopped(const ServeOptions& options, const EngineOptions& engine_options) {
  // Loaded here, by this module's own copy of the core, before any thread starts: the
  // parse workers' zygote is forked from a single-threaded process.
  const auto engine = load_engine(engine_options);
  if (!engine) return kUsageError;
  return serve(options, *engine);
}

}  // namespace
}  // namespace skillmatch::cli::serve

SKILLMATCH_MODULE_STAMP(::skillmatch::modules::ModuleKind::kServeModule, ::skillmatch::cli::serve::kModuleAbiVersion,
                        SKILLMATCH_SERVE_BUILD_TAG)

extern "C" __attribute__((visibility("default"))) int skillmatch_serve_until_stopped(
    const skillmatch::cli::serve::ServeOptions& options, const skillmatch::EngineOptions& engine) {
  return skillmatch::cli::serve::serve_until_stopped(options, engine);
}
