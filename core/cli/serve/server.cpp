#include "server.hpp"

#include <arpa/inet.h>
#include <httplib.h>
#include <malloc.h>
#include <netinet/in.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <optional>
#include <skillmatch/document_reader.hpp>

#include "assets.hpp"
#include "connections.hpp"
#include <skillmatch/document_json.hpp>
#include "metrics.hpp"
#include "serve_api.hpp"
#include "worker_pool.hpp"

namespace skillmatch::cli::serve {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// httplib handles one request at a time per thread, so the route being served and when
// it started can live in thread-locals between the pre-routing handler and the logger.
thread_local const char* t_route = nullptr;
thread_local Clock::time_point t_start;
// Set by the pre-routing handler when it answers before the body was read: the unread
// body would otherwise be taken for the next request.
thread_local bool t_close_connection = false;
thread_local std::uint64_t t_body_bytes = 0;

// A parse leaves its many small blocks freed in the parse thread's arena, where glibc
// keeps them unless asked to trim (three 3 MB texts left 224 MB resident; trimmed, 29 MB).
constexpr std::size_t kTrimAfterBodyBytes = 1 << 20;

const char* error_kind(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 408: return "timeout";
    case 413: return "payload_too_large";
    case 415: return "unsupported_media_type";
    case 422: return "bad_input";
    case 501: return "not_implemented";
    case 503: return "overloaded";
    default: return status >= 500 ? "internal" : "other";
  }
}

const char* default_message(int status) {
  switch (status) {
    case 400: return "malformed request";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "request too large (see --max-request-size)";
    case 414: return "request URI too long";
    case 416: return "range not satisfiable";
    default: return status >= 500 ? "internal error" : "request failed";
  }
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(json{{"error", message}, {"status", status}}.dump(-1, ' ', false, json::error_handler_t::replace),
                  "application/json");
}

// Constant time in the length of `given`, so the token cannot be guessed byte by byte.
bool same_secret(std::string_view given, std::string_view expected) {
  unsigned char difference = given.size() != expected.size();
  for (std::size_t i = 0; i < given.size(); ++i) {
    difference |= static_cast<unsigned char>(given[i] ^ expected[i % std::max<std::size_t>(1, expected.size())]);
  }
  return difference == 0;
}

bool is_loopback_name(std::string host_header) {
  // Host: name[:port] or [v6]:port
  if (!host_header.empty() && host_header.front() == '[') {
    host_header = host_header.substr(1, host_header.find(']') - 1);
  } else if (const auto colon = host_header.find(':'); colon != std::string::npos) {
    host_header.resize(colon);
  }
  return is_loopback_host(host_header);
}

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

bool is_write(const std::string& method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

// httplib hands each accepted socket to process_and_close_socket: here it goes to
// Connections, which calls serve_one once a request's headers have arrived.
class HttpServer final : public httplib::Server {
 public:
  std::function<void(socket_t)> adopt;

  bool serve_one(httplib::Stream& stream, bool last, bool& connection_closed) {
    return process_request(stream, last, connection_closed, nullptr);
  }

 private:
  bool process_and_close_socket(socket_t sock) override {
    adopt(sock);
    return true;
  }
};

// The accepting thread hands each socket straight to Connections.
class InlineQueue final : public httplib::TaskQueue {
 public:
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override {}
};

struct Route {
  const char* path;
  std::vector<std::string> methods;
  bool api;
  std::function<void(const httplib::Request&, httplib::Response&, const Admission::Ticket&)> handler;
};

}  // namespace

struct Server::Impl {
  Impl(const ServeOptions& options_in, const Engine& engine)
      : options(options_in),
        api(engine, metrics),
        admission(options.max_in_flight),
        workers(options.jobs),
        connections(connection_limits(options),
                    [this](httplib::Stream& stream, bool last) { return serve_one(stream, last); }) {
    for (const auto& origin : options.allow_origins) allowed_origins.push_back(lowercase(origin));
    add_routes();
    configure();
  }

  static ConnectionLimits connection_limits(const ServeOptions& options) {
    ConnectionLimits limits;
    // Every API request in flight keeps its thread while it waits for its parse.
    limits.upload_threads = options.max_in_flight + 8;
    return limits;
  }

