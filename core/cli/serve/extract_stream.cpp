#include "extract_stream.hpp"

#include <nlohmann/json.hpp>
#include <ostream>

#include <skillmatch/document_json.hpp>

namespace skillmatch::cli::serve {

void ExtractStream::add_upload(std::vector<Document> documents) {
  for (auto& document : documents) documents_.push_back({std::move(document), errors_.size()});
  errors_.emplace_back();
}

void ExtractStream::add_upload(const Error& error) { errors_.push_back({error}); }

void ExtractStream::extract_batch() {
  while (next_ < documents_.size() && rendered_.size() < kBatchBytes && !large_) {
    Pending& pending = documents_[next_++];
    auto extraction = extractor_.extract(pending.document);
    if (!extraction) {
      errors_[pending.upload].push_back(extraction.error());
      pending.document = Document();
      continue;
    }
    if (written_++ > 0) rendered_ += ',';
    if (pending.document.text.size() > kRenderAheadBytes) {
      large_.emplace(ExtractedDocument{std::move(pending.document), std::move(extraction).value()});
      continue;
    }
    write_extraction_json(rendered_, pending.document, extraction.value(), taxonomy_, with_text_);
    pending.document = Document();  // written: its text is not needed again
  }
}

std::optional<Error> ExtractStream::first_error() const {
  for (const auto& upload : errors_) {
    if (!upload.empty()) return upload.front();
  }
  return std::nullopt;
}

// The bytes the whole {"documents","errors"} body had. Only strings go to `out`: httplib's
// sink stream passes on pieces, not single characters.
bool ExtractStream::write(std::ostream& out, const RunStep& run) {
  out << "{\"documents\":[";
  for (;;) {
    out << rendered_;
    rendered_.clear();
    if (large_) write_large(out);
    if (next_ == documents_.size()) break;
    // The step owns the stream: if it runs past the deadline, it finishes after this
    // request has given up on it.
    if (!run([self = shared_from_this()] { self->extract_batch(); })) return false;
  }
  out << "],\"errors\":" << errors_json() << "}";
  return true;
}

void ExtractStream::write_large(std::ostream& out) {
  write_extraction_json(out, large_->document, large_->extraction, taxonomy_, with_text_);
  large_.reset();
}

std::string ExtractStream::errors_json() const {
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& upload : errors_) {
    for (const auto& error : upload) errors.push_back(error_json(error));
  }
  // As the API's other bodies: bytes that are not UTF-8 (an upload's name) are replaced.
  return errors.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace skillmatch::cli::serve
