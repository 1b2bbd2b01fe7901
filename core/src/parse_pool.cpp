#include <skillmatch/parse_pool.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <deque>
#include <mutex>
#include <new>
#include <set>
#include <span>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <variant>
#include <vector>

#include "read_input_wire.hpp"

namespace skillmatch {
namespace {

using Clock = std::chrono::steady_clock;

thread_local std::optional<Clock::time_point> t_deadline;

// What a worker needs to parse, fixed when the zygote is forked.
struct Context {
  const PluginHost& host;
  const plugin::Limits& limits;
  const SectionVocabulary& vocabulary;
  const Isolation& isolation;
};

// ---- Frames: an 8-byte length, then the payload, over a stream socket. ----

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    // MSG_NOSIGNAL: a peer that died is EPIPE here, never a SIGPIPE that kills us.
    const ssize_t sent = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

bool send_frame(int fd, const std::string& payload) {
  const std::uint64_t size = payload.size();
  // Length and payload in one call: sent apart, the reader would wake up for each.
  iovec parts[2] = {{const_cast<std::uint64_t*>(&size), sizeof size}, {const_cast<char*>(payload.data()), payload.size()}};
  msghdr message{};
  message.msg_iov = parts;
  message.msg_iovlen = 2;
  ssize_t sent = 0;
  while ((sent = ::sendmsg(fd, &message, MSG_NOSIGNAL)) < 0 && errno == EINTR) {
  }
  if (sent < 0) return false;
  // What a full socket buffer left over.
  const std::size_t header_sent = std::min<std::size_t>(static_cast<std::size_t>(sent), sizeof size);
  return write_all(fd, std::string_view(reinterpret_cast<const char*>(&size), sizeof size).substr(header_sent)) &&
         write_all(fd, std::string_view(payload).substr(static_cast<std::size_t>(sent) - header_sent));
}

enum class Received { kFrame, kClosed, kTimedOut };

// When a reply is due, and the receive timeout (SO_RCVTIMEO) last set on the worker's
// socket, in milliseconds (0: none, reads block).
struct ReplyDeadline {
  Clock::time_point at;
  long long& timeout_set_ms;
};

// Makes the next read on `fd` wait no later than the deadline; false once it has passed.
// The read itself waits (SO_RCVTIMEO), not a poll before it: one system call per reply
// instead of two. The timeout is the time left rounded down to whole seconds, so a run of
// small files keeps the one already set; a read that times out early waits again for
// what is left. Where the option cannot be set, a poll waits instead.
bool wait_no_later(int fd, const ReplyDeadline& deadline) {
  const long long left = std::chrono::ceil<std::chrono::milliseconds>(deadline.at - Clock::now()).count();
  if (left <= 0) return false;
  const long long timeout = left >= 1000 ? left / 1000 * 1000 : left;
  if (timeout == deadline.timeout_set_ms) return true;
  const timeval wait{static_cast<time_t>(timeout / 1000), static_cast<suseconds_t>(timeout % 1000 * 1000)};
  if (::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait) == 0) {
    deadline.timeout_set_ms = timeout;
    return true;
  }
  for (pollfd ready{fd, POLLIN, 0};;) {
    const auto rest = std::chrono::ceil<std::chrono::milliseconds>(deadline.at - Clock::now()).count();
    if (rest <= 0) return false;
    if (::poll(&ready, 1, static_cast<int>(std::min<long long>(rest, 60'000))) > 0) return true;
  }
}

// One read of up to `size` bytes, waiting no later than `deadline` when one is given;
// the count read, or why nothing was.
std::variant<std::size_t, Received> read_some(int fd, char* data, std::size_t size, const ReplyDeadline* deadline) {
  for (;;) {
    if (deadline != nullptr && !wait_no_later(fd, *deadline)) return Received::kTimedOut;
    const ssize_t got = ::read(fd, data, size);
    if (got < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) continue;
    if (got <= 0) return Received::kClosed;
    return static_cast<std::size_t>(got);
  }
}

// Reads one frame. `inbox` holds what earlier reads took past their frame: with requests
// sent ahead (ParsePool::read_input with `next`), frames follow each other on the socket,
// and one read of up to 16 KiB (a small frame, most replies, in one wake-up and one read)
// may take the start of the next. A frame's rest is read straight into `payload`, never
// past its end.
Received read_frame(int fd, std::string& inbox, std::string& payload, std::uint64_t max_bytes,
                    const ReplyDeadline* deadline) {
  char chunk[16384];
  while (inbox.size() < sizeof(std::uint64_t)) {
    const auto got = read_some(fd, chunk, sizeof chunk, deadline);
    if (const auto* status = std::get_if<Received>(&got)) return *status;
    inbox.append(chunk, std::get<std::size_t>(got));
  }
  std::uint64_t size = 0;
  std::memcpy(&size, inbox.data(), sizeof size);
  if (size > max_bytes) return Received::kClosed;  // corrupt: treated like a worker that died
  std::size_t have = std::min<std::size_t>(inbox.size() - sizeof size, size);
  payload.assign(inbox, sizeof size, have);
  inbox.erase(0, sizeof size + have);
  payload.resize(size);
  while (have < size) {
    const auto got = read_some(fd, payload.data() + have, size - have, deadline);
    if (const auto* status = std::get_if<Received>(&got)) return *status;
    have += std::get<std::size_t>(got);
  }
  return Received::kFrame;
}

// The largest reply believed: a worker's documents hold at most the inflated input, and
// sections, metadata and framing add far less than as much again.
std::uint64_t max_reply_bytes(const plugin::Limits& limits) {
  return 4 * (limits.max_file_bytes + limits.max_uncompressed_bytes) + (64ull << 20);
}

// ---- The worker: one process, one parse at a time. ----

std::atomic<bool> g_allocation_failed{false};

// operator new calls this when an allocation fails (here: RLIMIT_AS reached); it notes
// the fact, so the reply can name --max-memory, and fails the allocation as usual.
void note_allocation_failure() {
  g_allocation_failed = true;
  throw std::bad_alloc();
}

// RLIMIT_CPU counts the process's whole life, so each parse moves the soft limit to what
// has been used so far plus its budget (a second more, so the wall clock, which gives
// the same message, usually stops it first). Over it, the kernel sends SIGXCPU.
// The limit is in whole seconds, so consecutive small parses mostly ask for the same one:
// it is set only when it changes, and the hard limit is read once per worker (two system
// calls fewer per file; the parse's bound is the same).
void limit_cpu_for_next_parse(std::uint64_t budget_seconds) {
  static const rlim_t hard_limit = [] {
    rlimit limit{};
    ::getrlimit(RLIMIT_CPU, &limit);
    return limit.rlim_max;
  }();
  static rlim_t soft_limit_set = 0;  // 0: not set yet by this worker
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  const rlim_t used = static_cast<rlim_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + 1;
  const rlim_t wanted = std::min<rlim_t>(used + budget_seconds + 1, hard_limit);
  if (wanted == soft_limit_set) return;
  const rlimit limit{wanted, hard_limit};
  if (::setrlimit(RLIMIT_CPU, &limit) == 0) soft_limit_set = wanted;
}

wire::Response serve_request(const wire::Request& request, const Context& context) {
  g_allocation_failed = false;
  limit_cpu_for_next_parse(request.cpu_seconds);
  wire::Response response;
  try {
    response.read = request.kind == wire::Request::Kind::kPath
                        ? read_input(request.name, context.host, context.limits, context.vocabulary)
                        : read_bytes(request.name, request.bytes, context.host, context.limits, context.vocabulary);
  } catch (const std::bad_alloc&) {
    // Outside the plugin's exception barrier (the host's own steps): still a per-file error.
    response.read = Error{request.name, "out of memory"};
  }
  response.out_of_memory = g_allocation_failed;
  return response;
}

// One request after another until the parent closes its end (the pool ending).
[[noreturn]] void serve_requests(int fd, const Context& context) {
  std::string inbox, frame;
  for (;;) {
    if (read_frame(fd, inbox, frame, UINT64_MAX, nullptr) != Received::kFrame) ::_exit(0);
    const auto request = wire::decode_request(frame);
    if (!request) ::_exit(1);
    const wire::Response response = serve_request(*request, context);
    // The upload in the frame is parsed: freed before the reply is encoded, or it is held
    // beside the documents and their encoding (a 50 MB feed's worker peaked at 230 MB).
    // `request.bytes` is left dangling, and not read again.
    std::string().swap(frame);
    if (!send_frame(fd, wire::encode(response))) ::_exit(1);
  }
}

[[noreturn]] void run_worker(int fd, const Context& context) {
  // Never above a limit skillmatch itself was started under: that one cannot be raised.
  if (ParsePool::kLimitsMemory) {
    rlimit memory{};
    ::getrlimit(RLIMIT_AS, &memory);
    memory.rlim_cur = memory.rlim_max = std::min<rlim_t>(memory.rlim_max, context.isolation.max_memory_bytes);
    ::setrlimit(RLIMIT_AS, &memory);
  }
  std::set_new_handler(note_allocation_failure);
  // Parses on a thread of its own, whose first allocation gives it a fresh malloc arena.
  // The main thread's arena is the zygote's copy of the parent's heap: its free lists run
  // through pages shared with the zygote, and malloc's first write to each copied it.
  // Not in sanitized builds: ThreadSanitizer stops a child that starts a thread after a
  // fork from a process that had several (die_after_fork), which the zygote may inherit
  // from the parent; and their speed is not measured.
#ifndef SKILLMATCH_SANITIZED
  try {
    std::thread([fd, &context] { serve_requests(fd, context); }).join();
  } catch (const std::system_error&) {
    // No thread to be had: parse on this one.
  }
#endif
  serve_requests(fd, context);
}

// ---- The zygote: forks workers on order, and reaps them. ----

// Orders and replies on the zygote's control socket (SOCK_SEQPACKET: one per message).
enum class Order : std::int32_t { kSpawn, kReap };
struct OrderMessage {
  Order order;
  pid_t pid;  // kReap: the worker to kill and reap
};
// kSpawn: the worker's pid (its socket rides along as SCM_RIGHTS), or -errno;
// kReap: the wait status.
struct ReplyMessage {
  std::int32_t value;
};

// A worker dies with the zygote that forked it (PR_SET_PDEATHSIG), and notices if that
// already happened. The signal follows the forking *thread*, which for a worker is the
// zygote's only one; the zygote itself watches its parent otherwise (see watch_parent).
void die_with_zygote(pid_t zygote) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != zygote) ::_exit(0);
}

// Closes every descriptor the zygote inherited but stdin, stdout, stderr and `keep` (its
// control socket). Forked without an exec, it would otherwise hold whatever the parent
// had open, in itself and in every worker it forks: the control sockets of the pools made
// before it (whose zygotes then never see theirs close, so their destructors wait for
// ever), their workers' sockets, a server's connections, a host program's files (Python's).
// SOCK_CLOEXEC does nothing without an exec.
void close_inherited_descriptors(int keep) {
  if (keep > STDERR_FILENO + 1) ::close_range(STDERR_FILENO + 1, static_cast<unsigned>(keep) - 1, 0);
  ::close_range(static_cast<unsigned>(keep) + 1, ~0u, 0);
}

// How the zygote learns that the process that made the pool has ended: a pidfd of it,
// readable once every one of its threads has exited. Not PR_SET_PDEATHSIG, which fires
// when the thread that forked the zygote ends (a Python thread that made an engine), and
// not only the control socket's end, which a child the parent forked without exec keeps
// open. -1 when the kernel has no pidfds (before Linux 5.3): the control socket alone.
int watch_parent(pid_t parent) {
  const int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, parent, 0));
  // The parent may have ended (and its pid been reused) before the pidfd was opened: a
  // zygote still its child was opened on the right process.
  if (::getppid() != parent) ::_exit(0);
  return pidfd;
}

// Waits for the next order on `control` or the parent's end; false at the parent's end.
bool await_order(int control, int parent) {
  pollfd ready[2] = {{control, POLLIN, 0}, {parent, POLLIN, 0}};
  for (;;) {
    if (::poll(ready, parent >= 0 ? 2 : 1, -1) < 0) {
      if (errno == EINTR) continue;
      return true;  // the recv that follows sees what is wrong
    }
    return (ready[1].revents & POLLIN) == 0;
  }
}

bool send_reply(int control, std::int32_t value, int fd_to_pass = -1) {
  ReplyMessage reply{value};
  iovec data{&reply, sizeof reply};
  alignas(cmsghdr) char space[CMSG_SPACE(sizeof(int))] = {};
  msghdr message{};
  message.msg_iov = &data;
  message.msg_iovlen = 1;
  if (fd_to_pass >= 0) {
    message.msg_control = space;
    message.msg_controllen = sizeof space;
    cmsghdr* header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(header), &fd_to_pass, sizeof(int));
  }
  return ::sendmsg(control, &message, MSG_NOSIGNAL) == static_cast<ssize_t>(sizeof reply);
}