  bool serve_one(httplib::Stream& stream, bool last) {
    t_close_connection = false;
    t_body_bytes = 0;
    bool connection_closed = false;
    const bool answered = http.serve_one(stream, last, connection_closed);
    if (t_body_bytes >= kTrimAfterBodyBytes) ::malloc_trim(0);
    return answered && !connection_closed && !t_close_connection;
  }

  void add_routes() {
    const auto asset = [](const char* name, const char* type) {
      return [name, type](const httplib::Request&, httplib::Response& res, const Admission::Ticket&) {
        const Asset* found = find_asset(name);
        res.set_content(std::string(found->content), type);
        res.set_header("Cache-Control", "no-cache");
        // The page needs nothing but this server: no CDN, no inline script.
        res.set_header("Content-Security-Policy",
                       "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                       "form-action 'none'; frame-ancestors 'none'");
      };
    };
    routes = {
        {"/", {"GET"}, false, asset("index.html", "text/html; charset=utf-8")},
        {"/app.js", {"GET"}, false, asset("app.js", "text/javascript; charset=utf-8")},
        {"/app.css", {"GET"}, false, asset("app.css", "text/css; charset=utf-8")},
        {"/openapi.json", {"GET"}, false,
         [this](const httplib::Request&, httplib::Response& res, const Admission::Ticket&) {
           res.set_content(api.openapi(), "application/json");
         }},
        {"/healthz", {"GET"}, false,
         [this](const httplib::Request&, httplib::Response& res, const Admission::Ticket&) {
           res.set_content(api.health(), "application/json");
         }},
        {"/metrics", {"GET"}, false,
         [this](const httplib::Request&, httplib::Response& res, const Admission::Ticket&) {
           res.set_content(metrics.render(admission.in_flight(), admission.limit()),
                           "text/plain; version=0.0.4; charset=utf-8");
         }},
        {"/api/roles", {"GET"}, true,
         [this](const httplib::Request&, httplib::Response& res, const Admission::Ticket&) {
           res.set_content(api.roles(), "application/json");
         }},
        {"/api/skills", {"GET"}, true,
         [this](const httplib::Request& req, httplib::Response& res, const Admission::Ticket&) {
           res.set_content(api.skills(req.get_param_value("category")), "application/json");
         }},
        {"/api/extract", {"POST"}, true, [this](const httplib::Request& req, httplib::Response& res, const Admission::Ticket& ticket) {
           post(req, res, ticket, &Api::extract);
         }},
        {"/api/match", {"POST"}, true, [this](const httplib::Request& req, httplib::Response& res, const Admission::Ticket& ticket) {
           post(req, res, ticket, &Api::match);
         }},
        {"/api/screen", {"POST"}, true, [this](const httplib::Request& req, httplib::Response& res, const Admission::Ticket& ticket) {
           post(req, res, ticket, &Api::screen);
         }},
    };
  }

  // Parses the request on this thread (cheap), then runs the work on a parse thread with
  // a deadline. The work owns its inputs and the admission ticket, so a parse that runs
  // past the deadline finishes safely after the client got its 408. A streamed response
  // (/api/extract) keeps the ticket while it is written, and runs the rest of its work on
  // the parse threads too, within what is left of the same time limit.
  void post(const httplib::Request& req, httplib::Response& res, const Admission::Ticket& ticket,
            Api::Work (Api::*prepare)(const httplib::Request&) const) {
    Api::Work work = (api.*prepare)(req);
    auto outcome = std::make_shared<Api::Outcome>();
    auto left = std::make_shared<Clock::duration>(options.parse_timeout);
    if (!run_within(*left, [work = std::move(work), outcome, ticket]() { *outcome = work(); })) {
      send_error(res, 408, "the request took longer than the parse time limit (" +
                               std::to_string(options.parse_timeout.count()) + " ms, see --parse-timeout)");
      return;
    }
    res.status = outcome->status;
    if (!outcome->write) {
      res.set_content(std::move(outcome->body), "application/json");
      return;
    }
    res.set_chunked_content_provider("application/json", [this, outcome, ticket, left](std::size_t,
                                                                                      httplib::DataSink& sink) {
      const RunStep run = [this, left](std::function<void()> step) { return run_within(*left, std::move(step)); };
      // Out of time after the 200 was sent (or failing then: httplib calls this outside its
      // exception handler): returning false makes httplib close the connection without the
      // final zero-length chunk, so no client takes the cut JSON for a whole response
      // (curl: "transfer closed with outstanding read data remaining").
      try {
        if (!outcome->write(sink.os, run)) return false;
      } catch (const std::exception&) {
        return false;
      }
      sink.done();
      return true;
    });
  }

  // Runs `job` on a parse thread if `left` (of the request's time limit) allows, and takes
  // the time it took, queueing included, off `left`. Only the work counts: the time a
  // streamed response spends waiting for the client to read does not, as it did not
  // before such responses were streamed (the connection's write timeout bounds that).
  bool run_within(Clock::duration& left, std::function<void()> job) {
    if (left <= Clock::duration::zero()) return false;
    const auto start = Clock::now();
    const bool finished = workers.run(std::move(job), std::chrono::ceil<std::chrono::milliseconds>(left));
    left -= Clock::now() - start;
    return finished;
  }

  void dispatch(const httplib::Request& req, httplib::Response& res) {
    const auto route = std::find_if(routes.begin(), routes.end(), [&](const Route& r) { return req.path == r.path; });
    if (route == routes.end()) {
      send_error(res, 404, "no such endpoint: " + req.method + " " + req.path + " (see /openapi.json)");
      return;
    }
    t_route = route->path;
    const std::string method = req.method == "HEAD" ? "GET" : req.method;
    if (std::find(route->methods.begin(), route->methods.end(), method) == route->methods.end()) {
      std::string allow;
      for (const auto& m : route->methods) allow += (allow.empty() ? "" : ", ") + m + (m == "GET" ? ", HEAD" : "");
      res.set_header("Allow", allow);
      send_error(res, 405, req.method + " is not allowed on " + req.path + " (allowed: " + allow + ")");
      return;
    }
    Admission::Ticket ticket;
    if (route->api) {
      ticket = admission.try_enter();
      if (!ticket) {
        res.set_header("Retry-After", "1");
        send_error(res, 503, "too many requests in flight (" + std::to_string(admission.limit()) +
                                 ", see --max-in-flight); try again shortly");
        return;
      }
    }
    try {
      route->handler(req, res, ticket);
    } catch (const RequestError& e) {
      send_error(res, e.status, e.what());
    }
  }

  // Starts the request's timing; true if it was refused on its headers.
  bool answered_on_headers(const httplib::Request& req, httplib::Response& res) const {
    t_start = Clock::now();
    t_route = "unmatched";
    if (!refuse_before_body(req, res)) return false;
    t_close_connection = true;
    res.set_header("Connection", "close");
    return true;
  }

  // Runs on the headers alone, before httplib reads a body: a request refused here never
  // costs its upload. Returns true when it answered.
  bool refuse_before_body(const httplib::Request& req, httplib::Response& res) const {
    if (is_loopback_host(options.host) && req.has_header("Host") && !is_loopback_name(req.get_header_value("Host"))) {
      // A page elsewhere that rebinds its DNS name to 127.0.0.1 must not reach the API.
      send_error(res, 403, "unexpected Host header: this server answers only to localhost names");
    } else if (is_write(req.method) && !same_site_write(req)) {
      send_error(res, 403, "cross-site request refused: origin '" + req.get_header_value("Origin") +
                               "' may not write here (see --allow-origin)");
    } else if (req.path.rfind("/api/", 0) == 0 && !options.token.empty() && !has_token(req)) {
      res.set_header("WWW-Authenticate", "Bearer");
      send_error(res, 401, "missing or wrong bearer token (send 'Authorization: Bearer TOKEN')");
    } else if (declared_body_bytes(req) > options.max_request_bytes) {
      send_error(res, 413, default_message(413));
    } else if (!is_write(req.method) && (declared_body_bytes(req) > 0 || req.has_header("Transfer-Encoding"))) {
      send_error(res, 400, req.method + " requests carry no body");
    } else {
      return false;
    }
    return true;
  }

  bool has_token(const httplib::Request& req) const {
    const std::string given = req.get_header_value("Authorization");
    return given.rfind("Bearer ", 0) == 0 && same_secret(std::string_view(given).substr(7), options.token);
  }

  // A browser names the page that sent a request (Origin, Sec-Fetch-Site); other clients
  // send neither. Writes from a page of another site are refused unless --allow-origin
  // names it, so no web page can post to this server.
  bool same_site_write(const httplib::Request& req) const {
    if (!req.has_header("Origin")) return req.get_header_value("Sec-Fetch-Site") != "cross-site";
    const std::string origin = lowercase(req.get_header_value("Origin"));
    return origin == "http://" + lowercase(req.get_header_value("Host")) ||
           std::find(allowed_origins.begin(), allowed_origins.end(), origin) != allowed_origins.end();
  }

  static std::uint64_t declared_body_bytes(const httplib::Request& req) {
    const std::string length = req.get_header_value("Content-Length");
    std::uint64_t bytes = 0;
    for (const char c : length) {
      if (c < '0' || c > '9' || bytes > (UINT64_MAX - 9) / 10) return UINT64_MAX;
      bytes = bytes * 10 + static_cast<unsigned>(c - '0');
    }
    return bytes;
  }

  void configure() {
    http.new_task_queue = [] { return new InlineQueue; };
    http.adopt = [this](socket_t sock) { connections.adopt(static_cast<int>(sock)); };
    http.set_payload_max_length(options.max_request_bytes);
    // Connections keeps the connections and their timeouts; this is what clients are told.
    http.set_keep_alive_max_count(10000);
    http.set_keep_alive_timeout(
        std::chrono::duration_cast<std::chrono::seconds>(connection_limits(options).header_timeout).count());
    http.set_tcp_nodelay(true);
    // httplib's default also sets SO_REUSEPORT, which would let a second server share the
    // port silently; SO_REUSEADDR alone still allows a quick restart.
    http.set_socket_options([this](socket_t sock) {
      int yes = 1;
      ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
      listening_socket = sock;
    });
    http.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}});
    const auto handler = [this](const httplib::Request& req, httplib::Response& res) { dispatch(req, res); };
    http.Get(".*", handler);
    http.Post(".*", handler);
    http.Put(".*", handler);
    http.Patch(".*", handler);
    http.Delete(".*", handler);
    http.Options(".*", handler);
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      return answered_on_headers(req, res) ? httplib::Server::HandlerResponse::Handled
                                           : httplib::Server::HandlerResponse::Unhandled;
    });
    // A client that waits for "100 Continue" (curl, above 1 MB) gets the refusal instead.
    http.set_expect_100_continue_handler([this](const httplib::Request& req, httplib::Response& res) {
      return answered_on_headers(req, res) ? res.status : 100;
    });
    // Responses httplib makes itself (413, 400...) get the same JSON body as ours.
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
      if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      send_error(res, res.status, default_message(res.status));
      return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr failure) {
      std::string message = "internal error";
      try {
        if (failure) std::rethrow_exception(failure);
      } catch (const std::exception& e) {
        message += std::string(": ") + e.what();
      } catch (...) {
      }
      send_error(res, 500, message);
    });
    http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
      const double seconds = t_route ? std::chrono::duration<double>(Clock::now() - t_start).count() : -1;
      metrics.request(t_route ? t_route : "unrouted", req.method, res.status, seconds);
      if (res.status >= 400) metrics.error(error_kind(res.status));
      t_route = nullptr;
      // A form's files are not in req.body: its declared length counts them.
      t_body_bytes = std::max<std::uint64_t>(req.body.size(), declared_body_bytes(req));
    });
  }

  ServeOptions options;
  Metrics metrics;
  Api api;
  Admission admission;
  WorkerPool workers;
  std::vector<std::string> allowed_origins;  // lowercase, as compared
  std::vector<Route> routes;
  HttpServer http;
  socket_t listening_socket = -1;  // the last socket httplib created: the one bound
  Connections connections;  // last: its threads use everything above
};

Server::Server(const ServeOptions& options, const Engine& engine)
    : impl_(std::make_unique<Impl>(options, engine)) {}

Server::~Server() = default;

int Server::bind() {
  const int port = impl_->options.port == 0
                       ? impl_->http.bind_to_any_port(impl_->options.host)
                       : (impl_->http.bind_to_port(impl_->options.host, impl_->options.port) ? impl_->options.port : -1);
  // httplib listens with a backlog of 5: a burst of new connections (64 clients at once)
  // would see dropped SYNs and second-long connect delays. Linux lets listen() raise it.
  if (port > 0 && impl_->listening_socket >= 0) ::listen(impl_->listening_socket, 1024);
  return port;
}

bool Server::run() {
  const bool listened = impl_->http.listen_after_bind();
  impl_->connections.stop();
  return listened;
}

void Server::stop() { impl_->http.stop(); }

bool Server::drain(std::chrono::milliseconds grace) { return impl_->workers.stop(grace); }

}  // namespace skillmatch::cli::serve
