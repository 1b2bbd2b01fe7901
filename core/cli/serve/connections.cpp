#include "connections.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <deque>
#include <mutex>
#include <string_view>
#include <thread>
#include <vector>

namespace skillmatch::cli::serve {
namespace {

using Clock = std::chrono::steady_clock;

struct Connection {
  explicit Connection(int fd_in) : fd(fd_in) {}
  ~Connection() {
    // Bytes the client sent and nobody read would turn the close into a reset, which can
    // discard the response before the client reads it: take what is already here.
    char sink[4096];
    for (std::size_t drained = 0; drained < (64u << 10);) {
      const ssize_t n = ::recv(fd, sink, sizeof sink, MSG_DONTWAIT);
      if (n <= 0) break;
      drained += static_cast<std::size_t>(n);
    }
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  std::string_view unread() const { return std::string_view(received).substr(taken); }
  bool headers_complete() const { return unread().find("\r\n\r\n") != std::string_view::npos; }
  // Requests that carry no body are served by their own threads, never queued behind uploads.
  bool light() const {
    const std::string_view method = unread().substr(0, unread().find(' '));
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
  }
  void forget_taken() {
    received.erase(0, taken);
    taken = 0;
  }

  int fd;
  std::string received;
  std::size_t taken = 0;  // bytes of `received` httplib has read
  Clock::time_point deadline;
};

int milliseconds_until(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(left, 0, 1 << 30));
}

bool wait_for(int fd, short events, int timeout_ms) {
  pollfd entry{fd, events, 0};
  return ::poll(&entry, 1, timeout_ms) > 0 && (entry.revents & (events | POLLHUP | POLLERR)) != 0;
}

void address_of(int fd, bool remote, std::string& ip, int& port) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  auto* generic = reinterpret_cast<sockaddr*>(&address);
  if ((remote ? ::getpeername(fd, generic, &length) : ::getsockname(fd, generic, &length)) != 0) return;
  char text[INET6_ADDRSTRLEN] = {};
  if (address.ss_family == AF_INET) {
    const auto* v4 = reinterpret_cast<const sockaddr_in*>(&address);
    ::inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
    port = ntohs(v4->sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&address);
    ::inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
    port = ntohs(v6->sin6_port);
  }
  ip = text;
}

// One request's view of a connection: the bytes read while waiting for its headers, then
// the socket. A body that stalls (read timeout) or drags on (request deadline) ends the
// request, so a slow upload holds its thread for a bounded time.
class ConnectionStream final : public httplib::Stream {
 public:
  ConnectionStream(Connection& connection, const ConnectionLimits& limits)
      : connection_(connection), limits_(limits), deadline_(Clock::now() + limits.request_timeout) {}

  bool is_readable() const override {
    return !connection_.unread().empty() ||
           wait_for(connection_.fd, POLLIN, std::min(read_wait(), milliseconds_until(deadline_)));
  }
  bool is_writable() const override {
    return wait_for(connection_.fd, POLLOUT, static_cast<int>(limits_.write_timeout.count()));
  }

