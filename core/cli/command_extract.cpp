// skillmatch extract: the skills in each document, with evidence for every mention.
#include <algorithm>
#include <iostream>
#include <sstream>
#include <thread>

#include <skillmatch/evidence.hpp>
#include <skillmatch/resume_json.hpp>
#include <skillmatch/text_cut.hpp>

#include <skillmatch/batch.hpp>
#include <skillmatch/csv.hpp>
#include <skillmatch/document_json.hpp>
#include <skillmatch/extract_json.hpp>

#include "cli_common.hpp"
#include "commands.hpp"
#include "engine_loader.hpp"

namespace skillmatch::cli {
namespace {

// One input's documents as the report prints them. Rendering happens on the worker
// threads; the writer only copies bytes out.
struct RenderedFile {
  std::string rendered;
  std::size_t documents = 0;
  // Once this input's turn has come, the rest of its documents are written, not held.
  bool writing = false;
};

class ExtractReport {
 public:
  ExtractReport(std::ostream& out, Format format, const Taxonomy& taxonomy, YearMonth today)
      : out_(out), format_(format), taxonomy_(taxonomy), today_(today), colour_(use_colour(1)) {}

  void begin() {
    if (format_ == Format::kJson) out_ << extract_json_opening();
    if (format_ == Format::kCsv) {
      write_csv_row(out_, {"source", "document", "skill_id", "skill_name", "category", "offset", "length", "line",
                           "column", "section", "negated", "text", "implied_by", "esco", "onet"});
    }
  }

  // Appends one document as this report prints it; thread-safe.
  void render(const ExtractedDocument& item, std::size_t index_in_file, std::string& out) const {
    // JSON of a resume is four to five times its text: one allocation, not a dozen doublings.
    // Only documents under kMaxHeldBytes are rendered ahead, so this stays small.
    out.reserve(out.size() + 6 * item.document.text.size());
    switch (format_) {
      case Format::kJson:
        if (index_in_file > 0) out += ',';
        write_extraction_json(out, item.document, item.extraction, taxonomy_, false, today_);
        break;
      case Format::kNdjson:
        write_extraction_json(out, item.document, item.extraction, taxonomy_, false, today_);
        out += '\n';
        break;
      case Format::kJsonResume:
        write_json_resume(out, item);
        break;
      case Format::kCsv:
      case Format::kTable: {
        std::ostringstream text;
        write_text(text, item);
        out += text.str();
        break;
      }
    }
  }

  // Prints one input's rendered documents, in input order.
  void file(const RenderedFile& file) {
    if (file.documents == 0) return;
    if (format_ == Format::kJson && documents_ > 0) out_ << ',';
    out_ << file.rendered;
    documents_ += file.documents;
  }

  // Prints one document as it is rendered, never holding its whole output: for the input
  // whose turn it is (see WaitForTurn), once what it renders ahead would be too much.
  void write(const ExtractedDocument& item) {
    switch (format_) {
      case Format::kJson:
        if (documents_ > 0) out_ << ',';
        write_extraction_json(out_, item.document, item.extraction, taxonomy_, false, today_);
        break;
      case Format::kNdjson:
        write_extraction_json(out_, item.document, item.extraction, taxonomy_, false, today_);
        out_ << '\n';
        break;
      case Format::kJsonResume: {
        std::string text;
        write_json_resume(text, item);
        out_ << text;
        break;
      }
      case Format::kCsv:
      case Format::kTable:
        write_text(out_, item);
        break;
    }
    ++documents_;
  }

  void error(const Error& error) { errors_.push_back(error); }

  void end() {
    if (format_ == Format::kJson) out_ << extract_json_closing(errors_);
  }

 private:
  // One JSON Resume document per line, for each resume (a posting has none).
  void write_json_resume(std::string& out, const ExtractedDocument& item) const {
    if (item.document.kind == DocumentKind::kPosting) return;
    const ResumeStructure resume = read_resume_structure(item.document, item.extraction, today_);
    out += json_resume_text(resume, item.document, item.extraction, taxonomy_);
    out += '\n';
  }

  void write_text(std::ostream& out, const ExtractedDocument& item) const {
    if (format_ == Format::kCsv) {
      write_csv(out, item);
    } else {
      write_table(out, item);
    }
  }

  void write_csv(std::ostream& out, const ExtractedDocument& item) const {
    for (const auto& hit : item.extraction.skills) {
      const Skill& skill = taxonomy_.skills[hit.skill];
      std::string implied_by;
      for (const auto source : hit.implied_by) implied_by += (implied_by.empty() ? "" : " ") + taxonomy_.skills[source].id;
      if (hit.mentions.empty()) {
        write_csv_row(out, {item.document.source, item.document.id, skill.id, skill.name, skill.category, "", "", "",
                             "", "", "", "", implied_by, skill.esco, skill.onet});
      }
      for (const auto& m : hit.mentions) {
        write_csv_row(out, {item.document.source, item.document.id, skill.id, skill.name, skill.category,
                             std::to_string(m.offset), std::to_string(m.length), std::to_string(m.line),
                             std::to_string(m.column), std::string(m.section_name(item.document)),
                             m.negated ? "true" : "false", std::string(m.text(item.document)), implied_by, skill.esco,
                             skill.onet});
      }
    }
  }

