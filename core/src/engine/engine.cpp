// Loading an Engine: plugins and rules once, the extractor compiled, the parse workers forked.
#include <skillmatch/engine.hpp>

#include <future>
#include <stdexcept>

#include <skillmatch/batch.hpp>

#include "engine_state.hpp"

namespace skillmatch {
namespace {

PluginHost load_plugins(const std::vector<std::filesystem::path>& directories) {
  PluginHost host;
  for (const auto& directory : directories) host.load_directory(directory);
  return host;
}

void take_plugin_warnings(const PluginHost& host, std::vector<std::string>& warnings) {
  for (const auto& problem : host.problems()) warnings.push_back(problem.path.string() + ": " + problem.message);
}

// Compiles the extractor into `out` unless the options ask for a reader only; returns the
// patterns RE2 rejects, if any.
std::vector<Error> compile_extractor(const EngineOptions& options, const Taxonomy& taxonomy,
                                     std::optional<Extractor>& out) {
  if (!options.compile_extractor) return {};
  auto extractor = Extractor::compile(taxonomy);
  if (!extractor) return extractor.errors();
  out.emplace(std::move(extractor).value());
  return {};
}

}  // namespace

std::vector<std::filesystem::path> rules_search_path(const EngineOptions& options) {
  std::vector<std::filesystem::path> path;
  if (!options.no_default_rules && !options.default_rules_dir.empty()) path.push_back(options.default_rules_dir);
  path.insert(path.end(), options.rules_dirs.begin(), options.rules_dirs.end());
  return path;
}

Engine::Engine(std::unique_ptr<State> state) : state_(std::move(state)) {}
Engine::~Engine() = default;

EngineLoad Engine::load(const EngineOptions& options) {
  EngineLoad out;
  // Loading plugins is mostly the dynamic loader's I/O and relocation; loading and
  // compiling the rules is CPU. They overlap, and the plugins are waited for last.
  auto plugins = std::async(std::launch::async, [&options] { return load_plugins(options.plugin_dirs); });
  auto state = std::make_unique<State>();
  state->options = options;
  state->rules = load_rules(rules_search_path(options));
  out.problems = state->rules.problems;
  if (!state->rules.ok()) {
    take_plugin_warnings(plugins.get(), out.warnings);
    return out;
  }
  const std::vector<Error> rejected = compile_extractor(options, state->rules.taxonomy, state->extractor);
  state->host = plugins.get();
  take_plugin_warnings(state->host, out.warnings);
  state->extensions = known_extensions(state->host);
  // Every pattern is checked with the rules (a large one compiled, the rest on first use): a broken
  // overlay is reported whole, before any document.
  if (!rejected.empty()) {
    out.problems.insert(out.problems.end(), rejected.begin(), rejected.end());
    return out;
  }
  // Forks the parse workers' zygote: the plugins' loading thread is joined by now, so if
  // the caller has no other thread the zygote is a single-threaded copy with every plugin.
  state->parse_pool = std::make_unique<ParsePool>(state->host, state->options.limits, state->rules.taxonomy.sections,
                                                  state->options.isolation);
  out.engine.reset(new Engine(std::move(state)));
  return out;
}

void Engine::end_parse_workers() { state_->parse_pool.reset(); }

const EngineOptions& Engine::options() const { return state_->options; }
const Taxonomy& Engine::taxonomy() const { return state_->rules.taxonomy; }
const RulesLoad& Engine::rules() const { return state_->rules; }
const PluginHost& Engine::plugins() const { return state_->host; }
const Extractor& Engine::extractor() const {
  if (!state_->extractor) throw std::logic_error("Engine::extractor: loaded with compile_extractor false");
  return *state_->extractor;
}
const ParsePool& Engine::parse_pool() const { return *state_->parse_pool; }
const std::set<std::string>& Engine::extensions() const { return state_->extensions; }

const std::string& Engine::input_name(const std::string& path) const {
  return path == kStandardInputPath ? state_->options.stdin_name : path;
}

InputList Engine::list_inputs(const std::vector<std::string>& paths) const {
  return collect_inputs(paths, state_->extensions);
}

}  // namespace skillmatch
