// The batch loop's reading step (skillmatch/batch.hpp): one path, or standard input; and
// its document loop, which the engine's reads and the server's extract stream share.
#include <skillmatch/batch.hpp>

#include <algorithm>

#include <skillmatch/standard_input.hpp>

namespace skillmatch {

std::set<std::string> known_extensions(const PluginHost& host) {
  std::set<std::string> extensions;
  for (const auto& loaded : host.parsers()) extensions.insert(loaded.info.extensions.begin(), loaded.info.extensions.end());
  return extensions;
}

BatchReader batch_reader(const Engine& engine) {
  return {engine.parse_pool(), engine.options().limits, engine.options().stdin_name, engine.extensions()};
}

Result<ReadInput> read_path(const std::string& path, const BatchReader& reader, std::span<const std::string> next) {
  if (path != kStandardInputPath) return reader.parse_pool.read_input(path, next);
  auto bytes = read_standard_input(reader.stdin_name, reader.limits.max_file_bytes);
  if (!bytes) return bytes.error();
  return reader.parse_pool.read_bytes(reader.stdin_name, bytes.value());
}

std::span<const std::string> files_after(const std::vector<std::string>& files, std::size_t i) {
  const auto after = files.begin() + static_cast<std::ptrdiff_t>(i + 1);
  return {after, std::find(after, files.end(), kStandardInputPath)};
}

std::size_t extract_documents(const Engine& engine, std::span<Document> documents, std::vector<Error>& failed,
                              const std::function<bool(ExtractedDocument&&)>& use) {
  std::size_t taken = 0;
  for (auto& document : documents) {
    ++taken;
    auto extraction = engine.extract(document);
    if (!extraction) {
      failed.push_back(extraction.error());
      document = Document();  // a feed's failed entries are not held to its end
      continue;
    }
    if (!use({std::move(document), std::move(extraction).value()})) break;
  }
  return taken;
}

}  // namespace skillmatch
