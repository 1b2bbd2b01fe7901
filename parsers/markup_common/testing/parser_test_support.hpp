// Test support shared by the markup parsers' GoogleTest files (header-only, tests only):
// a sink that records, a golden-file rendering of Documents and its comparison, and the
// invariants every Document must satisfy.
//
// Golden files: set SKILLMATCH_UPDATE_GOLDEN=1 to (re)write them from the actual output.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include <skillmatch/parser_plugin.hpp>
#include <skillmatch/text_encoding.hpp>

namespace skillmatch::testing {

// Keeps what the parser hands over; `stop_after` makes accept() return false after that
// many documents, as a host that wants no more would.
class RecordingSink : public plugin::DocumentSink {
 public:
  explicit RecordingSink(std::size_t stop_after = std::numeric_limits<std::size_t>::max()) : stop_after_(stop_after) {}
  bool accept(Document&& document) override {
    documents.push_back(std::move(document));
    return documents.size() < stop_after_;
  }
  void warn(std::string_view message) override { warnings.emplace_back(message); }
  // Recorded as the host names them, with "file" for the path: "file:3: invalid JSON...".
  void reject(std::uint64_t line, std::string_view message) override {
    rejections.push_back((line == 0 ? "file" : "file:" + std::to_string(line)) + ": " + std::string(message));
  }

  std::vector<Document> documents;
  std::vector<std::string> warnings;
  std::vector<std::string> rejections;

 private:
  std::size_t stop_after_;
};

inline std::string source_path(const std::string& relative) { return std::string(SKILLMATCH_SOURCE_DIR) + "/" + relative; }

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

struct ParseRun {
  plugin::ParseStatus status;
  RecordingSink sink;
};

template <class Parser>
ParseRun parse_bytes(const Parser& parser, std::string_view path, std::string_view bytes,
                     const plugin::Limits& limits = {}, std::size_t stop_after = std::numeric_limits<std::size_t>::max()) {
  ParseRun run{plugin::ParseStatus::success(), RecordingSink(stop_after)};
  run.status = plugin::ParseStatus(parser.parse(plugin::ParseRequest{path, bytes, limits}, run.sink));
  return run;
}

// Valid UTF-8 without CR, sections sorted, non-overlapping, inside the text; dated
// entries inside the text.
inline void expect_well_formed(const Document& document) {
  SCOPED_TRACE("document " + document.id);
  EXPECT_TRUE(text::is_valid_utf8(document.text));
  EXPECT_EQ(document.text.find('\r'), std::string::npos);
  std::size_t previous_end = 0;
  for (const Section& section : document.sections) {
    EXPECT_GE(section.offset, previous_end) << section.name;
    EXPECT_LE(section.offset + section.length, document.text.size()) << section.name;
    EXPECT_FALSE(section.name.empty());
    previous_end = section.offset + section.length;
  }
  for (const DateRange& entry : document.dated_entries) {
    EXPECT_LE(entry.offset + entry.length, document.text.size());
  }
}

// A readable, diffable rendering: fields, sections with their first line, then the text.
inline std::string render_golden(const std::vector<Document>& documents, const std::vector<std::string>& warnings = {}) {
  std::ostringstream out;
  for (const std::string& warning : warnings) out << "warning: " << warning << "\n";
  for (const Document& document : documents) {
    out << "=== document " << document.id << "\n";
    out << "kind: " << to_string(document.kind) << "\n";
    out << "title: " << document.title << "\n";
    for (const Field& field : document.metadata) out << "meta " << field.key << ": " << field.value << "\n";
    for (const std::string& skill : document.listed_skills) out << "listed skill: " << skill << "\n";
    for (const DateRange& entry : document.dated_entries) {
      const std::string_view text = std::string_view(document.text).substr(entry.offset, entry.length);
      out << "dated " << entry.start << " .. " << entry.end << ": " << text.substr(0, text.find('\n')) << "\n";
    }
    for (const Section& section : document.sections) {
      const std::string_view text = std::string_view(document.text).substr(section.offset, section.length);
      out << "section " << section.name << " [" << section.offset << "+" << section.length
          << "]: " << text.substr(0, text.find('\n')) << "\n";
    }
    out << "--- text\n" << document.text << "--- end\n";
  }
  return out.str();
}

inline void expect_matches_golden(const std::string& actual, const std::string& golden_relative_path) {
  const std::string path = source_path(golden_relative_path);
  const char* update = std::getenv("SKILLMATCH_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  const std::string expected = read_file(path);
  ASSERT_FALSE(expected.empty()) << "missing golden file " << path << " (run with SKILLMATCH_UPDATE_GOLDEN=1)";
  EXPECT_EQ(actual, expected) << "golden file " << path;
}

}  // namespace skillmatch::testing
