#include "batch.hpp"

#include <algorithm>

namespace skillmatch::cli {

std::set<std::string> known_extensions(const PluginHost& host) {
  std::set<std::string> extensions;
  for (const auto& loaded : host.parsers()) extensions.insert(loaded.info.extensions.begin(), loaded.info.extensions.end());
  return extensions;
}

Result<ReadInput> read_path(const std::string& path, const ParsePool& parse_pool, const SetupOptions& setup,
                            std::span<const std::string> next) {
  if (path != kStandardInputPath) return parse_pool.read_input(path, next);
  auto bytes = read_standard_input(setup.stdin_name, setup.limits.max_file_bytes);
  if (!bytes) return bytes.error();
  return parse_pool.read_bytes(setup.stdin_name, bytes.value());
}

std::span<const std::string> files_after(const std::vector<std::string>& files, std::size_t i) {
  const auto after = files.begin() + static_cast<std::ptrdiff_t>(i + 1);
  return {after, std::find(after, files.end(), kStandardInputPath)};
}

const std::string& input_name(const std::string& path, const SetupOptions& setup) {
  return path == kStandardInputPath ? setup.stdin_name : path;
}

}  // namespace skillmatch::cli