// Forks one worker; returns its pid (or -errno) and the parent's end of its socket.
pid_t spawn_worker(const Context& context, int& parent_end) {
  int ends[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) return -errno;
  const pid_t zygote = ::getpid();
  const pid_t pid = ::fork();
  if (pid == 0) {
    close_inherited_descriptors(ends[1]);  // the control socket, the parent's pidfd, ends[0]
    die_with_zygote(zygote);
    run_worker(ends[1], context);
  }
  const int error = errno;
  ::close(ends[1]);
  if (pid < 0) {
    ::close(ends[0]);
    return -error;
  }
  parent_end = ends[0];
  return pid;
}

// Its own stdin and stdout are /dev/null: a plugin that prints must not write into the
// command's output. Ctrl-C reaches the whole process group and ends it by default.
void become_quiet_child() {
  const int null = ::open("/dev/null", O_RDWR | O_CLOEXEC);
  if (null >= 0) {
    ::dup2(null, STDIN_FILENO);
    ::dup2(null, STDOUT_FILENO);
    ::close(null);
  }
  ::signal(SIGINT, SIG_DFL);
  ::signal(SIGTERM, SIG_DFL);
  ::signal(SIGPIPE, SIG_IGN);
}

[[noreturn]] void run_zygote(int control, pid_t parent_pid, const Context& context) {
  close_inherited_descriptors(control);
  const int parent = watch_parent(parent_pid);
  become_quiet_child();
  std::set<pid_t> workers;
  for (;;) {
    OrderMessage order{};
    if (!await_order(control, parent)) break;  // the parent ended without closing the pool
    const ssize_t got = ::recv(control, &order, sizeof order, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got != static_cast<ssize_t>(sizeof order)) break;  // the parent closed the pool (or died)
    if (order.order == Order::kSpawn) {
      int parent_end = -1;
      const pid_t pid = spawn_worker(context, parent_end);
      if (pid > 0) workers.insert(pid);
      send_reply(control, pid, parent_end);
      if (parent_end >= 0) ::close(parent_end);
    } else if (workers.erase(order.pid) == 1) {
      ::kill(order.pid, SIGKILL);
      int status = 0;
      while (::waitpid(order.pid, &status, 0) < 0 && errno == EINTR) {
      }
      send_reply(control, status);
    } else {
      send_reply(control, 0);  // not a worker of ours: nothing to reap
    }
  }
  // Idle workers exit when their sockets close; any still running is stopped here. Each
  // is reaped, so its CPU time reaches the parent when the parent reaps the zygote.
  for (const pid_t pid : workers) ::kill(pid, SIGKILL);
  while (::waitpid(-1, nullptr, 0) > 0 || errno == EINTR) {
  }
  ::_exit(0);
}