  ssize_t read(char* ptr, std::size_t size) override {
    if (connection_.unread().empty() && !fill()) return -1;
    const std::size_t n = connection_.unread().copy(ptr, size);
    connection_.taken += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, std::size_t size) override {
    if (!is_writable()) return -1;
    return ::send(connection_.fd, ptr, size, MSG_NOSIGNAL);
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override { address_of(connection_.fd, true, ip, port); }
  void get_local_ip_and_port(std::string& ip, int& port) const override { address_of(connection_.fd, false, ip, port); }
  socket_t socket() const override { return connection_.fd; }

 private:
  int read_wait() const { return static_cast<int>(limits_.read_timeout.count()); }

  // httplib reads headers a byte at a time: receive in blocks.
  bool fill() {
    if (!wait_for(connection_.fd, POLLIN, std::min(read_wait(), milliseconds_until(deadline_)))) return false;
    connection_.forget_taken();
    char block[16384];
    const ssize_t n = ::recv(connection_.fd, block, sizeof block, 0);
    if (n <= 0) return false;
    connection_.received.append(block, static_cast<std::size_t>(n));
    return true;
  }

  Connection& connection_;
  const ConnectionLimits& limits_;
  Clock::time_point deadline_;
};

}  // namespace

struct Connections::Impl {
  Impl(const ConnectionLimits& limits_in, ServeOne serve_one_in)
      : limits(limits_in),
        serve_one(std::move(serve_one_in)),
        wake_fd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)),
        light(limits.light_threads),
        uploads(limits.upload_threads),
        waiter([this] { wait_for_requests(); }) {}

  ~Impl() { ::close(wake_fd); }

  // From the accept thread and from the workers: a connection waiting for its next request.
  void hand_back(std::shared_ptr<Connection> connection) {
    connection->forget_taken();
    connection->deadline = Clock::now() + limits.header_timeout;
    {
      std::lock_guard lock(mutex);
      if (stopping) return;  // closed by its destructor
      incoming.push_back(std::move(connection));
    }
    wake();
  }

  void wake() const {
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t written = ::write(wake_fd, &one, sizeof one);
  }

  void wait_for_requests() {
    std::deque<std::shared_ptr<Connection>> waiting;
    std::vector<pollfd> polled;
    for (;;) {
      {
        std::lock_guard lock(mutex);
        if (stopping) return;
        for (auto& connection : incoming) waiting.push_back(std::move(connection));
        incoming.clear();
      }
      dispatch_ready(waiting);
      // Past the cap the oldest goes: a fresh client is answered, an idle one reconnects.
      while (waiting.size() > limits.max_waiting) waiting.pop_front();
      polled.assign(1, pollfd{wake_fd, POLLIN, 0});
      Clock::time_point next_deadline = Clock::now() + std::chrono::seconds(1);
      for (const auto& connection : waiting) {
        polled.push_back(pollfd{connection->fd, POLLIN, 0});
        next_deadline = std::min(next_deadline, connection->deadline);
      }
      ::poll(polled.data(), polled.size(), milliseconds_until(next_deadline) + 1);
      if (polled[0].revents & POLLIN) {
        std::uint64_t count;
        [[maybe_unused]] const ssize_t n = ::read(wake_fd, &count, sizeof count);
      }
      receive(waiting, polled);
    }
  }

  // Reads what each ready connection sent; drops those closed, expired or oversized.
  void receive(std::deque<std::shared_ptr<Connection>>& waiting, const std::vector<pollfd>& polled) const {
    const auto now = Clock::now();
    for (std::size_t i = 0; i < waiting.size(); ++i) {
      Connection& connection = *waiting[i];
      bool open = now < connection.deadline;
      if (open && polled[i + 1].revents != 0) {
        char block[4096];
        const ssize_t n = ::recv(connection.fd, block, sizeof block, MSG_DONTWAIT);
        open = n > 0 || (n < 0 && (errno == EAGAIN || errno == EINTR));
        if (n > 0) connection.received.append(block, static_cast<std::size_t>(n));
        open = open && connection.unread().size() <= limits.max_header_bytes;
      }
      if (!open) waiting[i].reset();
    }
    waiting.erase(std::remove(waiting.begin(), waiting.end(), nullptr), waiting.end());
  }

  void dispatch_ready(std::deque<std::shared_ptr<Connection>>& waiting) {
    const auto ready = std::stable_partition(waiting.begin(), waiting.end(),
                                             [](const auto& connection) { return !connection->headers_complete(); });
    for (auto it = ready; it != waiting.end(); ++it) {
      httplib::ThreadPool& pool = (*it)->light() ? light : uploads;
      pool.enqueue([this, connection = *it] { serve(connection); });
    }
    waiting.erase(ready, waiting.end());
  }

  void serve(const std::shared_ptr<Connection>& connection) {
    bool keep = false;
    {  // the stream is gone before the waiting thread can take the connection back
      ConnectionStream stream(*connection, limits);
      keep = serve_one(stream, is_stopping());
    }
    if (keep) hand_back(connection);
  }

  bool is_stopping() {
    std::lock_guard lock(mutex);
    return stopping;
  }

  void stop() {
    {
      std::lock_guard lock(mutex);
      if (stopping) return;
      stopping = true;
      incoming.clear();
    }
    wake();
    waiter.join();
    light.shutdown();
    uploads.shutdown();
  }

  ConnectionLimits limits;
  ServeOne serve_one;
  int wake_fd;
  std::mutex mutex;
  bool stopping = false;
  std::vector<std::shared_ptr<Connection>> incoming;
  httplib::ThreadPool light;
  httplib::ThreadPool uploads;
  std::thread waiter;
};

Connections::Connections(const ConnectionLimits& limits, ServeOne serve_one)
    : impl_(std::make_unique<Impl>(limits, std::move(serve_one))) {}

Connections::~Connections() { stop(); }

void Connections::adopt(int sock) { impl_->hand_back(std::make_shared<Connection>(sock)); }

void Connections::stop() { impl_->stop(); }

}  // namespace skillmatch::cli::serve
