// A static constructor that leaves a trace: it creates the file named by
// SKILLMATCH_FIXTURE_CONSTRUCTOR_MARKER, so a test can tell whether any code of a library
// ran when the host looked at it.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace fixture {
[[gnu::constructor]] static void mark_constructor_ran() {
  if (const char* marker = std::getenv("SKILLMATCH_FIXTURE_CONSTRUCTOR_MARKER")) {
    if (std::FILE* file = std::fopen(marker, "w")) std::fclose(file);
  }
}
}  // namespace fixture
