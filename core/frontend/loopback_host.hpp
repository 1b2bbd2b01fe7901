// Which listening addresses only this machine can reach: `serve` needs no token for them.
#pragma once

#include <string>

namespace skillmatch::cli::serve {

// True for 127.0.0.0/8, ::1 and localhost.
bool is_loopback_host(const std::string& host);

}  // namespace skillmatch::cli::serve
