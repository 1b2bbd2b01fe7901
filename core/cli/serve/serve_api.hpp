// What the API endpoints compute, apart from HTTP: each POST endpoint reads its request
// into owned inputs (cheap, on the HTTP thread) and returns the work to run on a parse
// thread under the deadline.
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract_stream.hpp"
#include <skillmatch/engine.hpp>

namespace httplib {
struct Request;
}

namespace skillmatch::cli::serve {

class Metrics;

// A request the API refuses before any work: answered `status` with `what()`.
struct RequestError : std::runtime_error {
  RequestError(int status_in, const std::string& message) : std::runtime_error(message), status(status_in) {}
  int status;
};

// An uploaded or pasted file, owned.
using Upload = NamedBytes;

class Api {
 public:
  struct Outcome {
    int status = 200;
    std::string body;  // JSON
    // When set, the JSON is written by this instead, as the response is sent: a large
    // document's extraction JSON (four to five times its text) is never held whole, and a
    // feed's postings are extracted as they are written. The rest of the work runs
    // through `run`; false when it ran out of time, `out` left unfinished.
    std::function<bool(std::ostream& out, const RunStep& run)> write;
  };
  using Work = std::function<Outcome()>;

  Api(const Engine& engine, Metrics& metrics);

  const std::string& openapi() const { return openapi_; }
  const std::string& health() const { return health_; }
  const std::string& roles() const { return roles_; }
  std::string skills(const std::string& category_prefix) const;

  Work extract(const httplib::Request& request) const;
  Work match(const httplib::Request& request) const;
  Work screen(const httplib::Request& request) const;

 private:
  // Parses and extracts one upload, counting the documents.
  Result<std::vector<ExtractedDocument>> read(const Upload& upload) const;
  void check_size(const Upload& upload) const;

  const Engine& engine_;
  Metrics& metrics_;
  std::string openapi_, health_, roles_, all_skills_;
};

}  // namespace skillmatch::cli::serve