std::string seconds_text(double seconds) {
  const double tenths = std::round(seconds * 10);
  const long long whole = static_cast<long long>(tenths / 10);
  const long long tenth = static_cast<long long>(tenths) % 10;
  std::string text = std::to_string(whole);
  if (tenth != 0) text += '.' + std::to_string(tenth);
  return text;
}

// A worker's end, in words: how it died, from its wait status. Out of CPU time is the
// same timeout the wall clock gives.
std::string describe_death(int status, const std::string& timeout_message) {
  if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU) return timeout_message;
  if (WIFSIGNALED(status)) {
    const int signal_number = WTERMSIG(status);
    std::string text = "parser crashed (signal " + std::to_string(signal_number);
    if (const char* name = ::sigabbrev_np(signal_number)) text.append(", SIG").append(name);
    return text + ")";
  }
  return "parser crashed (the parse worker exited with status " + std::to_string(WEXITSTATUS(status)) + ")";
}

struct Worker {
  pid_t pid = -1;
  int fd = -1;
  long long receive_timeout_ms = 0;  // SO_RCVTIMEO on fd (see wait_no_later)
  std::string inbox;                 // reply bytes read past the last reply (see read_frame)
};

// A path sent to a worker whose reply has not been read yet, and the input's size then.
struct Sent {
  std::string path;
  std::uint64_t bytes = 0;
};

