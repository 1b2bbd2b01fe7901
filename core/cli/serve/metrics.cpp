#include "metrics.hpp"

#include <sstream>

namespace skillmatch::cli::serve {

void Metrics::request(const std::string& route, const std::string& method, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, method, status}];
  if (seconds < 0) return;
  Histogram& histogram = latency_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) histogram.buckets[i] += seconds <= kBuckets[i];
  ++histogram.count;
  histogram.sum += seconds;
}

void Metrics::error(const std::string& kind) {
  std::lock_guard lock(mutex_);
  ++errors_[kind];
}

void Metrics::documents_parsed(std::uint64_t count) {
  std::lock_guard lock(mutex_);
  documents_ += count;
}

std::string Metrics::render(std::size_t in_flight, std::size_t in_flight_limit) const {
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  out.precision(10);
  out << "# HELP skillmatch_http_requests_total HTTP requests answered, by route, method and status.\n"
         "# TYPE skillmatch_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto& [route, method, status] = key;
    out << "skillmatch_http_requests_total{route=\"" << route << "\",method=\"" << method << "\",status=\""
        << status << "\"} " << count << '\n';
  }
  out << "# HELP skillmatch_http_request_duration_seconds Time from routing to response, by route.\n"
         "# TYPE skillmatch_http_request_duration_seconds histogram\n";
  for (const auto& [route, histogram] : latency_) {
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out << "skillmatch_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"" << kBuckets[i]
          << "\"} " << histogram.buckets[i] << '\n';
    }
    out << "skillmatch_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} "
        << histogram.count << '\n'
        << "skillmatch_http_request_duration_seconds_sum{route=\"" << route << "\"} " << histogram.sum << '\n'
        << "skillmatch_http_request_duration_seconds_count{route=\"" << route << "\"} " << histogram.count << '\n';
  }
  out << "# HELP skillmatch_documents_parsed_total Documents parsed from uploads and pasted text.\n"
         "# TYPE skillmatch_documents_parsed_total counter\n"
         "skillmatch_documents_parsed_total "
      << documents_ << '\n';
  out << "# HELP skillmatch_errors_total Error responses, by kind.\n# TYPE skillmatch_errors_total counter\n";
  for (const auto& [kind, count] : errors_) out << "skillmatch_errors_total{kind=\"" << kind << "\"} " << count << '\n';
  out << "# HELP skillmatch_requests_in_flight API requests and parses holding a slot now.\n"
         "# TYPE skillmatch_requests_in_flight gauge\n"
         "skillmatch_requests_in_flight "
      << in_flight << "\n# HELP skillmatch_requests_in_flight_limit Slots; more are answered 503.\n"
      << "# TYPE skillmatch_requests_in_flight_limit gauge\nskillmatch_requests_in_flight_limit " << in_flight_limit
      << '\n';
  return out.str();
}

}  // namespace skillmatch::cli::serve
