// The serve module's entry (skillmatch-serve.so): `skillmatch serve` loads it at run time,
// so no other command pays for cpp-httplib and OpenSSL at start-up.
#pragma once

#include <skillmatch/module_stamp.hpp>

#include "runtime.hpp"
#include "server.hpp"

namespace skillmatch::cli::serve {

// The module crosses into the executable's own types (Runtime, ServeOptions), so it must
// come from the same build: its stamp's tag names the skillmatch version, and the
// executable loads it only when the tag equals its own. The number changes with the
// entry's signature.
inline constexpr std::uint32_t kModuleAbiVersion = 1;
#define SKILLMATCH_SERVE_BUILD_TAG SKILLMATCH_PLUGIN_BUILD_TAG " skillmatch " SKILLMATCH_VERSION

// The exported entry: serves until SIGINT or SIGTERM; returns the exit status.
inline constexpr const char* kServeSymbol = "skillmatch_serve_until_stopped";
using ServeUntilStopped = int(const ServeOptions& options, const Runtime& runtime);

}  // namespace skillmatch::cli::serve
