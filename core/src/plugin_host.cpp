#include <skillmatch/plugin_host.hpp>

#include <algorithm>
#include <cctype>
#include <skillmatch/module_loader.hpp>

namespace skillmatch {
namespace {

std::string lowercase_extension(std::string_view path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

bool lists_extension(const plugin::PluginInfo& info, const std::string& extension) {
  return !extension.empty() && std::find(info.extensions.begin(), info.extensions.end(), extension) != info.extensions.end();
}

}  // namespace

void PluginHost::load_library(const std::filesystem::path& path) {
  const auto refuse = [&](std::string message) { problems_.push_back({path, std::move(message)}); };
  // The stamp is checked before the library is loaded, so a refused plugin runs no code.
  auto loaded = modules::load_module(
      path, {modules::ModuleKind::kParserPlugin, plugin::kAbiVersion, SKILLMATCH_PLUGIN_BUILD_TAG});
  if (!loaded) return refuse(loaded.error().message);
  const auto create = loaded.value()->function<plugin::Parser*()>(plugin::kCreateParserSymbol);
  if (create == nullptr) return refuse(std::string("incomplete plugin: missing ") + plugin::kCreateParserSymbol);
  plugin::Parser* raw = create();
  if (raw == nullptr) return refuse("the plugin could not create its parser");
  std::shared_ptr<const plugin::Parser> parser = modules::adopt<const plugin::Parser>(std::move(loaded.value()), raw);
  plugin::PluginInfo info = parser->info();
  const auto same_name = [&](const LoadedParser& loaded) { return loaded.info.name == info.name; };
  if (const auto it = std::find_if(parsers_.begin(), parsers_.end(), same_name); it != parsers_.end()) {
    return refuse("shadowed by " + it->path.string() + " (both are named '" + info.name + "')");
  }
  parsers_.push_back({std::move(info), path, std::move(parser)});
}

void PluginHost::load_directory(const std::filesystem::path& directory) {
  std::error_code error;
  if (!std::filesystem::is_directory(directory, error)) return;
  std::vector<std::filesystem::path> libraries;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (entry.path().extension() == ".so") libraries.push_back(entry.path());
  }
  std::sort(libraries.begin(), libraries.end());
  for (const auto& library : libraries) load_library(library);
}

const LoadedParser* PluginHost::choose(std::string_view path, std::string_view head) const {
  const std::string extension = lowercase_extension(path);
  const LoadedParser* best = nullptr;
  int best_score = 0;
  bool best_lists_extension = false;
  for (const auto& loaded : parsers_) {
    const int score = std::clamp(loaded.parser->sniff(path, head), 0, 100);
    const bool listed = lists_extension(loaded.info, extension);
    if (score > best_score || (score == best_score && score > 0 && listed && !best_lists_extension)) {
      best = &loaded;
      best_score = score;
      best_lists_extension = listed;
    }
  }
  return best;
}

}  // namespace skillmatch
