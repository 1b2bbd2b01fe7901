// The serve module's entry (skillmatch-serve.so): `skillmatch serve` loads it at run time,
// so no other command pays for cpp-httplib and OpenSSL at start-up.
#pragma once

#include "runtime.hpp"
#include "server.hpp"

namespace skillmatch::cli::serve {

// Exported names; the module is built with the executable, and the version string must
// equal the executable's before anything else is called.
inline constexpr const char* kModuleVersionSymbol = "skillmatch_serve_module_version";
inline constexpr const char* kServeSymbol = "skillmatch_serve_until_stopped";
using ModuleVersion = const char*();
// Serves until SIGINT or SIGTERM; returns the exit status.
using ServeUntilStopped = int(const ServeOptions& options, const Runtime& runtime);

}  // namespace skillmatch::cli::serve
