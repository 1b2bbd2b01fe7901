// The connections of `skillmatch serve`: one thread waits on every connection until a
// request's headers have arrived, and only then does a worker serve it. httplib alone
// gives each connection a thread from its first byte to its close, so idle and slow
// clients (a thousand idle, a hundred sending a byte every 2 s) held every thread and
// left /healthz unanswered for tens of seconds.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace skillmatch::cli::serve {

struct ConnectionLimits {
  std::size_t max_waiting = 256;  // connections waiting for a request; more: the oldest is closed
  std::chrono::milliseconds header_timeout{5000};    // idle or slow: closed once it passes
  std::chrono::milliseconds read_timeout{5000};      // longest wait for the next bytes of a body
  std::chrono::milliseconds request_timeout{60000};  // longest a request's body may take in all
  std::chrono::milliseconds write_timeout{10000};
  std::size_t max_header_bytes = 64 << 10;
  std::size_t light_threads = 8;   // GET, HEAD, OPTIONS: never queued behind uploads
  std::size_t upload_threads = 8;  // every other method
};

class Connections {
 public:
  // Serves one request from the stream; true if the connection may carry another.
  using ServeOne = std::function<bool(httplib::Stream& stream, bool last)>;

  Connections(const ConnectionLimits& limits, ServeOne serve_one);
  ~Connections();
  Connections(const Connections&) = delete;
  Connections& operator=(const Connections&) = delete;

  // Takes ownership of an accepted socket; returns at once.
  void adopt(int sock);
  // Closes every waiting connection and waits for the requests being served.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace skillmatch::cli::serve
