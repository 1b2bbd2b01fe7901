#include <skillmatch/standard_input.hpp>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace skillmatch {

Result<std::string> read_standard_input(const std::string& name, std::uint64_t max_bytes) {
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return Error{name, std::string("cannot read standard input: ") + std::strerror(errno)};
    if (got == 0) return bytes;
    bytes.append(buffer, static_cast<std::size_t>(got));
    if (bytes.size() > max_bytes) {
      return Error{name, "input too large (more than " + std::to_string(max_bytes) + " bytes; see --max-file-size)"};
    }
  }
}

}  // namespace skillmatch
