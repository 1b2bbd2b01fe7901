// skillmatch skills: the taxonomy, as a table or as JSON.
#include <iostream>

#include "cli_common.hpp"
#include "commands.hpp"
#include <skillmatch/csv.hpp>
#include <skillmatch/document_json.hpp>

namespace skillmatch::cli {

int run_skills(const Arguments& args) {
  SetupOptions setup;
  std::string format_name = "table", category;
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")("format,f", po::value(&format_name)->default_value("table"),
                                                     "table | json | csv")(
      "category", po::value(&category), "only skills whose category starts with TEXT");
  add_rules_options(options, setup);
  po::variables_map values;
  if (!parse_command_line(args, options, {}, "Usage: skillmatch skills [options]", values)) return kSuccess;
  const Format format = parse_format(format_name, {Format::kTable, Format::kJson, Format::kCsv});
  const auto rules = load_rules_or_report(setup);
  if (!rules) return kUsageError;

  nlohmann::json list = nlohmann::json::array();
  if (format == Format::kCsv) write_csv_row(std::cout, {"id", "name", "category", "kind", "aliases", "esco", "onet"});
  for (const auto& skill : rules->taxonomy.skills) {
    if (!category.empty() && skill.category.rfind(category, 0) != 0) continue;
    std::string aliases;
    for (const auto& alias : skill.aliases) aliases += (aliases.empty() ? "" : " | ") + alias.text;
    if (format == Format::kJson) list.push_back(skill_json(skill));
    if (format == Format::kCsv) write_csv_row(std::cout, {skill.id, skill.name, skill.category, skill.kind, aliases, skill.esco, skill.onet});
    if (format == Format::kTable) std::cout << skill.id << "  " << skill.name << "  [" << skill.category << "]  " << aliases << '\n';
  }
  if (format == Format::kJson) std::cout << json_text(list, 2) << '\n';
  return kSuccess;
}

}  // namespace skillmatch::cli
