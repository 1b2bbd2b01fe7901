// Kernels: compiling the rules, the bare RE2::Set scan of all aliases (the floor any
// extractor pays), and full extraction, on the bundled sample resumes and postings.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <re2/set.h>
#include <sstream>

#include <skillmatch/extractor.hpp>
#include <skillmatch/rules_loader.hpp>
#include <skillmatch/sections.hpp>

namespace {

namespace fs = std::filesystem;

const skillmatch::Taxonomy& taxonomy() {
  static const skillmatch::RulesLoad rules = skillmatch::load_rules({fs::path(SKILLMATCH_SOURCE_DIR) / "rules"});
  return rules.taxonomy;
}

// All sample texts, each as a Document with sections, as the CLI would hand them over.
const std::vector<skillmatch::Document>& corpus() {
  static const std::vector<skillmatch::Document> documents = [] {
    std::vector<skillmatch::Document> out;
    for (const char* folder : {"samples/resumes", "samples/postings"}) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(fs::path(SKILLMATCH_SOURCE_DIR) / folder)) files.push_back(entry.path());
      std::sort(files.begin(), files.end());
      for (const auto& file : files) {
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        skillmatch::Document document;
        document.text = text.str();
        document.sections = skillmatch::detect_sections(document.text, taxonomy().sections);
        out.push_back(std::move(document));
      }
    }
    return out;
  }();
  return documents;
}

std::size_t corpus_bytes() {
  std::size_t bytes = 0;
  for (const auto& document : corpus()) bytes += document.text.size();
  return bytes;
}

void BM_CompileRules(benchmark::State& state) {
  for (auto _ : state) {
    auto extractor = skillmatch::Extractor::compile(taxonomy());
    benchmark::DoNotOptimize(extractor.ok());
  }
}
BENCHMARK(BM_CompileRules)->Unit(benchmark::kMillisecond);

// The baseline: one RE2::Set of every alias as a bare case-insensitive literal.
void BM_BareAliasSetScan(benchmark::State& state) {
  RE2::Options options;
  options.set_max_mem(512ll << 20);
  options.set_case_sensitive(false);
  RE2::Set set(options, RE2::UNANCHORED);
  for (const auto& skill : taxonomy().skills) {
    for (const auto& alias : skill.aliases) {
      if (!alias.is_pattern) set.Add(RE2::QuoteMeta(alias.text), nullptr);
    }
  }
  if (!set.Compile()) {
    state.SkipWithError("RE2::Set did not compile");
    return;
  }
  std::vector<int> matches;
  for (auto _ : state) {
    for (const auto& document : corpus()) {
      matches.clear();
      benchmark::DoNotOptimize(set.Match(document.text, &matches));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus_bytes()));
}
BENCHMARK(BM_BareAliasSetScan);

void BM_Extract(benchmark::State& state) {
  auto extractor = skillmatch::Extractor::compile(taxonomy());
  if (!extractor) {
    state.SkipWithError("rules did not compile");
    return;
  }
  for (auto _ : state) {
    for (const auto& document : corpus()) {
      auto extraction = extractor.value().extract(document);
      benchmark::DoNotOptimize(extraction.ok());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus_bytes()));
}
BENCHMARK(BM_Extract);

}  // namespace

BENCHMARK_MAIN();
