#include "extract_stream.hpp"

#include <nlohmann/json.hpp>
#include <ostream>
#include <span>

#include <skillmatch/batch.hpp>
#include <skillmatch/document_json.hpp>
#include <skillmatch/extract_json.hpp>

namespace skillmatch::cli::serve {

void ExtractStream::add_upload(std::vector<Document> documents) { uploads_.push_back({std::move(documents), {}}); }

void ExtractStream::add_upload(const Error& error) { uploads_.push_back({{}, {error}}); }

void ExtractStream::extract_batch() {
  while (upload_ < uploads_.size() && !batch_full()) {
    Upload& upload = uploads_[upload_];
    next_ += extract_documents(engine_, std::span(upload.documents).subspan(next_), upload.errors,
                               [this](ExtractedDocument&& item) { return take(std::move(item)); });
    if (next_ < upload.documents.size()) return;  // the batch is full; the next one resumes here
    upload.documents.clear();
    upload.documents.shrink_to_fit();
    ++upload_;
    next_ = 0;
  }
}

bool ExtractStream::take(ExtractedDocument&& item) {
  if (written_++ > 0) rendered_ += ',';
  if (item.document.text.size() > kRenderAheadBytes) {
    large_.emplace(std::move(item));
  } else {
    write_extraction_json(rendered_, item.document, item.extraction, engine_.taxonomy(), with_text_);
  }
  return !batch_full();
}

std::optional<Error> ExtractStream::first_error() const {
  for (const auto& upload : uploads_) {
    if (!upload.errors.empty()) return upload.errors.front();
  }
  return std::nullopt;
}

// The bytes the whole {"documents","errors"} body had. Only strings go to `out`: httplib's
// sink stream passes on pieces, not single characters.
bool ExtractStream::write(std::ostream& out, const RunStep& run) {
  out << extract_json_opening();
  for (;;) {
    out << rendered_;
    rendered_.clear();
    if (large_) write_large(out);
    if (upload_ == uploads_.size()) break;
    // The step owns the stream: if it runs past the deadline, it finishes after this
    // request has given up on it.
    if (!run([self = shared_from_this()] { self->extract_batch(); })) return false;
  }
  out << "],\"errors\":" << errors_json() << "}";
  return true;
}

void ExtractStream::write_large(std::ostream& out) {
  write_extraction_json(out, large_->document, large_->extraction, engine_.taxonomy(), with_text_);
  large_.reset();
}

std::string ExtractStream::errors_json() const {
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& upload : uploads_) {
    for (const auto& error : upload.errors) errors.push_back(error_json(error));
  }
  // As the API's other bodies: bytes that are not UTF-8 (an upload's name) are replaced.
  return errors.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace skillmatch::cli::serve
