// skillmatch rules check DIR: validates a rules folder and reports every problem.
#include <iostream>

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
                          "aliases that cannot match and RE2 errors, each with file and line.",
                          values)) {
    return kSuccess;
  }
  if (action != "check") throw UsageError("expected 'check'");
  setup.rules_dirs = folders;
  setup.no_default_rules = !values.count("with-defaults");
  if (folders.empty() && setup.no_default_rules) setup.no_default_rules = false;  // check the built-in rules
  const RulesLoad rules = load_rules(rules_search_path(setup));
  std::vector<Error> problems = rules.problems;
  if (problems.empty()) {
    // Compiling proves every alias and context rule is accepted by RE2.
    auto extractor = Extractor::compile(rules.taxonomy);
    if (!extractor) {
      problems.push_back(extractor.error());
    } else {
      for (auto& problem : extractor.value().check_context_rules()) problems.push_back(std::move(problem));
    }
  }
  for (const auto& problem : problems) std::cout << problem.to_string() << '\n';
  std::cerr << "skillmatch: " << rules.taxonomy.skills.size() << " skills, " << rules.taxonomy.roles.size()
            << " roles, " << problems.size() << " problems\n";
  return problems.empty() ? kSuccess : kSomeInputsFailed;
}

}  // namespace skillmatch::cli
