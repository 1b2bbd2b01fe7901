// skillmatch plugins: which parser plugins were found, from where, and which were refused.
#include <iostream>

#include "cli_common.hpp"
#include "commands.hpp"
#include <skillmatch/document_json.hpp>

namespace skillmatch::cli {

int run_plugins(const Arguments& args) {
  SetupOptions setup;
  std::string format_name = "table";
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")("format,f", po::value(&format_name)->default_value("table"),
                                                     "table | json");
  add_plugin_options(options, setup);
  po::variables_map values;
  if (!parse_command_line(args, options, {}, "Usage: skillmatch plugins [options]", values)) return kSuccess;
  const Format format = parse_format(format_name, {Format::kTable, Format::kJson});

  PluginHost host;
  const auto search_path = plugin_search_path(setup);
  for (const auto& directory : search_path) host.load_directory(directory);
  if (format == Format::kJson) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& loaded : host.parsers()) {
      list.push_back({{"name", loaded.info.name},
                      {"version", loaded.info.version},
                      {"description", loaded.info.description},
                      {"formats", loaded.info.formats},
                      {"extensions", loaded.info.extensions},
                      {"path", loaded.path.string()},
                      {"abi", plugin::kAbiVersion}});
    }
    std::cout << json_text(list, 2) << '\n';
  } else {
    std::cout << "Search path (in order):\n";
    for (const auto& directory : search_path) std::cout << "  " << directory.string() << '\n';
    std::cout << "\nLoaded (ABI " << plugin::kAbiVersion << "):\n";
    for (const auto& loaded : host.parsers()) {
      std::string formats, extensions;
      for (const auto& f : loaded.info.formats) formats += (formats.empty() ? "" : ", ") + f;
      for (const auto& e : loaded.info.extensions) extensions += (extensions.empty() ? "" : " ") + e;
      std::cout << "  " << loaded.info.name << ' ' << loaded.info.version << "  " << loaded.path.string() << "\n    "
                << loaded.info.description << "\n    formats: " << formats << "\n    extensions: " << extensions
                << '\n';
    }
  }
  for (const auto& problem : host.problems()) report_warning(problem.path.string() + ": " + problem.message);
  return host.parsers().empty() ? kSomeInputsFailed : kSuccess;
}

}  // namespace skillmatch::cli
