// The serve module's entry (skillmatch-serve.so): `skillmatch serve` loads it at run time,
// so no other command pays for cpp-httplib and OpenSSL at start-up.
#pragma once

#include <skillmatch/module_stamp.hpp>

#include <skillmatch/engine.hpp>

#include "server.hpp"

namespace skillmatch::cli::serve {

// The module links its own copy of the core and loads its own Engine: only plain options
// (ServeOptions, EngineOptions) cross from the executable, which exports nothing. They
// are the executable's types all the same, so the module must come from the same build:
// its stamp's tag names the skillmatch version, and the executable loads it only when the
// tag equals its own. The number changes with the entry's signature.
inline constexpr std::uint32_t kModuleAbiVersion = 2;
#define SKILLMATCH_SERVE_BUILD_TAG SKILLMATCH_PLUGIN_BUILD_TAG " skillmatch " SKILLMATCH_VERSION

// The exported entry: loads the engine, then serves until SIGINT or SIGTERM; returns the
// exit status (2 when the rules are unusable, as every command).
inline constexpr const char* kServeSymbol = "skillmatch_serve_until_stopped";
using ServeUntilStopped = int(const ServeOptions& options, const EngineOptions& engine);

}  // namespace skillmatch::cli::serve
