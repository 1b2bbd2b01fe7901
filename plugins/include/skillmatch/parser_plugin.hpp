// The parser plugin ABI: what a shared library exports so skillmatch can load it.
//
// A plugin defines a class with info(), sniff() and parse() and exports it with
// SKILLMATCH_EXPORT_PARSER(ClassName) in exactly one .cpp file. The macro stamps the
// library (module_stamp.hpp) with kAbiVersion and the build tag; the host reads that
// stamp from the file and refuses a mismatch before loading the library, and only then
// calls skillmatch_create_parser.
#pragma once

#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <skillmatch/document.hpp>
#include <skillmatch/module_stamp.hpp>

namespace skillmatch::plugin {

// Bump whenever any type in this header or in document.hpp changes layout or meaning.
// 2: DocumentSink::reject. 3: the ABI version and build tag are an ELF note read before
// loading; the factory is the C symbol skillmatch_create_parser.
inline constexpr std::uint32_t kAbiVersion = 3;

// The one function a plugin exports: makes its parser, or returns nullptr.
inline constexpr char kCreateParserSymbol[] = "skillmatch_create_parser";

// What `skillmatch plugins` shows about a parser.
struct PluginInfo {
  std::string name;                     // short, unique: "text", "docx"
  std::string version;                  // the plugin's own version
  std::string description;              // one line
  std::vector<std::string> formats;     // human names: "plain text", "UTF-16 text"
  std::vector<std::string> extensions;  // lowercase, with the dot: ".txt"
};

// Bounds a parser must respect; exceeding one is an error, never an out-of-memory.
struct Limits {
  std::uint64_t max_file_bytes = 64ull << 20;
  std::uint64_t max_uncompressed_bytes = 256ull << 20;  // total inflated size of a container
  std::uint64_t max_compression_ratio = 200;            // per container entry
  std::uint64_t max_entries = 10000;                    // entries in a container
  std::uint64_t max_documents = 1000000;                // documents from one input (a feed)
  std::uint32_t max_nesting = 256;                      // JSON / XML depth
};

// What the host hands a parser: the input path (for messages and extension hints) and
// its whole content (memory-mapped, so a large feed is not copied).
struct ParseRequest {
  std::string_view path;
  std::string_view bytes;
  const Limits& limits;
};

// Receives documents one at a time, so a feed never has to be held whole.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  // Takes one document; returns false when the host wants no more (stop parsing).
  virtual bool accept(Document&& document) = 0;
  // A problem that did not stop parsing and lost nothing (an encoding guessed, an
  // extension conflict).
  virtual void warn(std::string_view message) = 0;
  // One entry of a feed could not be read; parsing goes on. `line` is the 1-based line
  // of the entry in the input, 0 when unknown; the host names the file.
  virtual void reject(std::uint64_t line, std::string_view message) = 0;
};

// The outcome of parse(): ok, or the one-line problem (the host adds the file name).
struct ParseStatus {
  bool ok = true;
  std::string message;
  static ParseStatus success() { return {}; }
  static ParseStatus failure(std::string message) { return {false, std::move(message)}; }
};

// A parser: a cheap sniff of the first bytes, then a full parse (GDAL's Identify/Open).
class Parser {
 public:
  virtual ~Parser() = default;
  virtual PluginInfo info() const = 0;
  // 0 = not mine, 100 = certain; looks only at `head` (the first bytes) and the path.
  virtual int sniff(std::string_view path, std::string_view head) const = 0;
  virtual ParseStatus parse(const ParseRequest& request, DocumentSink& sink) const = 0;
};

// Wraps a plugin's parser so that no exception ever crosses into the host: the wrapper's
// virtual functions are instantiated inside the plugin, so the catch runs there.
template <class Impl>
class ExceptionBarrier final : public Parser {
 public:
  PluginInfo info() const override {
    try {
      return impl_.info();
    } catch (...) {
      return PluginInfo{"(broken)", "", "info() threw", {}, {}};
    }
  }
  int sniff(std::string_view path, std::string_view head) const override {
    try {
      return impl_.sniff(path, head);
    } catch (...) {
      return 0;
    }
  }
  ParseStatus parse(const ParseRequest& request, DocumentSink& sink) const override {
    try {
      return impl_.parse(request, sink);
    } catch (const std::bad_alloc&) {
      return ParseStatus::failure("out of memory while parsing");
    } catch (const std::exception& e) {
      return ParseStatus::failure(std::string("parser failed: ") + e.what());
    } catch (...) {
      return ParseStatus::failure("parser failed with an unknown exception");
    }
  }

 private:
  Impl impl_;
};

}  // namespace skillmatch::plugin

// Stamps the library as a parser plugin and exports its factory. Use once per plugin, at
// global scope.
#define SKILLMATCH_EXPORT_PARSER(ParserClass)                                                         \
  SKILLMATCH_MODULE_STAMP(::skillmatch::modules::ModuleKind::kParserPlugin, ::skillmatch::plugin::kAbiVersion, \
                          SKILLMATCH_PLUGIN_BUILD_TAG)                                                \
  extern "C" __attribute__((visibility("default"))) ::skillmatch::plugin::Parser* skillmatch_create_parser() { \
    try {                                                                                             \
      return new ::skillmatch::plugin::ExceptionBarrier<ParserClass>();                               \
    } catch (...) {                                                                                   \
      return nullptr;                                                                                 \
    }                                                                                                 \
  }