// A thread reading files in an order it announced (read_input with `next`): the worker
// that has its next files, and those files, oldest first (the next reply is the front's).
struct Lane {
  Worker worker;
  std::deque<Sent> sent;
};

// How many files a lane sends its worker at once. The worker parses them while the caller
// works on the replies, and sleeps (and is woken) once per this many files instead of
// once per file; the caller finds replies waiting instead of sleeping for each. Replies
// wait in the socket's buffer (or in the worker, blocked on a full one), so memory does
// not grow with it.
constexpr std::size_t kReadAhead = 16;

// When a parse must end, what the caller is told if it does not, and the worker's CPU
// seconds for it.
struct Budget {
  Clock::time_point deadline;
  std::string timeout_message;
  std::uint64_t cpu_seconds = 0;
};

std::uint64_t file_size_or_zero(const std::filesystem::path& path) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  return error ? 0 : size;
}

void append_frame(std::string& frames, const std::string& payload) {
  const std::uint64_t size = payload.size();
  frames.append(reinterpret_cast<const char*>(&size), sizeof size);
  frames.append(payload);
}

}  // namespace

double parse_budget_seconds(const Isolation& isolation, std::uint64_t bytes) {
  return isolation.parse_seconds * (1.0 + static_cast<double>(bytes) / 1e6);
}

