// What an Engine holds: shared by the files that implement it, private to the core.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>

#include <skillmatch/engine.hpp>

namespace skillmatch {

struct Engine::State {
  EngineOptions options;
  PluginHost host;
  RulesLoad rules;
  std::set<std::string> extensions;
  // Compiled after the rules reach their place: it keeps a pointer to their taxonomy.
  std::optional<Extractor> extractor;
  std::unique_ptr<ParsePool> parse_pool;
};

}  // namespace skillmatch
