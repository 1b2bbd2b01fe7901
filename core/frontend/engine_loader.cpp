#include "engine_loader.hpp"

#include <vector>

namespace skillmatch::cli {

void LeaveForExit::operator()(Engine* engine) const {
  engine->end_parse_workers();
  // Reachable from here until the end (never destroyed: a leak checker runs after static
  // destructors), so it is not reported as a leak.
  static auto* const left_for_exit = new std::vector<Engine*>;
  left_for_exit->push_back(engine);
}

LoadedEngine load_engine(const EngineOptions& options) {
  EngineLoad load = Engine::load(options);
  for (const auto& warning : load.warnings) report_warning(warning);
  for (const auto& problem : load.problems) report_problem(problem.to_string());
  return LoadedEngine(load.engine.release());
}

void report_issues(const InputIssues& issues) {
  for (const auto& warning : issues.warnings) report_warning(warning);
  for (const auto& error : issues.errors) report_problem(error.to_string());
}

Result<YearMonth> today_from(const std::string& value) {
  if (value.empty()) return YearMonth::today();
  const auto parsed = YearMonth::parse_month(value);
  if (!parsed) return Error{"", "--today expects YYYY-MM, got '" + value + "'"};
  return *parsed;
}

BatchEvents printed_events(BatchProgress& progress, std::function<void(const Error&)> record) {
  return {[](const std::string& warning) { report_warning(warning); },
          [record = std::move(record)](const Error& error) {
            report_problem(error.to_string());
            record(error);
          },
          [&progress](std::size_t total) { progress.start(total); }, [&progress] { progress.advance(); }};
}

}  // namespace skillmatch::cli