  std::string style(const char* code, const std::string& text) const {
    return colour_ ? std::string("\033[") + code + "m" + text + "\033[0m" : text;
  }

  void write_table(std::ostream& out, const ExtractedDocument& item) const {
    const Document& d = item.document;
    std::size_t implied = 0;
    for (const auto& hit : item.extraction.skills) implied += hit.mentions.empty();
    out << style("1", d.source + (d.id.empty() ? "" : "  [" + d.id + "]")) << "  " << to_string(d.kind) << ", "
         << d.parser << " parser, " << item.extraction.skills.size() - implied << " skills found, " << implied
         << " implied\n";
    if (item.extraction.skills.empty()) {
      out << "  (no skills found)\n\n";
      return;
    }
    out << style("2", "  " + fit_columns("SKILL", 34) + fit_columns("MENTIONS", 10) + fit_columns("FIRST AT", 26) + "CATEGORY") << '\n';
    for (const auto& hit : item.extraction.skills) {
      const Skill& skill = taxonomy_.skills[hit.skill];
      std::string count, first;
      if (hit.mentions.empty()) {
        count = "-";
        first = "implied by ";
        for (std::size_t i = 0; i < hit.implied_by.size(); ++i) {
          first += (i ? ", " : "") + taxonomy_.skills[hit.implied_by[i]].id;
        }
      } else {
        const Mention& m = hit.mentions.front();
        std::size_t negated = 0;
        for (const auto& mention : hit.mentions) negated += mention.negated;
        count = std::to_string(hit.mentions.size()) + (negated ? " (" + std::to_string(negated) + " neg)" : "");
        const std::string_view section = m.section_name(d);
        first = std::to_string(m.line) + ":" + std::to_string(m.column) + (section.empty() ? "" : " " + std::string(section));
      }
      out << "  " << style(hit.mentions.empty() ? "2" : "32", fit_columns(skill.name, 34)) << fit_columns(count, 10)
           << fit_columns(first, 26) << skill.category << '\n';
    }
    out << '\n';
  }

  std::ostream& out_;
  Format format_;
  const Taxonomy& taxonomy_;
  YearMonth today_;
  bool colour_;
  std::size_t documents_ = 0;
  std::vector<Error> errors_;
};

}  // namespace

int run_extract(const Arguments& args) {
  SetupOptions setup;
  ReportOptions printing;
  std::vector<std::string> inputs;
  std::string today_text;
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")("input", po::value(&inputs)->composing(), "files or directories")(
      "today", po::value(&today_text), "what 'Present' means in a resume's profile, YYYY-MM (default: this month)");
  add_report_options(options, printing, "table | json | ndjson | csv | jsonresume (one JSON Resume per line)");
  add_reading_options(options, setup);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map values;
  if (!parse_command_line(args, options, positional,
                          "Usage: skillmatch extract [options] FILE|DIR...\n"
                          "Finds every skill mention with its byte offset, line, column and section.",
                          values)) {
    return kSuccess;
  }
  const Format format = parse_format(printing.format,
                                     {Format::kTable, Format::kJson, Format::kNdjson, Format::kCsv, Format::kJsonResume});
  const YearMonth today = parse_today(today_text);
  if (inputs.empty()) throw UsageError("no input files");
  check_standard_input_once({&inputs});

  const auto engine = load_engine(engine_options(setup));
  if (!engine) return kUsageError;
  Output output(printing.output);
  ExtractReport report(output.stream(), format, engine->taxonomy(), today);
  report.begin();
  BatchProgress progress("files");
  const std::size_t failed = extract_batch<RenderedFile>(
      *engine, inputs, printing.jobs,
      [&](ExtractedDocument&& item, RenderedFile& file, const WaitForTurn& wait_for_turn) {
        // A document's output is four to five times its text.
        if (!file.writing && file.rendered.size() + 4 * item.document.text.size() > kMaxHeldBytes) {
          wait_for_turn();
          report.file(file);
          file = RenderedFile{{}, 0, true};
        }
        if (file.writing) {
          report.write(item);
        } else {
          report.render(item, file.documents++, file.rendered);
        }
      },
      [&](RenderedFile&& file) { report.file(file); },
      printed_events(progress, [&](const Error& error) { report.error(error); }));
  report.end();
  if (!output.commit()) return kSomeInputsFailed;
  return failed == 0 ? kSuccess : kSomeInputsFailed;
}

}  // namespace skillmatch::cli
