// skillmatch text: the normalized text of each document, the one every offset refers to.
#include <iostream>
#include <thread>

#include <skillmatch/batch.hpp>
#include <skillmatch/document_json.hpp>
#include <skillmatch/extract_json.hpp>

#include "cli_common.hpp"
#include "commands.hpp"
#include "engine_loader.hpp"

namespace skillmatch::cli {
namespace {

// One document's text as `format` prints it; `printed` counts the documents so far.
void print_document(std::ostream& out, Format format, const Document& document, bool with_header,
                    std::size_t& printed) {
  if (format == Format::kTable) {
    if (with_header) out << "==> " << document.source << " [" << document.id << "] <==\n";
    out << document.text;
    if (with_header) out << (document.text.empty() || document.text.back() == '\n' ? "\n" : "\n\n");
    return;
  }
  if (format == Format::kJson && printed++ > 0) out << ',';
  write_document_text_json(out, document);
  if (format == Format::kNdjson) out << '\n';
}

}  // namespace

int run_text(const Arguments& args) {
  SetupOptions setup;
  ReportOptions printing;
  std::vector<std::string> inputs;
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")(
      "input", po::value(&inputs)->composing(), "files or directories");
  add_report_options(options, printing, "table (the text itself) | json | ndjson");
  add_reading_options(options, setup);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map values;
  if (!parse_command_line(args, options, positional,
                          "Usage: skillmatch text [options] FILE|DIR...\n"
                          "Prints each document's text exactly as extract's offsets see it (UTF-8, LF).",
                          values)) {
    return kSuccess;
  }
  const Format format = parse_format(printing.format, {Format::kTable, Format::kJson, Format::kNdjson});
  if (inputs.empty()) throw UsageError("no input files");
  check_standard_input_once({&inputs});
  EngineOptions reader = engine_options(setup);
  reader.compile_extractor = false;  // text prints documents and never extracts them
  const auto engine = load_engine(reader);
  if (!engine) return kUsageError;

  Output output(printing.output);
  std::ostream& out = output.stream();
  std::vector<Error> errors;
  std::size_t documents = 0;
  const bool headers = inputs.size() > 1;
  if (format == Format::kJson) out << extract_json_opening();
  const auto print = [&](const std::vector<Document>& file) {
    for (const auto& document : file) print_document(out, format, document, headers || file.size() > 1, documents);
  };
  BatchProgress progress("files");
  const std::size_t failed = run_batch<std::vector<Document>>(
      inputs, batch_reader(*engine), printing.jobs,
      [&](ReadInput&& read, const WaitForTurn& wait_for_turn) {
        std::size_t bytes = 0;
        for (const auto& document : read.documents) bytes += document.text.size();
        if (bytes <= kMaxHeldBytes) return std::move(read.documents);
        // A big input is printed as soon as it is its turn instead of waiting in the window.
        wait_for_turn();
        print(read.documents);
        return std::vector<Document>();
      },
      print, printed_events(progress, [&](const Error& error) { errors.push_back(error); }));
  if (format == Format::kJson) out << extract_json_closing(errors);
  if (!output.commit()) return kSomeInputsFailed;
  return failed == 0 ? kSuccess : kSomeInputsFailed;
}

}  // namespace skillmatch::cli
