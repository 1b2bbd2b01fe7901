// skillmatch text: the normalized text of each document, the one every offset refers to.
#include <iostream>
#include <thread>

#include "batch.hpp"
#include "cli_common.hpp"
#include "commands.hpp"
#include "document_json.hpp"

namespace skillmatch::cli {

int run_text(const Arguments& args) {
  SetupOptions setup;
  std::string format_name = "table", output_path;
  std::vector<std::string> inputs;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")(
      "format,f", po::value(&format_name)->default_value("table"), "table (the text itself) | json | ndjson")(
      "output,o", po::value(&output_path), "write to FILE (whole or not at all) instead of stdout")(
      "jobs,j", po::value(&jobs)->default_value(jobs), "threads to use")(
      "input", po::value(&inputs)->composing(), "files or directories");
  add_plugin_options(options, setup);
  add_rules_options(options, setup);
  add_limit_options(options, setup);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map values;
  if (!parse_command_line(args, options, positional,
                          "Usage: skillmatch text [options] FILE|DIR...\n"
                          "Prints each document's text exactly as extract's offsets see it (UTF-8, LF).",
                          values)) {
    return kSuccess;
  }
  const Format format = parse_format(format_name, {Format::kTable, Format::kJson, Format::kNdjson});
  if (inputs.empty()) throw UsageError("no input files");
  const auto rules = load_rules_or_report(setup);
  if (!rules) return kUsageError;
  const PluginHost host = load_plugins(setup);

  Output output(output_path);
  std::ostream& out = output.stream();
  nlohmann::json errors = nlohmann::json::array();
  std::size_t documents = 0;
  const bool headers = inputs.size() > 1;
  if (format == Format::kJson) out << "{\"documents\":[";
  const std::size_t failed = run_batch<std::vector<Document>>(
      inputs, host, setup, rules->taxonomy.sections, jobs, [](ReadInput&& read) { return std::move(read.documents); },
      [&](std::vector<Document>&& file) {
        for (const auto& document : file) {
          if (format == Format::kTable) {
            if (headers || file.size() > 1) out << "==> " << document.source << " [" << document.id << "] <==\n";
            out << document.text;
            if (headers || file.size() > 1) out << (document.text.empty() || document.text.back() == '\n' ? "\n" : "\n\n");
            continue;
          }
          nlohmann::json item = document_json(document);
          item["text"] = document.text;
          if (format == Format::kJson) out << (documents++ ? "," : "") << item.dump();
          if (format == Format::kNdjson) out << item.dump() << '\n';
        }
      },
      [&](const Error& error) { errors.push_back(error_json(error)); });
  if (format == Format::kJson) out << "],\"errors\":" << errors.dump() << "}\n";
  if (!output.commit()) return kSomeInputsFailed;
  return failed == 0 ? kSuccess : kSomeInputsFailed;
}

}  // namespace skillmatch::cli
