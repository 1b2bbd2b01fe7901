// The counters `skillmatch serve` exposes at /metrics, in the Prometheus text format.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace skillmatch::cli::serve {

class Metrics {
 public:
  // One finished request: its route (a fixed name, never the raw path), method, status
  // and, when known, how long it took.
  void request(const std::string& route, const std::string& method, int status, double seconds);
  // An error response, by kind ("bad_input", "timeout", "overloaded"...).
  void error(const std::string& kind);
  void documents_parsed(std::uint64_t count);

  // The exposition text; `in_flight` and `abandoned` are sampled by the caller.
  std::string render(std::size_t in_flight, std::size_t in_flight_limit) const;

  static constexpr std::array<double, 14> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,    0.25,  0.5,    1,     2.5,  5,     10};

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
  std::map<std::string, std::uint64_t> errors_;
  std::uint64_t documents_ = 0;
};

}  // namespace skillmatch::cli::serve
