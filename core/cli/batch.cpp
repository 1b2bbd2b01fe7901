#include "batch.hpp"

namespace skillmatch::cli {

std::set<std::string> known_extensions(const PluginHost& host) {
  std::set<std::string> extensions;
  for (const auto& loaded : host.parsers()) extensions.insert(loaded.info.extensions.begin(), loaded.info.extensions.end());
  return extensions;
}

}  // namespace skillmatch::cli
