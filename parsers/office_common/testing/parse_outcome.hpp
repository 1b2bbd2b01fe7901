// Test support for parsers that make one document of a file (DOCX, ODT, PDF): parse bytes
// and get the status with the document, or expect success, or expect a one-line failure.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>

#include "office_common/testing/golden_document.hpp"

namespace skillmatch::testing {

// What one parse gave: its status and, when it succeeded, its one document.
struct Outcome {
  plugin::ParseStatus status;
  Document document;
};

// Parses `bytes` as the file `path` with a `Parser`; a success must give exactly one document.
template <class Parser>
Outcome parse_one(const std::string& bytes, std::string_view path, const plugin::Limits& limits = {}) {
  CollectingSink sink;
  const plugin::ParseRequest request{path, bytes, limits};
  Outcome outcome{Parser().parse(request, sink), {}};
  if (outcome.status.ok) {
    EXPECT_EQ(sink.documents.size(), 1u);
    if (!sink.documents.empty()) outcome.document = std::move(sink.documents.front());
  }
  return outcome;
}

// The document of a parse that must succeed.
template <class Parser>
Document parse_ok(const std::string& bytes, std::string_view path) {
  Outcome outcome = parse_one<Parser>(bytes, path);
  EXPECT_TRUE(outcome.status.ok) << outcome.status.message;
  return std::move(outcome.document);
}

// The message of a parse that must fail, which must be one line.
template <class Parser>
std::string failure_of(const std::string& bytes, std::string_view path, const plugin::Limits& limits = {}) {
  const Outcome outcome = parse_one<Parser>(bytes, path, limits);
  EXPECT_FALSE(outcome.status.ok);
  EXPECT_EQ(outcome.status.message.find('\n'), std::string::npos) << "one-line message";
  return outcome.status.message;
}

}  // namespace skillmatch::testing
