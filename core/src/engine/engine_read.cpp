// Reading under the one error rule: an input that cannot be read is an error; a feed's
// unreadable entry and a document that cannot be extracted are errors of their own, and
// the input's other documents go on.
#include <skillmatch/batch.hpp>
#include <skillmatch/engine.hpp>

#include "engine_state.hpp"

namespace skillmatch {
namespace {

// Hands each document of `read` to `use` as it is extracted; what went wrong goes to `issues`.
Result<std::size_t> extract_each(const Engine& engine, Result<ReadInput> read, const std::string& name,
                                 InputIssues& issues, const std::function<void(ExtractedDocument&&)>& use) {
  if (!read) return read.error();
  for (const auto& warning : read.value().warnings) issues.warnings.push_back(name + ": " + warning);
  issues.errors.insert(issues.errors.end(), read.value().errors.begin(), read.value().errors.end());
  std::size_t used = 0;
  extract_documents(engine, read.value().documents, issues.errors, [&](ExtractedDocument&& item) {
    use(std::move(item));
    ++used;
    return true;
  });
  return used;
}

Result<ExtractedInput> extract_all(const Engine& engine, Result<ReadInput> read, const std::string& name) {
  ExtractedInput out;
  InputIssues issues;
  auto used = extract_each(engine, std::move(read), name, issues,
                           [&out](ExtractedDocument&& item) { out.documents.push_back(std::move(item)); });
  if (!used) return used.error();
  out.warnings = std::move(issues.warnings);
  out.errors = std::move(issues.errors);
  return out;
}

}  // namespace

Result<ReadInput> Engine::parse(const std::string& path) const {
  return read_path(path, batch_reader(*this));
}

Result<ReadInput> Engine::parse_bytes(const std::string& name, std::string_view bytes) const {
  return state_->parse_pool->read_bytes(name, bytes);
}

Result<Extraction> Engine::extract(const Document& document) const {
  if (!state_->extractor) return Error{document.source, "this engine reads documents only (compile_extractor false)"};
  return state_->extractor->extract(document);
}

Result<ExtractedInput> Engine::read(const std::string& path) const {
  return extract_all(*this, parse(path), input_name(path));
}

Result<ExtractedInput> Engine::read_bytes(const std::string& name, std::string_view bytes) const {
  return extract_all(*this, parse_bytes(name, bytes), name);
}

Result<std::size_t> Engine::read_each(const std::string& path, InputIssues& issues,
                                      const std::function<void(ExtractedDocument&&)>& use) const {
  return extract_each(*this, parse(path), input_name(path), issues, use);
}

Result<std::size_t> Engine::read_bytes_each(const std::string& name, std::string_view bytes, InputIssues& issues,
                                            const std::function<void(ExtractedDocument&&)>& use) const {
  return extract_each(*this, parse_bytes(name, bytes), name, issues, use);
}

Result<std::size_t> Engine::read_upload_each(const std::string& name, std::string bytes, InputIssues& issues,
                                             const std::function<void(ExtractedDocument&&)>& use) const {
  auto read = parse_bytes(name, bytes);
  std::string().swap(bytes);  // parsed: the documents hold their text now
  return extract_each(*this, std::move(read), name, issues, use);
}

}  // namespace skillmatch
