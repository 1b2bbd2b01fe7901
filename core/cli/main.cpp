// skillmatch: finds the skills in resumes and job postings, and matches them.
#include <cstring>
#include <iostream>

#include "cli_common.hpp"
#include "commands.hpp"

namespace {

using skillmatch::cli::Arguments;

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const Arguments&);
};

constexpr Command kCommands[] = {
    {"extract", "find the skills in resumes and postings, with evidence", skillmatch::cli::run_extract},
    {"match", "score a resume against a role, every role, or postings", skillmatch::cli::run_match},
    {"screen", "rank many resumes against postings: a shortlist per posting", skillmatch::cli::run_screen},
    {"audit", "a cohort against target roles: scores, gaps, what to teach", skillmatch::cli::run_audit},
    {"text", "print the normalized text that offsets refer to", skillmatch::cli::run_text},
    {"skills", "list the skills of the taxonomy", skillmatch::cli::run_skills},
    {"roles", "list the role profiles, or show one", skillmatch::cli::run_roles},
    {"rules", "check a rules folder", skillmatch::cli::run_rules},
    {"plugins", "list the parser plugins found, and any that were refused", skillmatch::cli::run_plugins},
    {"serve", "a local HTTP API and web page for matching", skillmatch::cli::run_serve},
};

void print_usage(std::ostream& out) {
  out << "Usage: skillmatch <command> [options] [inputs...]\n\n"
         "Finds skills in resumes and job postings, offline, with evidence for each.\n\nCommands:\n";
  for (const auto& command : kCommands) {
    out << "  " << command.name << std::string(10 - std::strlen(command.name), ' ') << command.summary << '\n';
  }
  out << "\nRun 'skillmatch <command> --help' for a command's options.\n"
         "Exit status: 0 success, 1 some inputs failed, 2 usage error.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  // Diagnostics never go through std::cerr from worker threads (diagnostics.hpp), and
  // nothing written to std::cerr may flush std::cout behind the emitting thread's back.
  std::cerr.tie(nullptr);
  if (argc < 2) {
    print_usage(std::cerr);
    return skillmatch::cli::kUsageError;
  }
  const std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_usage(std::cout);
    return skillmatch::cli::kSuccess;
  }
  if (name == "--version" || name == "-V") {
    std::cout << "skillmatch " << SKILLMATCH_VERSION << '\n';
    return skillmatch::cli::kSuccess;
  }
  for (const auto& command : kCommands) {
    if (name != command.name) continue;
    try {
      return command.run(Arguments(argv + 2, argv + argc));
    } catch (const skillmatch::cli::UsageError& e) {
      std::cerr << "skillmatch " << name << ": " << e.what() << "\nTry 'skillmatch " << name << " --help'.\n";
      return skillmatch::cli::kUsageError;
    }
  }
  std::cerr << "skillmatch: unknown command '" << name << "'\nTry 'skillmatch --help'.\n";
  return skillmatch::cli::kUsageError;
}