ParseDeadline::ParseDeadline(Clock::time_point deadline) : previous_(t_deadline) { t_deadline = deadline; }
ParseDeadline::~ParseDeadline() { t_deadline = previous_; }

struct ParsePool::Impl {
  Impl(const PluginHost& host, const plugin::Limits& limits, const SectionVocabulary& vocabulary,
       const Isolation& isolation)
      : isolation(isolation), context{host, limits, vocabulary, this->isolation} {}

  void start_zygote();
  Result<Worker> borrow();
  void give_back(Worker worker);
  int discard(Worker worker);
  Budget budget(std::uint64_t input_bytes) const;
  Lane take_lane();
  bool send_ahead(Lane& lane, const std::string& path, std::span<const std::string> next);
  Result<ReadInput> parse(wire::Request request, std::uint64_t input_bytes);
  Result<ReadInput> parse_in_order(const std::string& path, std::span<const std::string> next);
  Result<ReadInput> await_reply(Worker& worker, const std::string& name, const Budget& due_by, bool sent);
  Result<ReadInput> answer(Worker& worker, const std::string& name, Received received, const std::string& reply,
                           const std::string& timeout_message);

  const Isolation isolation;
  const Context context;
  int control = -1;  // the zygote's control socket; -1 when it could not start
  pid_t zygote = -1;
  std::string start_problem;
  std::mutex control_mutex;  // one order and its reply at a time
  std::mutex idle_mutex;     // guards `idle` and `lanes`
  std::vector<Worker> idle;
  std::unordered_map<std::thread::id, Lane> lanes;  // a thread's lane between its calls
};

void ParsePool::Impl::start_zygote() {
  int ends[2];
  if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, ends) != 0) {
    start_problem = std::strerror(errno);
    return;
  }
  const pid_t parent = ::getpid();
  zygote = ::fork();
  if (zygote == 0) {
    ::close(ends[0]);
    run_zygote(ends[1], parent, context);
  }
  if (zygote < 0) start_problem = std::strerror(errno);
  ::close(ends[1]);
  if (zygote < 0) {
    ::close(ends[0]);
    return;
  }
  control = ends[0];
}

