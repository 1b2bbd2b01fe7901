// skillmatch serve: a local HTTP API and a web page for matching, on this machine only.
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <skillmatch/module_loader.hpp>
#include <thread>

#include "cli_common.hpp"
#include "commands.hpp"
#include "serve/serve_module.hpp"

namespace skillmatch::cli {
namespace {

// A usage error for options the server cannot run with.
void check_serve_options(const serve::ServeOptions& options) {
  if (!serve::is_loopback_host(options.host) && options.token.empty()) {
    throw UsageError("refusing to listen on '" + options.host +
                     "' without --token: only localhost may be served without authentication");
  }
  if (options.port < 0 || options.port > 65535) throw UsageError("--port must be 0-65535");
  if (options.max_in_flight == 0 || options.max_in_flight > 4096) throw UsageError("--max-in-flight must be 1-4096");
  if (options.jobs == 0) throw UsageError("--jobs must be at least 1");
  static const std::regex origin_syntax(R"(https?://[^/?#\s]+)", std::regex::icase);
  for (const auto& origin : options.allow_origins) {
    if (!std::regex_match(origin, origin_syntax)) {
      throw UsageError("--allow-origin '" + origin + "' is not an origin (scheme://host[:port], no path)");
    }
  }
}

}  // namespace

int run_serve(const Arguments& args) {
  SetupOptions setup;
  serve::ServeOptions options;
  // --parse-timeout (from add_limit_options) is also the request's limit (longer: 408),
  // and a parse still running then is stopped; a request's default is longer than a file's.
  setup.isolation.parse_seconds = 10;
  options.jobs = std::max(1u, std::thread::hardware_concurrency());
  po::options_description description("Options");
  description.add_options()("help,h", "show this help")(
      "host", po::value(&options.host)->default_value(options.host),
      "address to listen on; anything but localhost needs --token")(
      "port", po::value(&options.port)->default_value(options.port), "port to listen on (0: any free port)")(
      "token", po::value(&options.token),
      "require 'Authorization: Bearer TOKEN' on /api requests (default: $SKILLMATCH_TOKEN)")(
      "max-request-size", byte_size_value("max-request-size", options.max_request_bytes),
      "largest request body (16M, 512K...; larger: 413)")(
      "max-in-flight", po::value(&options.max_in_flight)->default_value(options.max_in_flight),
      "API requests handled at once (more: 503)")(
      "jobs,j", po::value(&options.jobs)->default_value(options.jobs), "parse threads")(
      "allow-origin", po::value(&options.allow_origins)->composing(),
      "let pages from ORIGIN (scheme://host[:port]) POST to the API; repeatable (others: 403)");
  add_plugin_options(description, setup);
  add_rules_options(description, setup);
  add_limit_options(description, setup);
  po::variables_map values;
  if (!parse_command_line(args, description, {},
                          "Usage: skillmatch serve [--host 127.0.0.1] [--port 8080] [--token T] [options]\n"
                          "Serves the JSON API (described at /openapi.json) and the web page at /.",
                          values)) {
    return kSuccess;
  }
  if (options.token.empty()) {
    if (const char* token = std::getenv("SKILLMATCH_TOKEN")) options.token = token;
  }
  check_serve_options(options);
  options.parse_timeout = std::chrono::milliseconds(std::max<long long>(1, static_cast<long long>(setup.isolation.parse_seconds * 1000)));

  // The server lives in its own module: only this command loads cpp-httplib and OpenSSL.
  const std::filesystem::path location = serve_module_location();
  const auto loaded = modules::load_module(
      location, {modules::ModuleKind::kServeModule, serve::kModuleAbiVersion, SKILLMATCH_SERVE_BUILD_TAG});
  const auto serve_until_stopped = loaded ? loaded.value()->function<serve::ServeUntilStopped>(serve::kServeSymbol) : nullptr;
  if (serve_until_stopped == nullptr) {
    report_problem("cannot load the serve module " + location.string() + ": " +
                   (loaded ? "no " + std::string(serve::kServeSymbol) + " symbol" : loaded.error().message));
    return kSomeInputsFailed;
  }
  return serve_until_stopped(options, engine_options(setup));
}

}  // namespace skillmatch::cli
