#include "output.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ext/stdio_filebuf.h>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

#include "cli_common.hpp"

namespace skillmatch::cli {
namespace {

namespace fs = std::filesystem;

// Temporaries still being written, removed if the run is interrupted (audit writes up to
// three outputs at once). Plain arrays: the signal handler may only read what is there.
constexpr std::size_t kMaxPending = 8;
std::array<std::array<char, 4096>, kMaxPending> pending_paths;
std::array<volatile std::sig_atomic_t, kMaxPending> pending_set{};

void remove_pending_and_exit(int signal_number) {
  for (std::size_t i = 0; i < kMaxPending; ++i) {
    if (pending_set[i]) ::unlink(pending_paths[i].data());
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

int remember_pending(const std::string& path) {
  for (std::size_t i = 0; i < kMaxPending; ++i) {
    if (pending_set[i]) continue;
    std::snprintf(pending_paths[i].data(), pending_paths[i].size(), "%s", path.c_str());
    pending_set[i] = 1;
    std::signal(SIGINT, remove_pending_and_exit);
    std::signal(SIGTERM, remove_pending_and_exit);
    return static_cast<int>(i);
  }
  return -1;
}

void forget_pending(int slot) {
  if (slot >= 0) pending_set[static_cast<std::size_t>(slot)] = 0;
}

// What `path` names once symlinks are followed: the file to replace, or nothing yet.
fs::path resolve(const std::string& path) {
  std::error_code error;
  const fs::path target = fs::weakly_canonical(fs::path(path), error);
  return error ? fs::path(path) : target;
}

std::string system_error(int code) { return std::strerror(code); }

}  // namespace

struct Output::State {
  std::string path;        // as the user gave it, for messages
  fs::path target;         // what is written or replaced
  std::string temporary;   // empty when writing in place
  int pending = -1;
  std::unique_ptr<__gnu_cxx::stdio_filebuf<char>> buffer;
  std::unique_ptr<std::ostream> file;
};

Output::Output(const std::string& path) : state_(std::make_unique<State>()) {
  state_->path = path == "-" ? std::string() : path;
  if (state_->path.empty()) return;
  state_->target = resolve(path);
  struct stat existing {};
  const bool exists = ::stat(state_->target.c_str(), &existing) == 0;
  int fd = -1;
  if (exists && !S_ISREG(existing.st_mode)) {
    // A device, FIFO or terminal: written in place, never replaced.
    fd = ::open(state_->target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) throw UsageError("cannot write --output " + path + ": " + system_error(errno));
  } else {
    // O_EXCL through mkostemp: a name planted beforehand (a symlink to /etc/passwd) is
    // never opened, and the random suffix is tried again until one is free.
    std::string name = state_->target.string() + ".tmp-XXXXXX";
    fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) throw UsageError("cannot write --output " + path + ": " + system_error(errno));
    // mkostemp creates 0600; the output gets the mode it had, or the usual 0666 - umask.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, exists ? existing.st_mode & 07777 : 0666 & ~mask);
    state_->temporary = name;
    state_->pending = remember_pending(name);
  }
  state_->buffer = std::make_unique<__gnu_cxx::stdio_filebuf<char>>(fd, std::ios::out | std::ios::binary, 1 << 16);
  state_->file = std::make_unique<std::ostream>(state_->buffer.get());
}

Output::~Output() {
  if (state_->temporary.empty()) return;
  state_->file.reset();
  state_->buffer.reset();
  ::unlink(state_->temporary.c_str());
  forget_pending(state_->pending);
}

std::ostream& Output::stream() { return state_->path.empty() ? std::cout : *state_->file; }

bool Output::commit() {
  if (state_->path.empty()) {
    errno = 0;
    std::cout.flush();
    if (std::cout) return true;
    report_problem("standard output: write failed" + (errno != 0 ? ": " + system_error(errno) : std::string()));
    return false;
  }
  errno = 0;
  state_->file->flush();
  bool written = static_cast<bool>(*state_->file);
  int problem = errno;
  state_->file.reset();
  if (state_->buffer->close() == nullptr) {
    written = false;
    problem = problem != 0 ? problem : errno;
  }
  state_->buffer.reset();
  if (written && !state_->temporary.empty() && std::rename(state_->temporary.c_str(), state_->target.c_str()) != 0) {
    written = false;
    problem = errno;
  }
  if (!state_->temporary.empty()) {
    if (!written) ::unlink(state_->temporary.c_str());
    forget_pending(state_->pending);
    state_->temporary.clear();
  }
  if (!written) {
    report_problem(state_->path + ": could not write the output file" + (problem != 0 ? ": " + system_error(problem) : ""));
  }
  return written;
}

}  // namespace skillmatch::cli
