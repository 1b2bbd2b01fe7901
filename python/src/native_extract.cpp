#include "native_extract.hpp"

#include <skillmatch/batch.hpp>
#include <skillmatch/document_json.hpp>
#include <skillmatch/extract_json.hpp>

namespace skillmatch::python {

ExtractedText extract_paths(const Engine& engine, const std::vector<std::string>& paths, unsigned jobs) {
  ExtractedText out;
  const Taxonomy& taxonomy = engine.taxonomy();
  BatchEvents events;
  events.warning = [&](const std::string& warning) { out.warnings.push_back(warning); };
  events.error = [&](const Error& error) { out.errors.push_back(error); };
  extract_batch<std::string>(
      engine, paths, jobs,
      [&](ExtractedDocument&& item, std::string& file, const WaitForTurn&) {
        write_extraction_json(file, item.document, item.extraction, taxonomy);
        file += '\n';
      },
      [&](std::string&& file) { out.ndjson += file; }, events);
  return out;
}

ExtractedText extract_bytes(const Engine& engine, const std::string& name, std::string_view bytes) {
  ExtractedText out;
  auto read = engine.read_bytes(name, bytes);
  if (!read) {
    out.errors.push_back(read.error());
    return out;
  }
  for (const auto& item : read.value().documents) {
    write_extraction_json(out.ndjson, item.document, item.extraction, engine.taxonomy());
    out.ndjson += '\n';
  }
  out.errors = std::move(read.value().errors);
  out.warnings = std::move(read.value().warnings);
  return out;
}

std::string extract_json(const ExtractedText& extracted) {
  // NDJSON's lines, comma-separated: the CLI's report, which holds no newline of its own.
  std::string out(extract_json_opening());
  std::string_view lines = extracted.ndjson;
  for (bool first = true; !lines.empty(); first = false) {
    const std::size_t end = lines.find('\n');
    if (!first) out += ',';
    out.append(lines.substr(0, end));
    lines.remove_prefix(end + 1);
  }
  return out + extract_json_closing(extracted.errors);
}

}  // namespace skillmatch::python
