// The rules loader on arbitrary bytes written as one rules file of a temporary rules
// folder. The first byte picks which file: a skills file, a role, sections.json,
// extraction.json or a shared role group file. Every problem must come back as a
// reported problem, never a crash.
#include <array>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include <skillmatch/rules_loader.hpp>

#include "fuzz_support.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path& rules_folder() {
  static const fs::path folder = [] {
    const fs::path path = fs::temp_directory_path() / ("skillmatch-fuzz-rules-" + std::to_string(::getpid()));
    fs::create_directories(path / "skills");
    fs::create_directories(path / "roles" / "shared");
    std::atexit([] { std::error_code ignored; fs::remove_all(rules_folder(), ignored); });
    return path;
  }();
  return folder;
}

constexpr std::array<const char*, 5> kFiles = {"skills/x.json", "roles/x.json", "sections.json", "extraction.json",
                                               "roles/shared/x.json"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const fs::path& folder = rules_folder();
  for (const char* file : kFiles) fs::remove(folder / file);
  const fs::path target = folder / kFiles[data[0] % kFiles.size()];
  {
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data) + 1, static_cast<std::streamsize>(size - 1));
  }
  const skillmatch::RulesLoad load = skillmatch::load_rules({folder});
  for (const auto& problem : load.problems) {
    if (problem.message.empty()) skillmatch::fuzz::invariant_broken("rules problem without a message");
  }
  return 0;
}
