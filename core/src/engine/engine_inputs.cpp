// Postings and candidates: what scoring reads, from paths or from uploads.
#include <skillmatch/engine.hpp>
#include <skillmatch/parallel.hpp>

namespace skillmatch {
namespace {

// One input's postings analyzed, or why it could not be read, with its issues.
struct PostingsOfInput {
  Result<std::vector<AnalyzedPosting>> postings;
  InputIssues issues;
};

PostingsOfInput analyze(Result<ExtractedInput> read) {
  if (!read) return {read.error(), {}};
  std::vector<AnalyzedPosting> analyzed;
  for (auto& item : read.value().documents) {
    PostingRequirements requirements = analyze_posting(item.document, item.extraction);
    analyzed.push_back({std::move(item.document), std::move(requirements)});
  }
  return {std::move(analyzed), {std::move(read.value().warnings), std::move(read.value().errors)}};
}

// Adds one input's postings to `set`: its issues first, then its postings or its error.
void add(PostingSet& set, PostingsOfInput&& input) {
  auto& issues = set.issues;
  issues.warnings.insert(issues.warnings.end(), input.issues.warnings.begin(), input.issues.warnings.end());
  issues.errors.insert(issues.errors.end(), input.issues.errors.begin(), input.issues.errors.end());
  if (!input.postings) {
    issues.errors.push_back(input.postings.error());
    return;
  }
  for (auto& posting : input.postings.value()) set.postings.push_back(std::move(posting));
}

// A candidate of what `builder` gathered; `name` stands for it when nothing could be read.
Result<CandidateProfile> finish(ProfileBuilder&& builder, const std::string& name, const InputIssues& issues,
                                bool single_file) {
  if (builder.documents() == 0) {
    if (!issues.errors.empty() && single_file) return issues.errors.back();
    return Error{name, "no readable documents"};
  }
  return std::move(builder).finish();
}

}  // namespace

PostingSet Engine::read_postings(const std::vector<std::string>& paths, unsigned jobs) const {
  PostingSet set;
  const InputList inputs = list_inputs(paths);
  set.issues.errors = inputs.errors;
  ordered_parallel(
      inputs.files.size(), jobs, [&](std::size_t i) { return analyze(read(inputs.files[i])); },
      [&](std::size_t, PostingsOfInput&& input) { add(set, std::move(input)); });
  return set;
}

PostingSet Engine::postings_from_bytes(const std::vector<NamedBytes>& uploads) const {
  PostingSet set;
  for (const auto& upload : uploads) add(set, analyze(read_bytes(upload.name, upload.bytes)));
  return set;
}

Result<CandidateProfile> Engine::read_candidate(const std::string& path, YearMonth today, InputIssues& issues,
                                                EvidenceDetail detail) const {
  const InputList inputs = list_inputs({path});
  ProfileBuilder candidate(today, detail);
  issues.errors.insert(issues.errors.end(), inputs.errors.begin(), inputs.errors.end());
  for (const auto& file : inputs.files) {
    // Each document is added and dropped as soon as it is extracted (a feed read as a
    // candidate held every extraction).
    ProfileBuilder documents(today, detail);
    auto read = read_each(file, issues, [&documents](ExtractedDocument&& item) { documents.add(item); });
    if (!read) {
      issues.errors.push_back(read.error());
      continue;
    }
    candidate.merge(std::move(documents));
  }
  return finish(std::move(candidate), input_name(path), issues, inputs.files.size() == 1);
}

Result<CandidateProfile> Engine::candidate_from_bytes(const std::string& name, std::string_view bytes,
                                                      YearMonth today, InputIssues& issues,
                                                      EvidenceDetail detail) const {
  ProfileBuilder candidate(today, detail);
  auto read = read_bytes_each(name, bytes, issues, [&candidate](ExtractedDocument&& item) { candidate.add(item); });
  if (!read) return read.error();
  return finish(std::move(candidate), name, issues, true);
}

}  // namespace skillmatch
