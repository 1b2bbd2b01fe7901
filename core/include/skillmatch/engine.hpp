// skillmatch::Engine: the pipeline every front end drives (the CLI, the server, the Python
// binding). It loads plugins and rules once, reads inputs (paths, bytes, standard input)
// into documents, extracts, scores against roles and postings, screens and audits. Every
// const member is thread-safe; nothing is printed: problems and warnings come back as
// values, and the front end shows them.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <skillmatch/document_reader.hpp>
#include <skillmatch/evidence.hpp>
#include <skillmatch/extractor.hpp>
#include <skillmatch/input_files.hpp>
#include <skillmatch/parse_pool.hpp>
#include <skillmatch/plugin_host.hpp>
#include <skillmatch/posting_analysis.hpp>
#include <skillmatch/result.hpp>
#include <skillmatch/rules_loader.hpp>
#include <skillmatch/scoring.hpp>
#include <skillmatch/standard_input.hpp>

namespace skillmatch {

// Where an Engine finds its plugins and rules, and how it reads: plain values, which a
// front end fills from its own options and its install location.
struct EngineOptions {
  // Searched in this order; a plugin that cannot be loaded is a warning, not a failure.
  std::vector<std::filesystem::path> plugin_dirs;
  // The built-in rules, loaded first unless no_default_rules (empty: none).
  std::filesystem::path default_rules_dir;
  // Overlays loaded after the built-in rules, in order; checked whole at load.
  std::vector<std::filesystem::path> rules_dirs;
  // Use only rules_dirs.
  bool no_default_rules = false;
  // Bounds on each input (file size, inflated size, documents, nesting).
  plugin::Limits limits;
  // Parse workers' time and memory bounds, or parsing in this process.
  Isolation isolation;
  // What the input "-" (standard input) is called in output; its extension hints the format.
  std::string stdin_name{kStandardInputName};
  // False for a front end that only parses documents (skillmatch text): the extractor is
  // not compiled (its patterns are most of loading's time), and extract() is an error.
  bool compile_extractor = true;
};

// Every rules directory EngineOptions loads, in order: the built-in one, then the overlays.
std::vector<std::filesystem::path> rules_search_path(const EngineOptions& options);

class Engine;

// What Engine::load gives: the engine, or null when the rules are unusable, with what
// went wrong on the way (problems may come with an engine: rules problems that are not fatal).
struct EngineLoad {
  std::unique_ptr<Engine> engine;     // null when problems made the rules unusable
  std::vector<std::string> warnings;  // plugins that could not be loaded: "path: message"
  std::vector<Error> problems;        // rules problems, in the order met
};

// An input read and extracted, under the one error rule: a document that cannot be
// extracted is an error of its own and its input's other documents go on, as a feed's
// unreadable entries do.
struct ExtractedInput {
  std::vector<ExtractedDocument> documents;  // in the input's order
  std::vector<std::string> warnings;         // "name: warning"
  std::vector<Error> errors;                 // feed entries ("file:line") and documents that failed
};

// Warnings and errors met beside a result (a candidate's or a posting's inputs).
struct InputIssues {
  std::vector<std::string> warnings;  // "name: warning", in input order
  std::vector<Error> errors;          // in input order
};

// A posting ready to score against.
struct AnalyzedPosting {
  Document document;
  PostingRequirements requirements;
};

// Postings read for scoring or screening, with what could not be read.
struct PostingSet {
  std::vector<AnalyzedPosting> postings;  // in input order (a feed yields many)
  InputIssues issues;
};

// A named file held in memory (an upload).
struct NamedBytes {
  std::string name;
  std::string bytes;
};

class Engine {
 public:
  // Loads plugins and rules and compiles the extractor (unless options.compile_extractor
  // is false); forks the parse workers' zygote,
  // so call it while the process has a single thread.
  static EngineLoad load(const EngineOptions& options);
  ~Engine();
  Engine(const Engine&) = delete;
  // Ends and reaps the parse workers now; nothing may be read after. For a process about to
  // exit that leaves the rest of the engine to the exit (see core/frontend/engine_loader.hpp).
  void end_parse_workers();
  Engine& operator=(const Engine&) = delete;

  // The options it was loaded with.
  const EngineOptions& options() const;
  // The taxonomy (skills, roles, sections) of the loaded rules.
  const Taxonomy& taxonomy() const;
  // The loaded rules, with their fingerprint.
  const RulesLoad& rules() const;
  // The parser plugins loaded.
  const PluginHost& plugins() const;
  // The compiled extractor; std::logic_error when it was not compiled (a bug of the caller).
  const Extractor& extractor() const;
  // The parse pool every read goes through.
  const ParsePool& parse_pool() const;
  // The file extensions the plugins claim: what a directory walk takes.
  const std::set<std::string>& extensions() const;
  // How an input is named in output: its path, or the stdin name for "-".
  const std::string& input_name(const std::string& path) const;
  // Paths and directories as the list of files to read (directories walked, sorted).
  InputList list_inputs(const std::vector<std::string>& paths) const;

  // Parses one input into documents without extracting them ("-" is standard input).
  Result<ReadInput> parse(const std::string& path) const;
  // Parses bytes already in memory, named `name` (its extension hints the format).
  Result<ReadInput> parse_bytes(const std::string& name, std::string_view bytes) const;
  // Finds the skills in one document; an error when the extractor was not compiled.
  Result<Extraction> extract(const Document& document) const;
  // Parses and extracts one input; the result is an error only when the input as a whole
  // could not be read.
  Result<ExtractedInput> read(const std::string& path) const;
  // read() for bytes in memory.
  Result<ExtractedInput> read_bytes(const std::string& name, std::string_view bytes) const;
  // read(), handing each document to `use` as soon as it is extracted and dropping it
  // after; returns how many were handed over; warnings and errors go to `issues`.
  Result<std::size_t> read_each(const std::string& path, InputIssues& issues,
                                const std::function<void(ExtractedDocument&&)>& use) const;
  // read_each() for bytes in memory.
  Result<std::size_t> read_bytes_each(const std::string& name, std::string_view bytes, InputIssues& issues,
                                      const std::function<void(ExtractedDocument&&)>& use) const;
  // read_bytes_each() for an upload it takes: the bytes are freed once parsed, before any
  // document is extracted (held through extraction, they were the server's peak).
  Result<std::size_t> read_upload_each(const std::string& name, std::string bytes, InputIssues& issues,
                                       const std::function<void(ExtractedDocument&&)>& use) const;

  // Every posting in the given files, feeds and folders, in input order whatever `jobs`.
  PostingSet read_postings(const std::vector<std::string>& paths, unsigned jobs = 1) const;
  // Every posting in uploads, in order.
  PostingSet postings_from_bytes(const std::vector<NamedBytes>& uploads) const;
  // A candidate from a file, or from a folder whose documents merge into one profile (a
  // portfolio); a folder's unreadable files go to `issues` and do not stop it.
  Result<CandidateProfile> read_candidate(const std::string& path, YearMonth today, InputIssues& issues,
                                          EvidenceDetail detail = EvidenceDetail::kMentions) const;
  // A candidate from one upload (a document or a feed merged into one profile).
  Result<CandidateProfile> candidate_from_bytes(const std::string& name, std::string_view bytes, YearMonth today,
                                                InputIssues& issues,
                                                EvidenceDetail detail = EvidenceDetail::kMentions) const;

 private:
  struct State;
  explicit Engine(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace skillmatch
