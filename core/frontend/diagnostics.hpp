// Diagnostics on stderr: whole lines, from any thread, never touching stdout. Data goes to
// stdout from one emitting thread only; a worker that wrote a warning through std::cerr
// flushed std::cout (tied to it) while the emitter was writing it, and corrupted the data.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace skillmatch::cli {

// What every front end exits with.
enum ExitCode : int { kSuccess = 0, kSomeInputsFailed = 1, kUsageError = 2 };

// "skillmatch: <message>" on stderr, written whole under a lock.
void report_problem(const std::string& message);
// "skillmatch: warning: <message>" on stderr, written whole under a lock.
void report_warning(const std::string& message);

// `text` with control characters and broken UTF-8 shown as \xNN, so a file name cannot
// move the cursor, clear the screen or split a diagnostic line.
std::string printable(std::string_view text);

// A one-line progress bar on stderr, drawn only when stderr is a terminal.
class Progress {
 public:
  Progress(std::size_t total, std::string what);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  void advance();

 private:
  std::size_t total_, done_ = 0;
  std::string what_;
  bool enabled_;
};

}  // namespace skillmatch::cli
