// Sentence sets kept as `expect<TAB>skill_id<TAB>sentence` lines (tests/data/*.tsv and
// tests/data/*/*.tsv); blank lines and lines starting with # are comments.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace skillmatch::testing {

struct CaseLine {
  std::size_t number;  // 1-based line in the file
  std::string expect;
  std::string skill;
  std::string sentence;
};

// The case lines of `path`; none when it cannot be read.
inline std::vector<CaseLine> read_case_file(const std::string& path) {
  std::ifstream in(path);
  std::vector<CaseLine> lines;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    CaseLine parsed{number, {}, {}, {}};
    std::getline(fields, parsed.expect, '\t');
    std::getline(fields, parsed.skill, '\t');
    std::getline(fields, parsed.sentence);
    lines.push_back(std::move(parsed));
  }
  return lines;
}

}  // namespace skillmatch::testing
