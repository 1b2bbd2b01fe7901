// The engine a front end (a CLI command, the server) loads once, with load problems and
// read issues printed on stderr as the CLI prints them.
#pragma once

#include <memory>
#include <optional>

#include <skillmatch/batch.hpp>
#include <skillmatch/engine.hpp>

#include "diagnostics.hpp"

namespace skillmatch::cli {

// What ends a command's Engine: its parse workers are ended and reaped, and the rest is
// left to the exit rather than freed. Freeing the rules and the extractor writes to
// nearly every page of them, and after the zygote's fork each such page is
// write-protected: about 500 of the workers' 1,300 extra page faults on one file (perf
// stat), for memory the exit releases anyway.
struct LeaveForExit {
  void operator()(Engine* engine) const;
};
using LoadedEngine = std::unique_ptr<Engine, LeaveForExit>;

// Loads the engine, printing plugin warnings and rules problems; null when unusable.
LoadedEngine load_engine(const EngineOptions& options);

// Prints a read's warnings, then its errors.
void report_issues(const InputIssues& issues);

// What "Present" means, from --today or a request's "today" (YYYY-MM; empty: this month);
// an error saying "--today expects YYYY-MM, got '...'" otherwise.
Result<YearMonth> today_from(const std::string& value);

// A progress bar a batch starts once it knows how many inputs it has.
class BatchProgress {
 public:
  explicit BatchProgress(std::string what) : what_(std::move(what)) {}
  void start(std::size_t total) { progress_.emplace(total, what_); }
  void advance() { progress_->advance(); }

 private:
  std::string what_;
  std::optional<Progress> progress_;
};

// A batch's events as the CLI shows them: warnings and errors printed on stderr, each
// error also handed to `record` (the report's error list), and the progress bar moved.
BatchEvents printed_events(BatchProgress& progress, std::function<void(const Error&)> record);

}  // namespace skillmatch::cli
