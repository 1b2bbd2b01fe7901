// skillmatch rules check DIR: validates a rules folder and reports every problem.
#include <iostream>
#include <set>

#include <skillmatch/rules_lint.hpp>

#include "cli_common.hpp"
#include "commands.hpp"

namespace skillmatch::cli {

int run_rules(const Arguments& args) {
  SetupOptions setup;
  std::string action;
  std::vector<std::string> folders;
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")("action", po::value(&action), "check")(
      "folder", po::value(&folders)->composing(), "rules folders")(
      "with-defaults", "check the folders as overlays on the built-in rules");
  po::positional_options_description positional;
  positional.add("action", 1).add("folder", -1);
  po::variables_map values;
  if (!parse_command_line(args, options, positional,
                          "Usage: skillmatch rules check [--with-defaults] DIR...\n"
                          "Reports duplicate ids, aliases claimed twice, unknown ids, implies cycles,\n"
                          "aliases that cannot match, RE2 errors, forbid patterns that match inside\n"
                          "words and seed terms (coverage.tsv) no skill covers, each with file and line.",
                          values)) {
    return kSuccess;
  }
  if (action != "check") throw UsageError("expected 'check'");
  setup.rules_dirs = folders;
  setup.no_default_rules = !values.count("with-defaults");
  if (folders.empty() && setup.no_default_rules) setup.no_default_rules = false;  // check the built-in rules
  const auto search_path = rules_search_path(setup);
  const RulesLoad rules = load_rules(search_path);
  std::vector<RulesSources> sources;
  for (const auto& folder : search_path) sources.push_back(read_rules_sources(folder));
  std::vector<Error> problems = rules.problems;
  for (auto& problem : lint_taxonomy(rules.taxonomy, sources)) problems.push_back(std::move(problem));
  if (problems.empty()) {
    // Compiling proves every alias and context rule is accepted by RE2 (each list as one
    // regex, within its memory budget); extracting each seed term proves it is covered.
    auto extractor = Extractor::compile(rules.taxonomy);
    if (!extractor) {
      problems.insert(problems.end(), extractor.errors().begin(), extractor.errors().end());
    } else {
      for (const auto& folder : sources) {
        for (auto& problem : lint_coverage(extractor.value(), folder)) problems.push_back(std::move(problem));
      }
    }
  }
  // The loader and the lint check some things alike: each problem is printed once.
  std::set<std::string> printed;
  std::size_t count = 0;
  for (const auto& problem : problems) {
    const std::string line = problem.to_string();
    if (!printed.insert(line).second) continue;
    std::cout << line << '\n';
    ++count;
  }
  std::cerr << "skillmatch: " << rules.taxonomy.skills.size() << " skills, " << rules.taxonomy.roles.size()
            << " roles, " << count << " problems\n";
  return count == 0 ? kSuccess : kSomeInputsFailed;
}

}  // namespace skillmatch::cli