Result<Worker> ParsePool::Impl::borrow() {
  {
    std::lock_guard lock(idle_mutex);
    if (!idle.empty()) {
      Worker worker = std::move(idle.back());
      idle.pop_back();
      return worker;
    }
  }
  if (control < 0) return Error{"", "cannot start a parse worker (" + start_problem + ")"};
  const OrderMessage order{Order::kSpawn, 0};
  ReplyMessage reply{-EPIPE};
  alignas(cmsghdr) char space[CMSG_SPACE(sizeof(int))] = {};
  iovec data{&reply, sizeof reply};
  msghdr message{};
  message.msg_iov = &data;
  message.msg_iovlen = 1;
  message.msg_control = space;
  message.msg_controllen = sizeof space;
  std::lock_guard lock(control_mutex);
  if (::send(control, &order, sizeof order, MSG_NOSIGNAL) != sizeof order ||
      ::recvmsg(control, &message, MSG_CMSG_CLOEXEC) != sizeof reply || reply.value <= 0) {
    return Error{"", std::string("cannot start a parse worker (") + std::strerror(reply.value < 0 ? -reply.value : EPIPE) + ")"};
  }
  const cmsghdr* header = CMSG_FIRSTHDR(&message);
  Worker worker;
  worker.pid = reply.value;
  if (header != nullptr && header->cmsg_type == SCM_RIGHTS) std::memcpy(&worker.fd, CMSG_DATA(header), sizeof(int));
  return worker;
}

void ParsePool::Impl::give_back(Worker worker) {
  std::lock_guard lock(idle_mutex);
  idle.push_back(std::move(worker));
}

// Kills the worker (if it still runs), has the zygote reap it, and returns its wait status.
int ParsePool::Impl::discard(Worker worker) {
  if (worker.fd >= 0) ::close(worker.fd);
  const OrderMessage order{Order::kReap, worker.pid};
  ReplyMessage reply{0};
  std::lock_guard lock(control_mutex);
  if (::send(control, &order, sizeof order, MSG_NOSIGNAL) != sizeof order ||
      ::recv(control, &reply, sizeof reply, 0) != sizeof reply) {
    return 0;
  }
  return reply.value;
}

// A caller's deadline (a server's request) replaces the input's own budget: the request
// is answered 408 at it whatever the input's size, so the parse is stopped there too.
Budget ParsePool::Impl::budget(std::uint64_t input_bytes) const {
  const double seconds = parse_budget_seconds(isolation, input_bytes);
  const auto now = Clock::now();
  Budget budget;
  budget.deadline =
      t_deadline ? *t_deadline : now + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  budget.timeout_message = t_deadline ? "stopped at the request's time limit (see --parse-timeout)"
                                      : "took longer than " + seconds_text(seconds) + " s (see --parse-timeout)";
  budget.cpu_seconds =
      static_cast<std::uint64_t>(std::ceil(std::max(0.0, std::chrono::duration<double>(budget.deadline - now).count())));
  return budget;
}

Result<ReadInput> ParsePool::Impl::parse(wire::Request request, std::uint64_t input_bytes) {
  const Budget due_by = budget(input_bytes);
  request.cpu_seconds = due_by.cpu_seconds;
  auto worker = borrow();
  if (!worker) return Error{request.name, worker.error().message};
  const bool sent = send_frame(worker.value().fd, wire::encode(request));
  auto result = await_reply(worker.value(), request.name, due_by, sent);
  if (worker.value().pid > 0) give_back(std::move(worker).value());
  return result;
}

// The worker's next reply (if the request was `sent`), waited for until the budget's
// deadline, as the parse's outcome (see answer()).
Result<ReadInput> ParsePool::Impl::await_reply(Worker& worker, const std::string& name, const Budget& due_by,
                                               bool sent) {
  std::string reply;
  const ReplyDeadline due{due_by.deadline, worker.receive_timeout_ms};
  const Received received =
      sent ? read_frame(worker.fd, worker.inbox, reply, max_reply_bytes(context.limits), &due) : Received::kClosed;
  return answer(worker, name, received, reply, due_by.timeout_message);
}

// This thread's lane (empty if it has none), taken out of the map while the thread uses it.
Lane ParsePool::Impl::take_lane() {
  std::lock_guard lock(idle_mutex);
  const auto found = lanes.find(std::this_thread::get_id());
  if (found == lanes.end()) return {};
  Lane lane = std::move(found->second);
  lanes.erase(found);
  return lane;
}

// Sends `path` (unless it was sent before) and up to kReadAhead of `next` in one write, once
// the lane's worker has nothing but `path` left to parse.
bool ParsePool::Impl::send_ahead(Lane& lane, const std::string& path, std::span<const std::string> next) {
  if (lane.sent.size() > 1) return true;
  std::string frames;
  const auto add = [&](const std::string& each) {
    Sent sent{each, file_size_or_zero(each)};
    append_frame(frames, wire::encode(wire::Request{wire::Request::Kind::kPath, each, {}, budget(sent.bytes).cpu_seconds}));
    lane.sent.push_back(std::move(sent));
  };
  if (lane.sent.empty()) add(path);
  for (const std::string& each : next.first(std::min(kReadAhead, next.size()))) add(each);
  return write_all(lane.worker.fd, frames);
}

