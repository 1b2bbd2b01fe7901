// Every command that prints many documents, run through a pipe over a batch that raises
// warnings on worker threads (mixed encodings), many times: each output must parse whole
// and equal the one-thread output byte for byte. A warning written on a worker once
// flushed std::cout while the emitting thread was writing it, and corrupted the JSON.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_runner.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using namespace skillmatch::testing;

// SKILLMATCH_PIPE_RUNS lowers it where each run is slow (the ThreadSanitizer build in CI).
int runs() {
  const char* set = std::getenv("SKILLMATCH_PIPE_RUNS");
  return set != nullptr && std::atoi(set) > 0 ? std::atoi(set) : 12;
}

// The bundled sample resume the batches below are made of.
std::string sample_resume() {
  std::stringstream text;
  text << std::ifstream(fs::path(SKILLMATCH_SOURCE_DIR) / "samples/resumes/ml-engineer-priya.txt").rdbuf();
  return text.str();
}

// Twelve resumes in four encodings: UTF-8, UTF-8 with a BOM, UTF-16LE, Windows-1252 (the
// last two are decoded, and the Windows-1252 ones warn).
fs::path mixed_encoding_batch() {
  const fs::path folder = kScratch / "mixed-encodings";
  fs::create_directories(folder);
  const std::string sample = sample_resume();
  for (int i = 0; i < 12; ++i) {
    const std::string text = "Candidate " + std::to_string(i) + "\n" + sample;
    std::string bytes;
    switch (i % 4) {
      case 0: bytes = text + "Caf\xC3\xA9 r\xC3\xA9sum\xC3\xA9\n"; break;
      case 1: bytes = "\xEF\xBB\xBF" + text + "Caf\xC3\xA9\n"; break;
      case 2:
        bytes = "\xFF\xFE";
        for (const unsigned char c : text + "plain\n") {
          if (c >= 0x80) continue;  // ASCII only: each byte is one UTF-16 unit
          bytes += static_cast<char>(c);
          bytes += '\0';
        }
        break;
      default: bytes = text + "Caf\xE9 r\xE9sum\xE9 \x96 na\xEFve\n"; break;
    }
    std::ofstream(folder / ("r" + std::to_string(100 + i) + ".txt"), std::ios::binary) << bytes;
  }
  return folder;
}

// Splits one CSV text into rows of fields (RFC 4180 quoting); false when a quote never closes.
bool parse_csv(const std::string& text, std::vector<std::vector<std::string>>& rows) {
  rows.assign(1, {std::string()});
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n') {
      rows.push_back({std::string()});
    } else if (c != '\r') {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back().front().empty()) rows.pop_back();
  return !quoted;
}

// Empty when `out` parses whole as `format`; else what is wrong.
std::string parse_problem(const std::string& format, const std::string& out) {
  if (format == "json") return json::accept(out) ? "" : "not one JSON document";
  if (format == "ndjson") {
    std::istringstream lines(out);
    std::size_t count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
      if (!json::accept(line)) return "line " + std::to_string(count + 1) + " is not JSON";
    }
    return count > 0 ? "" : "no lines";
  }
  std::vector<std::vector<std::string>> rows;
  if (!parse_csv(out, rows) || rows.size() < 2) return "not CSV with rows";
  for (const auto& row : rows) {
    if (row.size() != rows.front().size()) return "a row with " + std::to_string(row.size()) + " fields";
  }
  return "";
}

struct Case {
  std::vector<std::string> args;  // the command and its options, before the inputs
  std::string format;
};

// How gtest prints a case in test names and messages.
void PrintTo(const Case& c, std::ostream* out) { *out << c.args.front() << " --format " << c.format; }

// A test name for a case: its command and format, e.g. screen_csv.
std::string case_name(const ::testing::TestParamInfo<Case>& info) {
  return info.param.args.front() + "_" + info.param.format;
}

