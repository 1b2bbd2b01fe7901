// Everything a scoring command loads once: plugins, rules, the compiled extractor; and
// the steps from a path to a candidate profile or a list of postings.
#pragma once

#include <functional>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <skillmatch/document_reader.hpp>
#include <skillmatch/evidence.hpp>
#include <skillmatch/parse_pool.hpp>
#include <skillmatch/posting_analysis.hpp>

#include "cli_common.hpp"

namespace skillmatch::cli {

class Runtime {
  // What ends a loaded Runtime (see load()).
  struct EndParseWorkers {
    void operator()(Runtime* runtime) const;
  };

 public:
  // Loads and compiles; problems are printed, and nullptr means the rules are unusable.
  // A command's Runtime lives until the process exits: at its end the parse workers are
  // ended and reaped, and the rest is left to the exit rather than freed. Freeing the
  // rules and the extractor writes to nearly every page of them, and after the zygote's
  // fork each such page is write-protected: about 500 of the workers' 1,300 extra page
  // faults on one file (perf stat), for memory the exit releases anyway.
  using Loaded = std::unique_ptr<Runtime, EndParseWorkers>;
  static Loaded load(const SetupOptions& setup);

  const Taxonomy& taxonomy() const { return rules_.taxonomy; }
  const RulesLoad& rules() const { return rules_; }
  const PluginHost& host() const { return host_; }
  const Extractor& extractor() const { return *extractor_; }
  const plugin::Limits& limits() const { return setup_.limits; }
  const ParsePool& parse_pool() const { return *parse_pool_; }
  const SetupOptions& setup() const { return setup_; }
  // The file extensions the loaded plugins claim (what a directory walk takes), computed
  // once: a screen walks each resume's path again.
  const std::set<std::string>& extensions() const { return extensions_; }

  // Parses and extracts one file (every document in it); a feed's entries that could not
  // be read are appended to `entry_errors` ("file:line"), the others still returned.
  Result<std::vector<ExtractedDocument>> read(const std::string& path, std::vector<Error>& entry_errors) const;
  // As read(), handing each document to `use` as soon as it is extracted, and dropping it
  // after, instead of returning them all; the first extraction that fails is the result.
  Result<std::size_t> read_each(const std::string& path, std::vector<Error>& entry_errors,
                                const std::function<void(ExtractedDocument&&)>& use) const;
  // Parses and extracts content already in memory (an upload), as read() does.
  Result<std::vector<ExtractedDocument>> read_bytes(const std::string& name, std::string_view bytes,
                                                    std::vector<Error>& entry_errors) const;
  // Parses content already in memory into its documents, without extracting them (the
  // server extracts and writes them one at a time); warnings and entry errors as read().
  Result<std::vector<Document>> parse_bytes(const std::string& name, std::string_view bytes,
                                            std::vector<Error>& entry_errors) const;
  // read_bytes() a document at a time, as read_each() does. The upload is freed once parsed,
  // before any document is extracted: held through extraction, it was the server's peak.
  Result<std::size_t> read_bytes_each(const std::string& name, std::string bytes, std::vector<Error>& entry_errors,
                                      const std::function<void(ExtractedDocument&&)>& use) const;

 private:
  Runtime(SetupOptions setup, PluginHost host, RulesLoad rules) noexcept;
  Result<std::vector<ExtractedDocument>> extract_all(Result<ReadInput> read, const std::string& path,
                                                     std::vector<Error>& entry_errors) const;
  Result<std::vector<Document>> take_documents(Result<ReadInput> read, const std::string& path,
                                               std::vector<Error>& entry_errors) const;
  Result<std::size_t> extract_each(Result<ReadInput> read, const std::string& path, std::vector<Error>& entry_errors,
                                   const std::function<void(ExtractedDocument&&)>& use) const;

  SetupOptions setup_;
  PluginHost host_;
  RulesLoad rules_;
  std::set<std::string> extensions_;
  std::optional<Extractor> extractor_;
  std::unique_ptr<ParsePool> parse_pool_;
};

// A posting ready to score against.
struct AnalyzedPosting {
  Document document;
  PostingRequirements requirements;
};

// Every posting in the given files (a feed yields many), in input order whatever `jobs`
// (the threads reading them); failures are reported and listed.
std::vector<AnalyzedPosting> read_postings(const Runtime& runtime, const std::vector<std::string>& paths,
                                           std::vector<Error>& errors, unsigned jobs = 1);

// A candidate from a file, or from a folder whose documents are merged into one profile
// (a portfolio); a folder's unreadable files are reported and listed but do not stop it.
// `detail` says whether the profile keeps every mention (see build_profile).
Result<CandidateProfile> read_candidate(const Runtime& runtime, const std::string& path, YearMonth today,
                                        std::vector<Error>& errors,
                                        EvidenceDetail detail = EvidenceDetail::kMentions);

// --today YYYY-MM (what "Present" means), default the current month.
YearMonth parse_today(const std::string& value);

}  // namespace skillmatch::cli
