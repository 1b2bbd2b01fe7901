// Kernels for scoring, on the bundled samples: building a CandidateProfile from an
// extracted resume, analysing a posting, and scoring a profile against a posting and a role.
// The per-item kernels report items/s; BM_ScreenCell is one cell of `screen` (one resume's
// profile against every sample posting), the inner loop of a recruiter's screening run.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <skillmatch/evidence.hpp>
#include <skillmatch/extractor.hpp>
#include <skillmatch/posting_analysis.hpp>
#include <skillmatch/posting_scorer.hpp>
#include <skillmatch/rules_loader.hpp>
#include <skillmatch/scoring.hpp>
#include <skillmatch/sections.hpp>

namespace {

namespace fs = std::filesystem;

const skillmatch::Taxonomy& taxonomy() {
  static const skillmatch::RulesLoad rules = skillmatch::load_rules({fs::path(SKILLMATCH_SOURCE_DIR) / "rules"});
  return rules.taxonomy;
}

const skillmatch::Extractor& extractor() {
  static const skillmatch::Extractor compiled = std::move(skillmatch::Extractor::compile(taxonomy()).value());
  return compiled;
}

constexpr skillmatch::YearMonth kToday{2025, 6};

std::vector<skillmatch::ExtractedDocument> read_folder(const char* folder, skillmatch::DocumentKind kind) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(fs::path(SKILLMATCH_SOURCE_DIR) / folder)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<skillmatch::ExtractedDocument> out;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    skillmatch::ExtractedDocument extracted;
    extracted.document.source = file.string();
    extracted.document.id = file.filename().string();
    extracted.document.kind = kind;
    extracted.document.text = text.str();
    extracted.document.sections = skillmatch::detect_sections(extracted.document.text, taxonomy().sections);
    extracted.extraction = extractor().extract(extracted.document).value();
    out.push_back(std::move(extracted));
  }
  return out;
}

const std::vector<skillmatch::ExtractedDocument>& resumes() {
  static const auto documents = read_folder("samples/resumes", skillmatch::DocumentKind::kResume);
  return documents;
}

const std::vector<skillmatch::ExtractedDocument>& postings() {
  static const auto documents = read_folder("samples/postings", skillmatch::DocumentKind::kPosting);
  return documents;
}

const std::vector<skillmatch::CandidateProfile>& profiles() {
  static const auto built = [] {
    std::vector<skillmatch::CandidateProfile> out;
    for (const auto& resume : resumes()) out.push_back(skillmatch::build_profile({resume}, kToday));
    return out;
  }();
  return built;
}

const std::vector<skillmatch::PostingRequirements>& requirements() {
  static const auto analyzed = [] {
    std::vector<skillmatch::PostingRequirements> out;
    for (const auto& posting : postings()) out.push_back(skillmatch::analyze_posting(posting.document, posting.extraction));
    return out;
  }();
  return analyzed;
}

// Extraction + profile, as `screen` does per resume (sections already detected).
void BM_ExtractAndBuildProfile(benchmark::State& state) {
  std::size_t bytes = 0;
  for (const auto& resume : resumes()) bytes += resume.document.text.size();
  for (auto _ : state) {
    for (const auto& resume : resumes()) {
      skillmatch::ExtractedDocument extracted{resume.document, extractor().extract(resume.document).value()};
      benchmark::DoNotOptimize(skillmatch::build_profile({extracted}, kToday).skills.size());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * resumes().size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_ExtractAndBuildProfile);

// The profile alone, from an extraction already made (the copy of the document is part of
// what build_profile's interface costs a caller that keeps its documents).
void BM_BuildProfile(benchmark::State& state) {
  std::vector<std::vector<skillmatch::ExtractedDocument>> inputs;
  for (const auto& resume : resumes()) inputs.push_back({resume});
  for (auto _ : state) {
    for (const auto& input : inputs) benchmark::DoNotOptimize(skillmatch::build_profile(input, kToday).skills.size());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * inputs.size()));
}
BENCHMARK(BM_BuildProfile);

void BM_AnalyzePosting(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& posting : postings()) {
      benchmark::DoNotOptimize(skillmatch::analyze_posting(posting.document, posting.extraction).skills.size());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * postings().size()));
}
BENCHMARK(BM_AnalyzePosting);

// Every sample resume against every sample posting: items are (resume, posting) pairs.
void BM_ScoreAgainstPosting(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& profile : profiles()) {
      for (const auto& posting : requirements()) {
        benchmark::DoNotOptimize(skillmatch::score_against_posting(profile, posting, taxonomy()).score);
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * profiles().size() * requirements().size()));
}
BENCHMARK(BM_ScoreAgainstPosting);

// What screen and rankings pay per pair: the score without the suggestions.
void BM_ScoreAgainstPostingScoreOnly(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& profile : profiles()) {
      for (const auto& posting : requirements()) {
        benchmark::DoNotOptimize(
            skillmatch::score_against_posting(profile, posting, taxonomy(), skillmatch::Explain::kScoreOnly).score);
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * profiles().size() * requirements().size()));
}
BENCHMARK(BM_ScoreAgainstPostingScoreOnly);

// What screen pays per pair: every sample resume loaded once against every sample posting
// compiled once, each pair scored exactly (no shortlist, so no pair is skipped).
void BM_ScreenCredits(benchmark::State& state) {
  std::vector<const skillmatch::PostingRequirements*> pointers;
  for (const auto& posting : requirements()) pointers.push_back(&posting);
  const skillmatch::CompiledPostings compiled(pointers, taxonomy().skills.size());
  skillmatch::PostingCredits credits(compiled);
  for (auto _ : state) {
    for (const auto& profile : profiles()) {
      credits.load(profile);
      for (std::size_t p = 0; p < compiled.size(); ++p) benchmark::DoNotOptimize(credits.score(p).score);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * profiles().size() * requirements().size()));
}
BENCHMARK(BM_ScreenCredits);

// Every sample resume against every role profile: items are (resume, role) pairs.
void BM_ScoreAgainstRole(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& profile : profiles()) {
      for (const auto& role : taxonomy().roles) {
        benchmark::DoNotOptimize(skillmatch::score_against_role(profile, role, taxonomy()).score);
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * profiles().size() * taxonomy().roles.size()));
}
BENCHMARK(BM_ScoreAgainstRole);

}  // namespace

BENCHMARK_MAIN();
