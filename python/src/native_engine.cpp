#include "native_engine.hpp"

#include <stdexcept>

namespace skillmatch::python {
namespace {

EngineOptions engine_options(const EngineArguments& arguments) {
  EngineOptions options;
  options.plugin_dirs.assign(arguments.plugin_dirs.begin(), arguments.plugin_dirs.end());
  options.default_rules_dir = arguments.default_rules_dir;
  options.rules_dirs.assign(arguments.rules_dirs.begin(), arguments.rules_dirs.end());
  options.no_default_rules = arguments.no_default_rules;
  if (arguments.max_file_size) options.limits.max_file_bytes = *arguments.max_file_size;
  if (arguments.max_uncompressed_size) options.limits.max_uncompressed_bytes = *arguments.max_uncompressed_size;
  if (arguments.max_documents) options.limits.max_documents = *arguments.max_documents;
  if (arguments.max_nesting) options.limits.max_nesting = *arguments.max_nesting;
  if (arguments.parse_timeout) options.isolation.parse_seconds = *arguments.parse_timeout;
  if (arguments.max_memory) options.isolation.max_memory_bytes = *arguments.max_memory;
  options.isolation.in_process = !arguments.isolation;
  return options;
}

}  // namespace

YearMonth parse_today(const std::string& today) {
  if (today.empty()) return YearMonth::today();
  const auto parsed = YearMonth::parse_month(today);
  if (!parsed) throw std::invalid_argument("today expects YYYY-MM, got '" + today + "'");
  return *parsed;
}

std::vector<ErrorPair> error_pairs(const std::vector<Error>& errors) {
  std::vector<ErrorPair> pairs;
  pairs.reserve(errors.size());
  for (const auto& error : errors) pairs.emplace_back(error.subject, error.message);
  return pairs;
}

namespace {

// The engine `load` made; std::invalid_argument naming every problem when it made none.
std::unique_ptr<Engine> take_engine(EngineLoad& load, std::vector<std::string>& warnings) {
  warnings = std::move(load.warnings);
  std::string problems;
  for (const auto& problem : load.problems) problems += (problems.empty() ? "" : "; ") + problem.to_string();
  if (!load.engine) throw std::invalid_argument(problems.empty() ? "the rules could not be loaded" : problems);
  if (!problems.empty()) warnings.push_back(problems);
  return std::move(load.engine);
}

}  // namespace

NativeEngine::NativeEngine(const EngineArguments& arguments)
    : NativeEngine(Engine::load(engine_options(arguments))) {}

NativeEngine::NativeEngine(EngineLoad&& load) : engine_(take_engine(load, warnings_)) {}

std::pair<std::vector<std::string>, std::vector<ErrorPair>> NativeEngine::list_inputs(
    const std::vector<std::string>& paths) const {
  InputList inputs = engine_->list_inputs(paths);
  return {std::move(inputs.files), error_pairs(inputs.errors)};
}

}  // namespace skillmatch::python
