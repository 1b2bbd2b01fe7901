#include "runtime.hpp"

#include <filesystem>
#include <future>
#include <skillmatch/document_reader.hpp>
#include <skillmatch/input_files.hpp>
#include <skillmatch/parallel.hpp>

#include "batch.hpp"

namespace skillmatch::cli {

Runtime::Runtime(SetupOptions setup, PluginHost host, RulesLoad rules) noexcept
    : setup_(std::move(setup)), host_(std::move(host)), rules_(std::move(rules)) {}

void Runtime::EndParseWorkers::operator()(Runtime* runtime) const {
  runtime->parse_pool_.reset();
  // Reachable from here until the end (never destroyed: a leak checker runs after static
  // destructors), so it is not reported as a leak.
  static auto* const left_for_exit = new std::vector<Runtime*>;
  left_for_exit->push_back(runtime);
}

Runtime::Loaded Runtime::load(const SetupOptions& setup) {
  // Loading plugins is mostly the dynamic loader's I/O and relocation; loading and
  // compiling the rules is CPU. They overlap, and the plugins are waited for last.
  auto plugins = std::async(std::launch::async, [&setup] { return load_plugins(setup); });
  auto rules = load_rules_or_report(setup);
  if (!rules) return nullptr;
  Loaded runtime(new Runtime(setup, PluginHost(), std::move(*rules)));
  // Compiled after the move: the extractor keeps a pointer to the taxonomy it was built from.
  auto extractor = Extractor::compile(runtime->rules_.taxonomy);
  runtime->host_ = plugins.get();
  runtime->extensions_ = known_extensions(runtime->host_);
  if (!extractor) {
    report_problem(extractor.error().to_string());
    return nullptr;
  }
  // A user's overlay is checked whole before any document is read: cue and forbid patterns
  // otherwise compile when a document first needs them, so a broken one surfaced mid-batch,
  // once per document, or never. The built-in rules are linted in CI and stay lazy.
  if (!setup.rules_dirs.empty()) {
    const std::vector<Error> problems = extractor.value().check_context_rules();
    for (const auto& problem : problems) report_problem(problem.to_string());
    if (!problems.empty()) return nullptr;
  }
  runtime->extractor_.emplace(std::move(extractor).value());
  // Forks the parse workers' zygote: the plugins' loading thread is joined by now, and no
  // other thread has started, so the zygote is a single-threaded copy with every plugin.
  runtime->parse_pool_ = std::make_unique<ParsePool>(runtime->host_, runtime->setup_.limits,
                                                     runtime->rules_.taxonomy.sections, setup.isolation);
  return runtime;
}

Result<std::size_t> Runtime::extract_each(Result<ReadInput> read, const std::string& path,
                                          std::vector<Error>& entry_errors,
                                          const std::function<void(ExtractedDocument&&)>& use) const {
  auto documents = take_documents(std::move(read), path, entry_errors);
  if (!documents) return documents.error();
  for (auto& document : documents.value()) {
    auto extraction = extractor_->extract(document);
    if (!extraction) return extraction.error();
    use({std::move(document), std::move(extraction).value()});
  }
  return documents.value().size();
}

Result<std::vector<Document>> Runtime::take_documents(Result<ReadInput> read, const std::string& path,
                                                      std::vector<Error>& entry_errors) const {
  if (!read) return read.error();
  for (const auto& warning : read.value().warnings) report_warning(path + ": " + warning);
  entry_errors.insert(entry_errors.end(), read.value().errors.begin(), read.value().errors.end());
  return std::move(read.value().documents);
}

Result<std::vector<ExtractedDocument>> Runtime::extract_all(Result<ReadInput> read, const std::string& path,
                                                            std::vector<Error>& entry_errors) const {
  std::vector<ExtractedDocument> out;
  auto extracted = extract_each(std::move(read), path, entry_errors,
                                [&out](ExtractedDocument&& item) { out.push_back(std::move(item)); });
  if (!extracted) return extracted.error();
  return out;
}

Result<std::size_t> Runtime::read_bytes_each(const std::string& name, std::string bytes,
                                             std::vector<Error>& entry_errors,
                                             const std::function<void(ExtractedDocument&&)>& use) const {
  auto read = parse_pool_->read_bytes(name, bytes);
  std::string().swap(bytes);  // parsed: the documents hold their text now
  return extract_each(std::move(read), name, entry_errors, use);
}

Result<std::size_t> Runtime::read_each(const std::string& path, std::vector<Error>& entry_errors,
                                       const std::function<void(ExtractedDocument&&)>& use) const {
  return extract_each(read_path(path, *parse_pool_, setup_), input_name(path, setup_), entry_errors, use);
}

Result<std::vector<ExtractedDocument>> Runtime::read(const std::string& path, std::vector<Error>& entry_errors) const {
  return extract_all(read_path(path, *parse_pool_, setup_), input_name(path, setup_), entry_errors);
}

Result<std::vector<Document>> Runtime::parse_bytes(const std::string& name, std::string_view bytes,
                                                   std::vector<Error>& entry_errors) const {
  return take_documents(parse_pool_->read_bytes(name, bytes), name, entry_errors);
}

Result<std::vector<ExtractedDocument>> Runtime::read_bytes(const std::string& name, std::string_view bytes,
                                                           std::vector<Error>& entry_errors) const {
  return extract_all(parse_pool_->read_bytes(name, bytes), name, entry_errors);
}

std::vector<AnalyzedPosting> read_postings(const Runtime& runtime, const std::vector<std::string>& paths,
                                           std::vector<Error>& errors, unsigned jobs) {
  std::vector<AnalyzedPosting> postings;
  const InputList inputs = collect_inputs(paths, runtime.extensions());
  for (const auto& error : inputs.errors) errors.push_back(error);
  // A feed's entries that could not be read come back with the postings that could.
  using Analyzed = std::pair<Result<std::vector<AnalyzedPosting>>, std::vector<Error>>;
  ordered_parallel(
      inputs.files.size(), jobs,
      [&](std::size_t i) -> Analyzed {
        std::vector<Error> entry_errors;
        auto read = runtime.read(inputs.files[i], entry_errors);
        if (!read) return {read.error(), std::move(entry_errors)};
        std::vector<AnalyzedPosting> analyzed;
        for (auto& item : read.value()) {
          PostingRequirements requirements = analyze_posting(item.document, item.extraction);
          analyzed.push_back({std::move(item.document), std::move(requirements)});
        }
        return {std::move(analyzed), std::move(entry_errors)};
      },
      [&](std::size_t, Analyzed&& analyzed) {
        errors.insert(errors.end(), analyzed.second.begin(), analyzed.second.end());
        if (!analyzed.first) {
          errors.push_back(analyzed.first.error());
          return;
        }
        for (auto& posting : analyzed.first.value()) postings.push_back(std::move(posting));
      });
  return postings;
}

Result<CandidateProfile> read_candidate(const Runtime& runtime, const std::string& path, YearMonth today,
                                        std::vector<Error>& errors, EvidenceDetail detail) {
  const InputList inputs = collect_inputs({path}, runtime.extensions());
  ProfileBuilder candidate(today, detail);
  for (const auto& error : inputs.errors) errors.push_back(error);
  for (const auto& file : inputs.files) {
    // Each document is added and dropped as soon as it is extracted (a feed read as a
    // candidate held every extraction); a file whose extraction fails adds nothing.
    ProfileBuilder documents(today, detail);
    auto read = runtime.read_each(file, errors, [&documents](ExtractedDocument&& item) { documents.add(item); });
    if (!read) {
      errors.push_back(read.error());
      continue;
    }
    candidate.merge(std::move(documents));
  }
  if (candidate.documents() == 0) {
    if (!errors.empty() && inputs.files.size() == 1) return errors.back();
    return Error{input_name(path, runtime.setup()), "no readable documents"};
  }
  return std::move(candidate).finish();
}

YearMonth parse_today(const std::string& value) {
  if (value.empty()) return YearMonth::today();
  const auto parsed = YearMonth::parse(value);
  if (!parsed || value.size() != 7) throw UsageError("--today expects YYYY-MM, got '" + value + "'");
  return *parsed;
}

}  // namespace skillmatch::cli
