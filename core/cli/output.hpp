// Where a command writes its data: stdout, or a file that appears whole or not at all.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>

namespace skillmatch::cli {

// A regular file (or a new one) is written to an exclusively created temporary beside it
// and renamed over it on commit(), so readers never see half an output. Anything else a
// path names (/dev/null, a FIFO, a terminal) is written in place: renaming over it would
// replace a device node or a pipe with a regular file. A symlink is followed to what it
// names, and that is replaced; the link stays.
class Output {
 public:
  explicit Output(const std::string& path);  // empty path or "-": stdout
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  std::ostream& stream();
  // Flushes and moves the finished temporary into place; false (with a message naming
  // the output) if any write failed.
  bool commit();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace skillmatch::cli
