// `skillmatch serve`: the HTTP API and the web page, on cpp-httplib.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "loopback_host.hpp"
#include <skillmatch/engine.hpp>

namespace skillmatch::cli::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                            // 0: any free port
  std::string token;                          // empty: no authentication
  std::uint64_t max_request_bytes = 16ull << 20;
  std::chrono::milliseconds parse_timeout{10000};
  std::size_t max_in_flight = 64;
  unsigned jobs = 1;                          // parse threads
  // Origins besides the server's own whose pages may POST (e.g. "http://localhost:3000").
  std::vector<std::string> allow_origins;
};

class Server {
 public:
  // Everything referenced must outlive the server.
  Server(const ServeOptions& options, const Engine& engine);
  ~Server();

  // Binds; returns the port bound (useful with port 0), or -1 with nothing bound.
  int bind();
  // Serves until stop(); false if the listener failed.
  bool run();
  // Safe from any thread (not from a signal handler).
  void stop();
  // Waits up to `grace` for parses still running; false if some still do.
  bool drain(std::chrono::milliseconds grace);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace skillmatch::cli::serve
