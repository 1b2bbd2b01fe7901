#include <skillmatch/plugin_host.hpp>

#include <algorithm>
#include <boost/dll/shared_library.hpp>
#include <cctype>

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
  boost::system::error_code error;
  auto library = std::make_shared<boost::dll::shared_library>();
  library->load(path.string(), boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, error);
  if (error) {
    refuse("cannot load: not a loadable shared library (" + error.message() + ")");
    return;
  }
  // The ABI version is read before anything else of the plugin is touched.
  if (!library->has("skillmatch_plugin_abi_version")) {
    refuse("not a skillmatch plugin (no skillmatch_plugin_abi_version symbol)");
    return;
  }
  const std::uint32_t abi = library->get_alias<std::uint32_t()>("skillmatch_plugin_abi_version")();
  if (abi != plugin::kAbiVersion) {
    refuse("plugin ABI version " + std::to_string(abi) + ", but this skillmatch needs version " +
           std::to_string(plugin::kAbiVersion) + ": rebuild the plugin");
    return;
  }
  if (!library->has("skillmatch_plugin_build_tag") || !library->has("skillmatch_create_parser")) {
    refuse("incomplete plugin: missing skillmatch_plugin_build_tag or skillmatch_create_parser");
    return;
  }
  const std::string tag = library->get_alias<const char*()>("skillmatch_plugin_build_tag")();
  if (tag != SKILLMATCH_PLUGIN_BUILD_TAG) {
    refuse("built with '" + tag + "', but this skillmatch was built with '" SKILLMATCH_PLUGIN_BUILD_TAG "'");
    return;
  }
  plugin::Parser* raw = library->get_alias<plugin::Parser*()>("skillmatch_create_parser")();
  if (raw == nullptr) {
    refuse("the plugin could not create its parser");
    return;
  }
  // The deleter owns the library, so the code that destroys the parser is still mapped.
  std::shared_ptr<const plugin::Parser> parser(raw, [library](const plugin::Parser* p) { delete p; });
  plugin::PluginInfo info = parser->info();
  const auto same_name = [&](const LoadedParser& loaded) { return loaded.info.name == info.name; };
  if (const auto it = std::find_if(parsers_.begin(), parsers_.end(), same_name); it != parsers_.end()) {
    refuse("shadowed by " + it->path.string() + " (both are named '" + info.name + "')");
    return;
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
