// A folder of its own for one test, removed when the test ends. ctest runs each test in a
// process of its own, side by side, and other checkouts' tests share /tmp: a fixed folder
// name lets one test remove or overwrite what another is reading.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace skillmatch::testing {

struct ScratchDir {
  std::filesystem::path path;
  explicit ScratchDir(const std::string& prefix) {
    std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp " + pattern);
    path = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
};

// This test process's own folder under /tmp, made on first use and removed at exit: the
// place for files a test names itself ("rules-" + its name), which two checkouts testing at
// once would otherwise share.
inline const std::filesystem::path& test_tmp() {
  static const ScratchDir folder("skillmatch-test");
  return folder.path;
}

}  // namespace skillmatch::testing
