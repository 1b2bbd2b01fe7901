// The floor for extraction, as a whole run: loads rules/, builds one RE2::Set of every
// literal alias (case-insensitive, exactly as BM_BareAliasSetScan in extraction_kernels.cpp),
// then reads every file under the given paths once (sorted walk, whole file) and asks
// the Set which aliases occur. No locating, no sections, no output per document.
//
//   skillmatch_bare_scan RULES_DIR PATH...
//
// Prints one JSON line to stdout: files, bytes, aliases, set_matches (the sum of the
// Set's hits, so nothing is optimised away), compile_ms, scan_s (read + Match),
// scan_cpu_s (its CPU time), match_s (Match only) and MB/s for each.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <ctime>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include <skillmatch/rules_loader.hpp>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// CPU time of this process: on a shared machine, wall time also counts other people's work.
double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

bool read_file(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  in.seekg(0, std::ios::beg);
  out.resize(static_cast<std::size_t>(size));
  return static_cast<bool>(in.read(out.data(), size));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: skillmatch_bare_scan RULES_DIR PATH...\n";
    return 2;
  }
  const auto start = Clock::now();
  const skillmatch::RulesLoad rules = skillmatch::load_rules({fs::path(argv[1])});
  if (!rules.ok()) {
    for (const auto& problem : rules.problems) std::cerr << problem.to_string() << '\n';
    return 1;
  }
  RE2::Options options;
  options.set_max_mem(512ll << 20);
  options.set_case_sensitive(false);
  RE2::Set set(options, RE2::UNANCHORED);
  std::size_t aliases = 0;
  for (const auto& skill : rules.taxonomy.skills) {
    for (const auto& alias : skill.aliases) {
      if (alias.is_pattern) continue;
      if (set.Add(RE2::QuoteMeta(alias.text), nullptr) >= 0) ++aliases;
    }
  }
  if (!set.Compile()) {
    std::cerr << "RE2::Set did not compile\n";
    return 1;
  }
  const double compile_ms = seconds_since(start) * 1e3;

  std::vector<fs::path> files;
  for (int i = 2; i < argc; ++i) {
    const fs::path root(argv[i]);
    if (fs::is_directory(root)) {
      for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
    } else {
      files.push_back(root);
    }
  }
  std::sort(files.begin(), files.end());

  const auto scan_start = Clock::now();
  const double scan_cpu_start = cpu_seconds();
  std::size_t bytes = 0, matched = 0, failed = 0;
  double match_s = 0;
  std::string text;
  std::vector<int> hits;
  for (const auto& file : files) {
    if (!read_file(file, text)) {
      ++failed;
      continue;
    }
    bytes += text.size();
    hits.clear();
    const auto match_start = Clock::now();
    set.Match(text, &hits);
    match_s += seconds_since(match_start);
    matched += hits.size();
  }
  const double scan_s = seconds_since(scan_start);
  const double scan_cpu_s = cpu_seconds() - scan_cpu_start;
  std::printf(
      "{\"files\":%zu,\"failed\":%zu,\"bytes\":%zu,\"aliases\":%zu,\"set_matches\":%zu,\"compile_ms\":%.1f,"
      "\"scan_s\":%.4f,\"scan_cpu_s\":%.4f,\"match_s\":%.4f,\"scan_mb_s\":%.1f,\"scan_mb_per_cpu_s\":%.1f,"
      "\"match_mb_s\":%.1f}\n",
      files.size(), failed, bytes, aliases, matched, compile_ms, scan_s, scan_cpu_s, match_s, bytes / 1e6 / scan_s,
      bytes / 1e6 / scan_cpu_s, bytes / 1e6 / match_s);
  return failed == 0 ? 0 : 1;
}
