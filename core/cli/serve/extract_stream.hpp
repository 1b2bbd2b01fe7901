// /api/extract's response, extracted and written a document at a time: a feed's postings
// used to be extracted all before the first byte was sent, and a 1.5 KB posting's
// extraction (an entry per skill, each with its vectors) outweighs its text, so the
// server's peak was five times the feed. Now at most one document's extraction is alive.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <skillmatch/engine.hpp>
#include <skillmatch/evidence.hpp>

namespace skillmatch::cli::serve {

// Runs one step of the work on a parse thread within what is left of the request's time
// limit; false when it did not finish in time (the step may then still be running).
using RunStep = std::function<bool(std::function<void()>)>;

class ExtractStream : public std::enable_shared_from_this<ExtractStream> {
 public:
  ExtractStream(const Engine& engine, bool with_text) : engine_(engine), with_text_(with_text) {}

  // An upload's documents, or the error that stopped it, in upload order.
  void add_upload(std::vector<Document> documents);
  void add_upload(const Error& error);

  // Extracts documents until a batch of their JSON is ready (each extraction dropped once
  // rendered), or until one too large to render ahead is extracted: write() streams that
  // one. A document that cannot be extracted is listed in "errors" and left out, as
  // `skillmatch extract` does (through the batch loop's extract_documents). On a parse thread.
  void extract_batch();
  // True once a document was extracted: the response is a 200.
  bool has_documents() const { return written_ > 0; }
  // The first error in upload order, for the 422 when no document could be extracted.
  std::optional<Error> first_error() const;

  // Writes {"documents":[...],"errors":[...]}, running each further batch through `run`.
  // False when `run` ran out of time: `out` was left mid-document.
  bool write(std::ostream& out, const RunStep& run);

 private:
  // An upload's documents (each freed once extracted) and the errors met reading it.
  struct Upload {
    std::vector<Document> documents;
    std::vector<Error> errors;
  };
  // A batch is rendered ahead up to this size; a document larger than kRenderAheadBytes
  // (its JSON four to five times that) is written straight to the client instead.
  static constexpr std::size_t kBatchBytes = 256 << 10;
  static constexpr std::size_t kRenderAheadBytes = 64 << 10;

  // Renders one extracted document into the batch, or keeps it for write() when large;
  // false once the batch is full.
  bool take(ExtractedDocument&& item);
  bool batch_full() const { return rendered_.size() >= kBatchBytes || large_; }
  void write_large(std::ostream& out);
  std::string errors_json() const;

  const Engine& engine_;
  bool with_text_;
  std::vector<Upload> uploads_;  // in upload order, so errors list in that order
  std::size_t upload_ = 0;       // the upload being extracted
  std::size_t next_ = 0;         // its first document not yet extracted
  std::size_t written_ = 0;      // documents rendered or kept in large_: each after the first gets a comma
  std::string rendered_;         // the batch's JSON, not yet written
  std::optional<ExtractedDocument> large_;
};

}  // namespace skillmatch::cli::serve