// read_input with the paths that come next: see the header and kReadAhead. A file's wall
// clock starts when its caller waits for it, which may be after its worker started it (by
// the time the caller spent on earlier files); its CPU limit starts with the parse itself.
// A worker that fails loses what was sent after the failed file; those files are sent
// again, to a new worker, when they are asked for.
Result<ReadInput> ParsePool::Impl::parse_in_order(const std::string& path, std::span<const std::string> next) {
  Lane lane = take_lane();
  if (!lane.sent.empty() && lane.sent.front().path != path) {  // not the order announced: start over
    discard(std::move(lane.worker));
    lane.sent.clear();  // a worker is borrowed below
  }
  if (lane.sent.empty()) {
    auto worker = borrow();
    if (!worker) return Error{path, worker.error().message};
    lane.worker = std::move(worker).value();
  }
  const bool sent = send_ahead(lane, path, next);
  const Budget due_by = budget(lane.sent.front().bytes);
  lane.sent.pop_front();
  auto result = await_reply(lane.worker, path, due_by, sent);
  if (lane.worker.pid <= 0) return result;
  std::lock_guard lock(idle_mutex);
  if (lane.sent.empty()) {
    idle.push_back(std::move(lane.worker));
  } else {
    lanes.emplace(std::this_thread::get_id(), std::move(lane));
  }
  return result;
}

// The parse's outcome from what came back: the reply, or nothing (the worker is then
// killed and reaped, its end described, and its pid set to -1).
Result<ReadInput> ParsePool::Impl::answer(Worker& worker, const std::string& name, Received received,
                                          const std::string& reply, const std::string& timeout_message) {
  const auto end_worker = [&] {
    const int status = discard(std::move(worker));
    worker = Worker{};
    return status;
  };
  if (received == Received::kTimedOut) {
    end_worker();
    return Error{name, timeout_message};
  }
  auto response = received == Received::kFrame ? wire::decode_response(reply) : std::nullopt;
  if (!response) return Error{name, describe_death(end_worker(), timeout_message)};
  if (response->out_of_memory && !response->read) {
    return Error{name, "out of memory: parsing needed more than " +
                           std::to_string(isolation.max_memory_bytes >> 20) + " MiB (see --max-memory)"};
  }
  return std::move(response->read);
}

ParsePool::ParsePool(const PluginHost& host, const plugin::Limits& limits, const SectionVocabulary& vocabulary,
                     const Isolation& isolation)
    : impl_(std::make_unique<Impl>(host, limits, vocabulary, isolation)) {
  if (!isolation.in_process) impl_->start_zygote();
}

ParsePool::~ParsePool() {
  for (const Worker& worker : impl_->idle) ::close(worker.fd);
  // A lane's worker may still parse files sent ahead: the zygote kills it once its control
  // socket closes.
  for (const auto& [thread, lane] : impl_->lanes) ::close(lane.worker.fd);
  if (impl_->control >= 0) ::close(impl_->control);
  if (impl_->zygote > 0) {
    while (::waitpid(impl_->zygote, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
}

Result<ReadInput> ParsePool::read_input(const std::filesystem::path& path) const { return read_input(path, {}); }

Result<ReadInput> ParsePool::read_input(const std::filesystem::path& path, std::span<const std::string> next) const {
  const Context& c = impl_->context;
  if (impl_->isolation.in_process) return skillmatch::read_input(path, c.host, c.limits, c.vocabulary);
  return impl_->parse_in_order(path.string(), next);
}

Result<ReadInput> ParsePool::read_bytes(const std::string& name, std::string_view bytes) const {
  const Context& c = impl_->context;
  if (impl_->isolation.in_process) return skillmatch::read_bytes(name, bytes, c.host, c.limits, c.vocabulary);
  return impl_->parse({wire::Request::Kind::kBytes, name, bytes, 0}, bytes.size());
}

}  // namespace skillmatch