// Runs `c` over `batch` with one thread, then `repeats` times with two, and checks that every
// output parses whole and equals the first byte for byte. Returns the one-thread run.
CommandRun expect_same_bytes_on_two_threads(const Case& c, const fs::path& batch, int repeats) {
  std::vector<std::string> one_thread = c.args;
  one_thread.insert(one_thread.end(), {"--jobs", "1", batch.string()});
  const CommandRun reference = run(one_thread);
  EXPECT_EQ(reference.exit_code, 0) << c.args[0] << ": " << reference.err;
  EXPECT_EQ(parse_problem(c.format, reference.out), "") << c.args[0] << " " << c.format;
  std::vector<std::string> two_threads = c.args;
  two_threads.insert(two_threads.end(), {"--jobs", "2", batch.string()});
  for (int i = 0; i < repeats && !::testing::Test::HasFailure(); ++i) {
    const CommandRun piped = run(two_threads);
    EXPECT_EQ(piped.exit_code, 0) << c.args[0] << ": " << piped.err;
    EXPECT_EQ(parse_problem(c.format, piped.out), "") << c.args[0] << " " << c.format << ", run " << i;
    EXPECT_EQ(piped.out, reference.out) << c.args[0] << " " << c.format << ", run " << i;
  }
  return reference;
}

// One test per command and format, so that each stays well inside CTest's time limit under
// the sanitizers (all nine in one test once took 102 s of its 120 under ASan, and timed out
// on a busy machine).
class PipedCommand : public ::testing::TestWithParam<Case> {};

std::vector<Case> cases() {
  const std::string postings = std::string(SKILLMATCH_SOURCE_DIR) + "/samples/postings";
  return {{{"extract", "--format", "json"}, "json"},
          {{"extract", "--format", "ndjson"}, "ndjson"},
          {{"extract", "--format", "csv"}, "csv"},
          {{"text", "--format", "json"}, "json"},
          {{"text", "--format", "ndjson"}, "ndjson"},
          {{"screen", "--today", "2026-11", "--posting", postings, "--format", "json"}, "json"},
          {{"screen", "--today", "2026-11", "--posting", postings, "--format", "ndjson"}, "ndjson"},
          {{"screen", "--today", "2026-11", "--posting", postings, "--format", "csv"}, "csv"},
          {{"audit", "--today", "2026-11", "--role", "ml-engineer", "--role", "data-engineer", "--format", "csv"}, "csv"}};
}

TEST_P(PipedCommand, MultiDocumentOutputParsesWholeAndMatchesOneThread) {
  const Case& c = GetParam();
  const CommandRun reference = expect_same_bytes_on_two_threads(c, mixed_encoding_batch(), runs());
  EXPECT_NE(reference.err.find("Windows-1252"), std::string::npos) << "the batch must warn on a worker";
}

INSTANTIATE_TEST_SUITE_P(CliPipes, PipedCommand, ::testing::ValuesIn(cases()), case_name);

// Small resumes around inputs too big to render ahead (batch.hpp's kMaxHeldBytes, 256 KB
// of output): a resume of about 330 KB and a feed of 600 postings, which their workers
// write piecewise once it is their turn.
fs::path batch_with_big_inputs() {
  const fs::path folder = kScratch / "big-inputs";
  fs::create_directories(folder);
  const std::string sample = sample_resume();
  for (int i = 0; i < 6; ++i) {
    std::ofstream(folder / ("a" + std::to_string(i) + ".txt")) << "Candidate " << i << "\n" << sample;
    std::ofstream(folder / ("d" + std::to_string(i) + ".txt")) << "Candidate " << i + 10 << "\n" << sample;
  }
  std::ofstream big(folder / "b-big.txt");
  for (int i = 0; i < 100; ++i) big << sample;
  std::ofstream feed(folder / "c-feed.ndjson");
  for (int i = 0; i < 600; ++i) {
    feed << R"({"@type": "JobPosting", "title": "Engineer )" << i
         << R"(", "description": "<p>5+ years of Python, Kafka and SQL; Airflow and dbt are a plus.</p>"})" << '\n';
  }
  return folder;
}

class PipedBigInputs : public ::testing::TestWithParam<Case> {};

TEST_P(PipedBigInputs, PrintTheSameBytesWrittenPiecewise) {
  const Case& c = GetParam();
  const CommandRun reference = expect_same_bytes_on_two_threads(c, batch_with_big_inputs(), 4);
  if (c.format == "json" && !HasFailure()) {
    EXPECT_EQ(json::parse(reference.out)["documents"].size(), 6u + 1u + 600u + 6u);
  }
}

INSTANTIATE_TEST_SUITE_P(CliPipes, PipedBigInputs,
                         ::testing::Values(Case{{"extract", "--format", "json"}, "json"},
                                           Case{{"extract", "--format", "ndjson"}, "ndjson"},
                                           Case{{"extract", "--format", "csv"}, "csv"},
                                           Case{{"text", "--format", "json"}, "json"},
                                           Case{{"text", "--format", "ndjson"}, "ndjson"}),
                         case_name);

}  // namespace
