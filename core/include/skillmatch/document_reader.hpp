// Reads one input file into documents: map it, pick a parser by sniffing, parse, and
// check what the plugin returned before anything downstream sees it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <skillmatch/document.hpp>
#include <skillmatch/plugin_host.hpp>
#include <skillmatch/result.hpp>
#include <skillmatch/sections.hpp>

namespace skillmatch {

struct ReadInput {
  std::vector<Document> documents;
  std::vector<std::string> warnings;  // one line each, without the file name
  // Feed entries that could not be read while the others were; each names "path:line"
  // (or the path when the line is unknown).
  std::vector<Error> errors;
};

// Fails (as a value) with a one-line message when the file cannot be read or parsed, or
// when it yields no document (then naming the first entry that could not be read).
// Each document gets its source, parser name, an id, a one-line title, sections
// (detected when the parser gave none) and a kind (guessed when the parser could not tell).
Result<ReadInput> read_input(const std::filesystem::path& path, const PluginHost& host,
                             const plugin::Limits& limits, const SectionVocabulary& vocabulary);

// The same for content already in memory (an upload): `name` stands for the file in
// messages, ids and extension hints.
Result<ReadInput> read_bytes(const std::string& name, std::string_view bytes, const PluginHost& host,
                             const plugin::Limits& limits, const SectionVocabulary& vocabulary);

}  // namespace skillmatch
