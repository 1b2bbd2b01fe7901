#include <skillmatch/document_reader.hpp>

#include <optional>

#include <skillmatch/file_content.hpp>
#include <skillmatch/text_encoding.hpp>

namespace skillmatch {
namespace {

constexpr std::size_t kSniffBytes = 8192;

// A plugin's message as one line of valid UTF-8: messages quote input (nlohmann's "last
// read: ...", a JSON-LD @type holding "\n"), and every message is one line of a report.
std::string one_line(std::string_view raw) {
  std::string message = text::repair_utf8(raw);
  for (char& c : message) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return message;
}

class CollectingSink final : public plugin::DocumentSink {
 public:
  CollectingSink(ReadInput& out, const std::string& source, std::uint64_t max_documents)
      : out_(out), source_(source), max_documents_(max_documents) {}
  bool accept(Document&& document) override {
    if (out_.documents.size() >= max_documents_) {
      truncated_ = true;
      return false;
    }
    out_.documents.push_back(std::move(document));
    return true;
  }
  void warn(std::string_view message) override { out_.warnings.push_back(one_line(message)); }
  void reject(std::uint64_t line, std::string_view raw_message) override {
    std::string message = one_line(raw_message);
    const std::string where = line == 0 ? "" : std::to_string(line);
    if (out_.errors.empty()) first_rejection_ = (where.empty() ? "" : "line " + where + ": ") + message;
    out_.errors.push_back({where.empty() ? source_ : source_ + ":" + where, std::move(message)});
  }
  bool truncated() const { return truncated_; }
  // "line 3: invalid JSON: ...", or "" when no entry was rejected.
  const std::string& first_rejection() const { return first_rejection_; }

 private:
  ReadInput& out_;
  const std::string& source_;
  std::uint64_t max_documents_;
  bool truncated_ = false;
  std::string first_rejection_;
};

// A plugin's output is checked, not trusted: bad UTF-8 or sections outside the text
// would corrupt every offset reported later.
std::optional<std::string> validate(const Document& document) {
  if (!text::is_valid_utf8(document.text) || !text::is_valid_utf8(document.title)) {
    return std::string("the parser returned invalid UTF-8");
  }
  std::size_t previous_end = 0;
  for (const auto& section : document.sections) {
    if (section.offset < previous_end || section.offset > document.text.size() ||
        section.length > document.text.size() - section.offset) {
      return std::string("the parser returned sections outside the text or overlapping");
    }
    previous_end = section.offset + section.length;
  }
  return std::nullopt;
}

}  // namespace

Result<ReadInput> read_input(const std::filesystem::path& path, const PluginHost& host,
                             const plugin::Limits& limits, const SectionVocabulary& vocabulary) {
  auto content = FileContent::open(path, limits.max_file_bytes);
  if (!content) return content.error();
  return read_bytes(path.string(), content.value().bytes(), host, limits, vocabulary);
}

Result<ReadInput> read_bytes(const std::string& source, std::string_view bytes, const PluginHost& host,
                             const plugin::Limits& limits, const SectionVocabulary& vocabulary) {
  if (bytes.empty()) return Error{source, "empty file"};
  if (bytes.size() > limits.max_file_bytes) {
    return Error{source, "file too large (" + std::to_string(bytes.size()) + " bytes; the limit is " +
                             std::to_string(limits.max_file_bytes) + ", see --max-file-size)"};
  }
  const LoadedParser* chosen = host.choose(source, bytes.substr(0, kSniffBytes));
  if (chosen == nullptr) return Error{source, "unrecognised format: no parser plugin claims this file"};

  ReadInput out;
  CollectingSink sink(out, source, limits.max_documents);
  const plugin::ParseRequest request{source, bytes, limits};
  const plugin::ParseStatus status = chosen->parser->parse(request, sink);
  if (!status.ok) return Error{source, one_line(status.message) + " (" + chosen->info.name + " parser)"};
  if (sink.truncated()) {
    out.warnings.push_back("more than " + std::to_string(limits.max_documents) +
                           " documents; the rest were skipped (see --max-documents)");
  }
  if (out.documents.empty()) {
    // Every entry failed: one error for the file, saying why the first did.
    const std::string& first = sink.first_rejection();
    return Error{source, "no documents found (" + chosen->info.name + " parser)" + (first.empty() ? "" : "; " + first)};
  }

  const std::string stem = std::filesystem::path(source).stem().string();
  for (std::size_t i = 0; i < out.documents.size(); ++i) {
    Document& document = out.documents[i];
    if (auto problem = validate(document)) return Error{source, *problem + " (" + chosen->info.name + " parser)"};
    document.source = source;
    document.parser = chosen->info.name;
    // Reports print the title on one line, whatever the plugin derived it from.
    document.title = text::title_line(document.title);
    if (document.id.empty()) document.id = out.documents.size() == 1 ? stem : stem + "#" + std::to_string(i + 1);
    if (document.sections.empty()) document.sections = detect_sections(document.text, vocabulary);
    if (document.kind == DocumentKind::kUnknown) document.kind = guess_kind(document);
    if (document.kind == DocumentKind::kPosting) mark_posting_zones(document, vocabulary.zones());
  }
  return out;
}

}  // namespace skillmatch
