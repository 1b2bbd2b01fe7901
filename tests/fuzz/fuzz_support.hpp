// Shared by the libFuzzer targets: small limits, a sink that checks what a parser hands
// over, and a crash (so libFuzzer keeps the input) when a documented invariant breaks.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>

#include <skillmatch/parser_plugin.hpp>
#include <skillmatch/text_encoding.hpp>

namespace skillmatch::fuzz {

// Small enough that no input can make a target use much memory or time.
inline plugin::Limits small_limits() {
  plugin::Limits limits;
  limits.max_file_bytes = 1u << 20;
  limits.max_uncompressed_bytes = 8u << 20;
  limits.max_entries = 256;
  limits.max_documents = 64;
  limits.max_nesting = 64;
  return limits;
}

[[noreturn]] inline void invariant_broken(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

// Checks each document as the host would: a parser must return valid UTF-8 text and
// sections inside it, sorted and non-overlapping. Stops after max_documents like the host.
class CheckingSink final : public plugin::DocumentSink {
 public:
  explicit CheckingSink(std::uint64_t max_documents) : max_documents_(max_documents) {}
  bool accept(Document&& document) override {
    if (!text::is_valid_utf8(document.text)) invariant_broken("document text is not valid UTF-8");
    if (!text::is_valid_utf8(document.title)) invariant_broken("document title is not valid UTF-8");
    std::size_t previous_end = 0;
    for (const auto& section : document.sections) {
      if (section.offset < previous_end || section.offset > document.text.size() ||
          section.length > document.text.size() - section.offset) {
        invariant_broken("section outside the text or overlapping");
      }
      previous_end = section.offset + section.length;
    }
    return ++documents_ < max_documents_;
  }
  void warn(std::string_view message) override {
    if (message.empty()) invariant_broken("empty warning");
  }
  void reject(std::uint64_t, std::string_view message) override {
    if (message.empty()) invariant_broken("empty entry error");
  }
  std::uint64_t documents() const { return documents_; }

 private:
  std::uint64_t max_documents_;
  std::uint64_t documents_ = 0;
};

// sniff() on the first 8 KiB (as the host does), then parse() whatever the sniff said:
// a parser must cope with input it did not claim, since a user can force nothing, but
// ties and extension hints can hand it a file another parser would have liked better.
template <class Parser>
int fuzz_parser(const std::uint8_t* data, std::size_t size) {
  static const Parser parser;
  static const std::string path = [] {
    const plugin::PluginInfo info = parser.info();
    return "fuzz-input" + (info.extensions.empty() ? std::string(".bin") : info.extensions.front());
  }();
  static const plugin::Limits limits = small_limits();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  int score = 0;
  try {
    score = parser.sniff(path, bytes.substr(0, 8192));
  } catch (const std::exception& e) {
    // The barrier would answer 0 ("not mine") for a file the parser may well own.
    std::fprintf(stderr, "sniff() threw: %s\n", e.what());
    invariant_broken("sniff() threw");
  }
  if (score < 0 || score > 100) invariant_broken("sniff score outside 0..100");
  if (bytes.empty()) return 0;  // the host refuses empty files before any parser sees them
  CheckingSink sink(limits.max_documents);
  const plugin::ParseRequest request{path, bytes, limits};
  try {
    const plugin::ParseStatus status = parser.parse(request, sink);
    if (!status.ok && status.message.empty()) invariant_broken("failure without a message");
  } catch (const std::bad_alloc&) {
    invariant_broken("std::bad_alloc escaped parse(): a limit is not enforced");
  } catch (const std::logic_error& e) {
    // out_of_range, length_error...: a programming error, even though the plugin's
    // ExceptionBarrier would turn it into an unhelpful per-file error.
    std::fprintf(stderr, "logic_error escaped parse(): %s\n", e.what());
    invariant_broken("std::logic_error escaped parse()");
  } catch (const std::exception&) {
    // Input problems the parser reports by exception; the barrier makes them per-file errors.
  }
  return 0;
}

}  // namespace skillmatch::fuzz
