// What every skillmatch command shares: option parsing helpers, locating plugins and
// rules, output targets and exit codes.
#pragma once

#include <boost/program_options.hpp>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <skillmatch/engine.hpp>
#include <skillmatch/extractor.hpp>
#include <skillmatch/parse_pool.hpp>
#include <skillmatch/plugin_host.hpp>
#include <skillmatch/rules_loader.hpp>
#include <skillmatch/standard_input.hpp>

#include "diagnostics.hpp"
#include "output.hpp"

namespace skillmatch::cli {

namespace po = boost::program_options;

// Thrown for a usage error; main prints it with a hint and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

enum class Format { kTable, kJson, kNdjson, kCsv, kJsonResume };
Format parse_format(const std::string& name, const std::vector<Format>& allowed);

// Options that locate plugins and rules, shared by every command that needs them.
struct SetupOptions {
  std::vector<std::string> plugin_dirs;
  std::vector<std::string> rules_dirs;
  bool no_default_rules = false;
  plugin::Limits limits;
  Isolation isolation;
  std::string stdin_name{kStandardInputName};  // what "-" (standard input) is called in output
};
void add_plugin_options(po::options_description& options, SetupOptions& setup);
void add_rules_options(po::options_description& options, SetupOptions& setup);
void add_limit_options(po::options_description& options, SetupOptions& setup);
// The value of a size option (--max-file-size 64M): bytes, or a number with a suffix
// (byte_size.hpp), stored in `target` when options are notified; a bad size is a usage
// error naming --`option`.
po::typed_value<std::string>* byte_size_value(std::string option, std::uint64_t& target);
// Plugins, rules, limits and --stdin-name: what every command that reads documents takes.
void add_reading_options(po::options_description& options, SetupOptions& setup);
// Standard input can be read once: a usage error when "-" is among `paths` more than once.
void check_standard_input_once(const std::vector<const std::vector<std::string>*>& paths);

// The options of commands that print reports: --format (with the allowed names listed
// in `formats`), --output, and --jobs for those that work on batches.
struct ReportOptions {
  std::string format = "table";
  std::string output;
  unsigned jobs = 1;
};
void add_report_options(po::options_description& options, ReportOptions& report, const char* formats,
                        bool batch = true);

// The plugin directories in discovery order: --plugin-dir, SKILLMATCH_PLUGIN_PATH, then
// the one beside the executable (build tree) or the install's.
std::vector<std::filesystem::path> plugin_search_path(const SetupOptions& setup);
// skillmatch-serve.so beside the executable (build tree), else in lib/skillmatch (install).
std::filesystem::path serve_module_location();
// The rules directories in load order: the built-in ones (beside the executable or the
// install's) unless --no-default-rules, then --rules.
std::vector<std::filesystem::path> rules_search_path(const SetupOptions& setup);
// The engine's options from the command's: the search paths above resolved.
EngineOptions engine_options(const SetupOptions& setup);

// Loads the rules, printing every problem; nullopt when any was found.
std::optional<RulesLoad> load_rules_or_report(const SetupOptions& setup);

// The role with this id; a UsageError naming the closest ids when there is none.
const Role& find_role(const Taxonomy& taxonomy, const std::string& id);

// Parses a command's own arguments; --help prints usage and returns false.
bool parse_command_line(const std::vector<std::string>& args, const po::options_description& options,
                        const po::positional_options_description& positional, const std::string& usage,
                        po::variables_map& values);

// --today YYYY-MM (what "Present" means), default the current month.
YearMonth parse_today(const std::string& value);

// Colour only when writing to a terminal and NO_COLOR is unset.
bool use_colour(int fd);

}  // namespace skillmatch::cli
