// Test support: renders a parsed Document as a readable golden file (title, metadata,
// sections with their first line, then the text) and compares it with the stored one.
// SKILLMATCH_UPDATE_GOLDEN=1 in the environment rewrites the stored files instead.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::testing {

// Collects what a parser emits.
class CollectingSink final : public plugin::DocumentSink {
 public:
  bool accept(Document&& document) override {
    documents.push_back(std::move(document));
    return true;
  }
  void warn(std::string_view message) override { warnings.emplace_back(message); }
  void reject(std::uint64_t, std::string_view message) override { rejections.emplace_back(message); }

  std::vector<Document> documents;
  std::vector<std::string> warnings;
  std::vector<std::string> rejections;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

inline std::string render_golden(const Document& document) {
  std::ostringstream out;
  out << "title: " << document.title << "\n";
  for (const auto& field : document.metadata) out << "meta: " << field.key << " = " << field.value << "\n";
  for (const auto& section : document.sections) {
    const std::string_view body = std::string_view(document.text).substr(section.offset, section.length);
    out << "section: " << section.name << " @" << section.offset << "+" << section.length << " | "
        << body.substr(0, body.find('\n')) << "\n";
  }
  out << "--- text ---\n" << document.text << "\n";
  return out.str();
}

// Sections must be sorted, non-overlapping byte ranges of the text.
inline void expect_valid_sections(const Document& document) {
  std::size_t previous_end = 0;
  for (const auto& section : document.sections) {
    EXPECT_GE(section.offset, previous_end) << section.name;
    EXPECT_LE(section.offset + section.length, document.text.size()) << section.name;
    EXPECT_FALSE(section.name.empty());
    previous_end = section.offset + section.length;
  }
}

inline void expect_matches_golden(const Document& document, const std::filesystem::path& golden_path) {
  const std::string rendered = render_golden(document);
  if (std::getenv("SKILLMATCH_UPDATE_GOLDEN") != nullptr) {
    std::filesystem::create_directories(golden_path.parent_path());
    std::ofstream(golden_path, std::ios::binary) << rendered;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(golden_path)) << golden_path << " missing; run with SKILLMATCH_UPDATE_GOLDEN=1";
  EXPECT_EQ(rendered, read_file(golden_path)) << "differs from " << golden_path;
}

}  // namespace skillmatch::testing
