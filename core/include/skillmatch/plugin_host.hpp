// Finds, checks and loads parser plugins, and picks one for an input by sniffing it.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch {

// A parser that passed the ABI checks. `parser` keeps its shared library loaded: the
// library is unloaded only after the last copy of this pointer is gone.
struct LoadedParser {
  plugin::PluginInfo info;
  std::filesystem::path path;
  std::shared_ptr<const plugin::Parser> parser;
};

// A library that was found but refused, and why.
struct PluginProblem {
  std::filesystem::path path;
  std::string message;
};

class PluginHost {
 public:
  // Loads one shared library; on success it joins parsers() unless a parser of the same
  // name was loaded before (then it is reported as shadowed).
  void load_library(const std::filesystem::path& path);
  // Loads every *.so directly inside `directory`, in name order. A missing directory is
  // not an error (a default location may simply not exist).
  void load_directory(const std::filesystem::path& directory);

  const std::vector<LoadedParser>& parsers() const { return parsers_; }
  const std::vector<PluginProblem>& problems() const { return problems_; }

  // The parser that claims the input with the highest sniff score (ties: one whose
  // extensions list the path's, then load order), or nullptr when none claims it.
  const LoadedParser* choose(std::string_view path, std::string_view head) const;

 private:
  std::vector<LoadedParser> parsers_;
  std::vector<PluginProblem> problems_;
};

}  // namespace skillmatch
