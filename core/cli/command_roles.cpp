// skillmatch roles [show ID]: the role profiles and their requirement groups.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_common.hpp"
#include "commands.hpp"
#include <skillmatch/document_json.hpp>

namespace skillmatch::cli {

int run_roles(const Arguments& args) {
  SetupOptions setup;
  std::string format_name = "table", action, id;
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")("format,f", po::value(&format_name)->default_value("table"),
                                                     "table | json")(
      "action", po::value(&action), "show")("id", po::value(&id), "role id");
  add_rules_options(options, setup);
  po::positional_options_description positional;
  positional.add("action", 1).add("id", 1);
  po::variables_map values;
  if (!parse_command_line(args, options, positional, "Usage: skillmatch roles [show ID] [options]", values)) {
    return kSuccess;
  }
  const Format format = parse_format(format_name, {Format::kTable, Format::kJson});
  if (!action.empty() && (action != "show" || id.empty())) throw UsageError("expected 'roles' or 'roles show ID'");
  const auto rules = load_rules_or_report(setup);
  if (!rules) return kUsageError;
  const Taxonomy& taxonomy = rules->taxonomy;

  if (action == "show") {
    const Role& role = find_role(taxonomy, id);
    if (format == Format::kJson) {
      std::cout << json_text(role_json(role, true), 2) << '\n';
      return kSuccess;
    }
    std::cout << role.name << " (" << role.id << ")\n" << role.summary << "\nAlso called: ";
    for (std::size_t i = 0; i < role.aliases.size(); ++i) std::cout << (i ? ", " : "") << role.aliases[i];
    std::cout << "\nFrom: " << (role.source.empty() ? "(not given)" : role.source) << "\n\n";
    for (const auto& group : role.groups) {
      std::cout << "  [" << (group.level == RequirementLevel::kRequired ? "required" : "preferred") << ", "
                << (group.mode == GroupMode::kAllOf ? "all of" : "any " + std::to_string(group.min) + " of")
                << ", weight " << group.weight << "] " << group.name
                << (group.shared_from.empty() ? "" : " (shared: " + group.shared_from + ")") << "\n    ";
      for (std::size_t i = 0; i < group.skills.size(); ++i) {
        const auto skill = taxonomy.skill_index(group.skills[i]);
        std::cout << (i ? ", " : "") << (skill ? taxonomy.skills[*skill].name : group.skills[i]);
      }
      std::cout << '\n';
    }
    return kSuccess;
  }
  if (format == Format::kJson) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& role : taxonomy.roles) list.push_back(role_json(role, false));
    std::cout << json_text(list, 2) << '\n';
  } else {
    for (const auto& role : taxonomy.roles) std::cout << role.id << "  " << role.name << "  — " << role.summary << '\n';
  }
  return kSuccess;
}

}  // namespace skillmatch::cli
