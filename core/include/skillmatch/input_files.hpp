// Turns the paths a user gives into the list of files to read, walking directories.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <skillmatch/result.hpp>

namespace skillmatch {

struct InputList {
  // In the order given; a directory's files sorted. Strings, not std::filesystem::path,
  // which keeps a parsed copy of every component: six times the memory for 100k resumes.
  std::vector<std::string> files;
  std::vector<Error> errors;                 // paths that do not exist or cannot be listed
  std::size_t skipped = 0;                   // files in walked directories with no known extension
};

// Files as given are kept as they are (the reader reports what is wrong with them).
// Directories are walked recursively, hidden entries skipped, each directory visited
// once (symlink loops end), and only files whose extension is in `known_extensions`
// (lowercase, with the dot) are kept.
InputList collect_inputs(const std::vector<std::string>& paths, const std::set<std::string>& known_extensions);

}  // namespace skillmatch
