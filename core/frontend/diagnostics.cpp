#include "diagnostics.hpp"

#include <cerrno>
#include <mutex>
#include <unistd.h>

namespace skillmatch::cli {
namespace {

std::mutex& stderr_lock() {
  static std::mutex lock;
  return lock;
}

// One write(2) loop under the lock: lines from different threads never interleave, and
// no C++ stream (whose flush could reach std::cout) is involved.
void write_stderr(std::string_view bytes) {
  const std::lock_guard<std::mutex> hold(stderr_lock());
  while (!bytes.empty()) {
    const ssize_t written = ::write(STDERR_FILENO, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;  // stderr is gone: nothing better to do with a diagnostic
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
}

// Length of the well-formed UTF-8 sequence at text[i], or 0 when it is broken.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

}  // namespace

std::string printable(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  const auto escape = [&](unsigned char c) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = utf8_length(text, i);
    // C0 controls, DEL, and the C1 controls U+0080-U+009F (C2 80 - C2 9F in UTF-8).
    const bool control = c < 0x20 || c == 0x7F || (length == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0);
    if (length == 0 || control) {
      for (std::size_t k = 0; k < std::max<std::size_t>(length, 1); ++k) escape(static_cast<unsigned char>(text[i + k]));
      i += std::max<std::size_t>(length, 1);
      continue;
    }
    out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

void report_problem(const std::string& message) { write_stderr("skillmatch: " + printable(message) + '\n'); }
void report_warning(const std::string& message) { write_stderr("skillmatch: warning: " + printable(message) + '\n'); }

Progress::Progress(std::size_t total, std::string what)
    : total_(total), what_(std::move(what)), enabled_(total >= 20 && ::isatty(STDERR_FILENO)) {}

Progress::~Progress() {
  if (enabled_) write_stderr("\r\033[K");
}

void Progress::advance() {
  ++done_;
  if (!enabled_ || (done_ % 16 != 0 && done_ != total_)) return;
  constexpr std::size_t kWidth = 30;
  const std::size_t filled = kWidth * done_ / total_;
  write_stderr("\r[" + std::string(filled, '#') + std::string(kWidth - filled, ' ') + "] " + std::to_string(done_) + "/" +
               std::to_string(total_) + ' ' + what_);
}

}  // namespace skillmatch::cli
