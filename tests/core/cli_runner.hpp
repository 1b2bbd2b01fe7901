// Runs the built skillmatch command and captures its exit code, stdout and stderr.
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#include "scratch_dir.hpp"

namespace skillmatch::testing {

namespace fs = std::filesystem;

struct CommandRun {
  int exit_code;
  std::string out;
  std::string err;
};

inline std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

inline const fs::path kScratch = skillmatch::testing::test_tmp() / "skillmatch-cli";

// Runs the CLI with `args`; `shell_suffix` is appended to the command line as it is
// (a redirection such as "< file").
inline CommandRun run(const std::vector<std::string>& args, const std::string& shell_suffix = "") {
  fs::create_directories(kScratch);
  const fs::path err_file = kScratch / ("stderr-" + std::to_string(::getpid()));
  std::string command = quote(SKILLMATCH_CLI);
  for (const auto& a : args) command += " " + quote(a);
  command += " 2>" + quote(err_file.string()) + " " + shell_suffix;
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string out;
  std::array<char, 65536> buffer{};
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) out.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  std::stringstream err;
  err << std::ifstream(err_file).rdbuf();
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, err.str()};
}

// Runs with the fixture taxonomy, so results do not move when rules/ is tuned.
inline CommandRun run_fixture(std::vector<std::string> args) {
  args.insert(args.begin() + 1, {"--no-default-rules", "--rules", std::string(SKILLMATCH_SOURCE_DIR) + "/tests/data/fixture_rules"});
  return run(args);
}

inline fs::path write_file(const std::string& name, const std::string& content) {
  fs::create_directories(kScratch);
  std::ofstream(kScratch / name, std::ios::binary) << content;
  return kScratch / name;
}

// Runs the CLI with `input` on its standard input.
inline CommandRun run_with_input(const std::vector<std::string>& args, const std::string& input) {
  const fs::path file = write_file("stdin-" + std::to_string(::getpid()), input);
  return run(args, "< " + quote(file.string()));
}


}  // namespace skillmatch::testing
