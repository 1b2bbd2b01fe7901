// Kernels: compiling the rules, the bare RE2::Set scan of all aliases (the baseline the
// issue names), and full extraction, on the bundled sample resumes and postings and, when
// SKILLMATCH_BENCH_TEXT_DIR names a folder, on its files too.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
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

// Every file of `folders` (sorted), each as a Document with sections, as the CLI would hand them over.
std::vector<skillmatch::Document> read_corpus(const std::vector<fs::path>& folders) {
  std::vector<skillmatch::Document> out;
  for (const auto& folder : folders) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder)) files.push_back(entry.path());
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
}

// The bundled sample resumes and postings: small, and denser in skills than most resumes.
const std::vector<skillmatch::Document>& samples() {
  static const std::vector<skillmatch::Document> documents =
      read_corpus({fs::path(SKILLMATCH_SOURCE_DIR) / "samples/resumes", fs::path(SKILLMATCH_SOURCE_DIR) / "samples/postings"});
  return documents;
}

std::size_t bytes_of(const std::vector<skillmatch::Document>& corpus) {
  std::size_t bytes = 0;
  for (const auto& document : corpus) bytes += document.text.size();
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
void bare_alias_set_scan(benchmark::State& state, const std::vector<skillmatch::Document>& corpus) {
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
    for (const auto& document : corpus) {
      matches.clear();
      benchmark::DoNotOptimize(set.Match(document.text, &matches));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(corpus)));
}

void extract(benchmark::State& state, const std::vector<skillmatch::Document>& corpus) {
  auto extractor = skillmatch::Extractor::compile(taxonomy());
  if (!extractor) {
    state.SkipWithError("rules did not compile");
    return;
  }
  for (auto _ : state) {
    for (const auto& document : corpus) {
      auto extraction = extractor.value().extract(document);
      benchmark::DoNotOptimize(extraction.ok());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(corpus)));
}

void BM_BareAliasSetScan(benchmark::State& state) { bare_alias_set_scan(state, samples()); }
BENCHMARK(BM_BareAliasSetScan);
void BM_Extract(benchmark::State& state) { extract(state, samples()); }
BENCHMARK(BM_Extract);

}  // namespace

// With SKILLMATCH_BENCH_TEXT_DIR set (bench/write_real_resumes.py writes 310 real resumes),
// the extraction kernels also run on that folder: "/real_resumes".
int main(int argc, char** argv) {
  static std::vector<skillmatch::Document> real_resumes;
  if (const char* folder = std::getenv("SKILLMATCH_BENCH_TEXT_DIR")) {
    real_resumes = read_corpus({fs::path(folder)});
    benchmark::RegisterBenchmark("BM_BareAliasSetScan/real_resumes",
                                 [](benchmark::State& state) { bare_alias_set_scan(state, real_resumes); });
    benchmark::RegisterBenchmark("BM_Extract/real_resumes", [](benchmark::State& state) { extract(state, real_resumes); });
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
