#include "batch.hpp"

namespace skillmatch::cli {

std::set<std::string> known_extensions(const PluginHost& host) {
  std::set<std::string> extensions;
  for (const auto& loaded : host.parsers()) extensions.insert(loaded.info.extensions.begin(), loaded.info.extensions.end());
  return extensions;
}

Result<ReadInput> read_path(const std::string& path, const ParsePool& parse_pool, const SetupOptions& setup) {
  if (path != kStandardInputPath) return parse_pool.read_input(path);
  auto bytes = read_standard_input(setup.stdin_name, setup.limits.max_file_bytes);
  if (!bytes) return bytes.error();
  return parse_pool.read_bytes(setup.stdin_name, bytes.value());
}

const std::string& input_name(const std::string& path, const SetupOptions& setup) {
  return path == kStandardInputPath ? setup.stdin_name : path;
}

}  // namespace skillmatch::cli
