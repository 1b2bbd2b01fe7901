#include "cli_common.hpp"

#include "engine_loader.hpp"

#include <boost/dll/runtime_symbol_info.hpp>
#include <algorithm>
#include <cstdio>
#include <utility>
#include <skillmatch/byte_size.hpp>
#include <skillmatch/role_lookup.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>
#include <unistd.h>

namespace skillmatch::cli {
namespace {

namespace fs = std::filesystem;

fs::path executable_directory() { return fs::path(boost::dll::program_location().parent_path().string()); }

enum class Entry { kDirectory, kFile };

// The first of the build-tree and install locations where `entry` exists.
fs::path default_location(const std::string& beside_executable, const std::string& installed,
                          Entry entry = Entry::kDirectory) {
  const fs::path directory = executable_directory();
  const fs::path beside = directory / beside_executable;
  std::error_code error;
  if (entry == Entry::kDirectory ? fs::is_directory(beside, error) : fs::is_regular_file(beside, error)) return beside;
  return directory.parent_path() / installed;
}

// Parsing in worker processes (parse_pool.hpp): its time and memory bounds, and the way out.
void add_isolation_options(po::options_description& options, Isolation& isolation) {
  options.add_options()(
      "parse-timeout",
      po::value(&isolation.parse_seconds)->default_value(isolation.parse_seconds)->notifier([](double seconds) {
        if (!(seconds > 0) || seconds > 86400) throw UsageError("--parse-timeout must be > 0 and at most 86400 seconds");
      }),
      "seconds a parse may take, plus as much again per MB of input; a longer one is stopped")(
      "max-memory", byte_size_value("max-memory", isolation.max_memory_bytes),
      "address space of a parse worker (2G, 512M: as --max-file-size)")(
      "no-isolation", po::bool_switch(&isolation.in_process),
      "parse in this process: no time or memory bounds, and a crashing plugin ends the run");
}

}  // namespace

Format parse_format(const std::string& name, const std::vector<Format>& allowed) {
  const std::pair<const char*, Format> names[] = {
      {"table", Format::kTable}, {"json", Format::kJson}, {"ndjson", Format::kNdjson}, {"csv", Format::kCsv},
      {"jsonresume", Format::kJsonResume}};
  for (const auto& [known, format] : names) {
    if (name == known && std::find(allowed.begin(), allowed.end(), format) != allowed.end()) return format;
  }
  throw UsageError("unknown or unsupported --format '" + name + "'");
}

void add_plugin_options(po::options_description& options, SetupOptions& setup) {
  options.add_options()("plugin-dir", po::value(&setup.plugin_dirs)->composing(),
                        "load parser plugins from DIR first (repeatable)");
}

void add_rules_options(po::options_description& options, SetupOptions& setup) {
  options.add_options()("rules", po::value(&setup.rules_dirs)->composing(),
                        "add or override skills and roles from DIR (repeatable)")(
      "no-default-rules", po::bool_switch(&setup.no_default_rules), "use only the --rules folders");
}

po::typed_value<std::string>* byte_size_value(std::string option, std::uint64_t& target) {
  return po::value<std::string>()->default_value(format_byte_size(target))->notifier([option = std::move(option), &target](const std::string& text) {
    const auto parsed = parse_byte_size(text);
    if (!parsed) throw UsageError("--" + option + ": '" + text + "' is not a size (bytes, or a number with K, M, G, KiB, MiB, GiB, KB, MB, GB...)");
    target = *parsed;
  });
}

void add_limit_options(po::options_description& options, SetupOptions& setup) {
  options.add_options()("max-file-size", byte_size_value("max-file-size", setup.limits.max_file_bytes),
                        "largest input file (64M, 512K, 1GiB: K/M/G are powers of 1024, KB/MB/GB of 1000)")(
      "max-uncompressed-size", byte_size_value("max-uncompressed-size", setup.limits.max_uncompressed_bytes),
      "largest inflated size of a DOCX/ODT container or of a PDF's streams")(
      "max-documents", po::value(&setup.limits.max_documents)->default_value(setup.limits.max_documents),
      "most documents read from one input (a feed)")(
      "max-nesting", po::value(&setup.limits.max_nesting)->default_value(setup.limits.max_nesting),
      "deepest JSON/XML nesting accepted");
  add_isolation_options(options, setup.isolation);
}

void add_reading_options(po::options_description& options, SetupOptions& setup) {
  add_plugin_options(options, setup);
  add_rules_options(options, setup);
  add_limit_options(options, setup);
  options.add_options()("stdin-name", po::value(&setup.stdin_name)->default_value(setup.stdin_name),
                        "what an input of - (standard input) is called in output; its extension hints the format");
}

void check_standard_input_once(const std::vector<const std::vector<std::string>*>& paths) {
  std::size_t named = 0;
  for (const auto* list : paths) named += static_cast<std::size_t>(std::count(list->begin(), list->end(), kStandardInputPath));
  if (named > 1) throw UsageError("standard input (-) can be given only once");
}

void add_report_options(po::options_description& options, ReportOptions& report, const char* formats, bool batch) {
  options.add_options()("format,f", po::value(&report.format)->default_value(report.format), formats)(
      "output,o", po::value(&report.output), "write to FILE (whole or not at all) instead of stdout");
  if (!batch) return;
  report.jobs = std::max(1u, std::thread::hardware_concurrency());
  options.add_options()("jobs,j", po::value(&report.jobs)->default_value(report.jobs), "threads to use");
}

std::vector<fs::path> plugin_search_path(const SetupOptions& setup) {
  std::vector<fs::path> path(setup.plugin_dirs.begin(), setup.plugin_dirs.end());
  if (const char* variable = std::getenv("SKILLMATCH_PLUGIN_PATH")) {
    std::string_view rest = variable;
    while (!rest.empty()) {
      const std::size_t colon = rest.find(':');
      const std::string_view item = rest.substr(0, colon);
      if (!item.empty()) path.emplace_back(item);
      rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    }
  }
  path.push_back(default_location("skillmatch-plugins", SKILLMATCH_INSTALL_PLUGIN_DIR));
  return path;
}

fs::path serve_module_location() {
  return default_location("skillmatch-serve.so", SKILLMATCH_INSTALL_MODULE_DIR "/skillmatch-serve.so", Entry::kFile);
}

std::vector<fs::path> rules_search_path(const SetupOptions& setup) {
  return skillmatch::rules_search_path(engine_options(setup));
}

EngineOptions engine_options(const SetupOptions& setup) {
  EngineOptions options;
  options.plugin_dirs = plugin_search_path(setup);
  options.default_rules_dir = default_location("rules", SKILLMATCH_INSTALL_RULES_DIR);
  options.rules_dirs.assign(setup.rules_dirs.begin(), setup.rules_dirs.end());
  options.no_default_rules = setup.no_default_rules;
  options.limits = setup.limits;
  options.isolation = setup.isolation;
  options.stdin_name = setup.stdin_name;
  return options;
}

std::optional<RulesLoad> load_rules_or_report(const SetupOptions& setup) {
  RulesLoad rules = load_rules(rules_search_path(setup));
  for (const auto& problem : rules.problems) report_problem(problem.to_string());
  if (!rules.ok()) return std::nullopt;
  return rules;
}

const Role& find_role(const Taxonomy& taxonomy, const std::string& id) {
  if (const auto index = taxonomy.role_index(id)) return taxonomy.roles[*index];
  throw UsageError(unknown_role_message(taxonomy, id) + " (see 'skillmatch roles')");
}

bool parse_command_line(const std::vector<std::string>& args, const po::options_description& options,
                        const po::positional_options_description& positional, const std::string& usage,
                        po::variables_map& values) {
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), values);
    if (values.count("help")) {
      std::cout << usage << "\n\n" << options << "\n";
      return false;
    }
    po::notify(values);
  } catch (const po::error& e) {
    throw UsageError(e.what());
  }
  return true;
}

bool use_colour(int fd) {
  const char* no_colour = std::getenv("NO_COLOR");
  return ::isatty(fd) && (no_colour == nullptr || *no_colour == '\0');
}

YearMonth parse_today(const std::string& value) {
  auto today = today_from(value);
  if (!today) throw UsageError(today.error().message);
  return today.value();
}

}  // namespace skillmatch::cli
