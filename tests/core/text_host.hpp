// A plugin host with only the text parser loaded, for tests that read documents as the CLI does.
#pragma once

#include <filesystem>

#include <skillmatch/plugin_host.hpp>

namespace skillmatch::testing {

// Loaded once, from the build's plugin directory.
inline const PluginHost& text_host() {
  static const PluginHost host = [] {
    PluginHost h;
    h.load_library(std::filesystem::path(SKILLMATCH_BINARY_DIR) / "skillmatch-plugins" / "skillmatch-text.so");
    return h;
  }();
  return host;
}

}  // namespace skillmatch::testing
