// The binding's engine: skillmatch::Engine loaded from Python's arguments, and what the
// Python layer asks of it, in C++ types only (the module converts them, so that every
// call here can run without the GIL).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <skillmatch/dates.hpp>
#include <skillmatch/engine.hpp>

namespace skillmatch::python {

// What "Present" means: `today` as YYYY-MM (std::invalid_argument otherwise), or this
// month when empty.
YearMonth parse_today(const std::string& today);

// An Error as Python gets it: (source, message).
using ErrorPair = std::pair<std::string, std::string>;
std::vector<ErrorPair> error_pairs(const std::vector<Error>& errors);

// skillmatch.Engine's arguments, the CLI's options by the same names; unset limits keep
// the CLI's defaults.
struct EngineArguments {
  std::vector<std::string> plugin_dirs;  // searched in order (the Python layer adds the defaults)
  std::string default_rules_dir;
  std::vector<std::string> rules_dirs;
  bool no_default_rules = false;
  std::optional<std::uint64_t> max_file_size, max_uncompressed_size, max_documents, max_memory;
  std::optional<std::uint32_t> max_nesting;
  std::optional<double> parse_timeout;
  bool isolation = true;
};

class NativeEngine {
 public:
  // Loads plugins and rules; std::invalid_argument naming every problem when the rules
  // are unusable.
  explicit NativeEngine(const EngineArguments& arguments);

  const Engine& engine() const { return *engine_; }
  // A share of the engine, for what must keep it loaded (a Screener).
  const std::shared_ptr<const Engine>& shared() const { return engine_; }
  // Plugins that could not be loaded and rules problems that did not stop the load.
  const std::vector<std::string>& warnings() const { return warnings_; }
  // Paths and folders as the files the CLI would read (folders walked, sorted), and the
  // paths that could not be listed.
  std::pair<std::vector<std::string>, std::vector<ErrorPair>> list_inputs(const std::vector<std::string>& paths) const;

 private:
  explicit NativeEngine(EngineLoad&& load);
  std::vector<std::string> warnings_;  // before engine_: filled while it is made
  std::shared_ptr<const Engine> engine_;
};

}  // namespace skillmatch::python
