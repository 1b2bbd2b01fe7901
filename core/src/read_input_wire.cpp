#include "read_input_wire.hpp"

#include <cstring>
#include <type_traits>
#include <vector>

namespace skillmatch::wire {
namespace {

// Adding a field to Document or ReadInput without adding it here would lose it silently
// on the way back from a worker; these sizes make that a compile error instead.
static_assert(sizeof(Document) == 5 * sizeof(std::string) + 4 * sizeof(std::vector<int>) + sizeof(std::size_t),
              "Document changed: update read_input_wire.cpp (encode and decode) to carry the new field");
static_assert(sizeof(ReadInput) == 3 * sizeof(std::vector<int>),
              "ReadInput changed: update read_input_wire.cpp (encode and decode) to carry the new field");

template <class T, class Plain>
concept Is = std::is_same_v<std::remove_const_t<T>, Plain>;

// Each type's fields, in wire order, written once for both directions: `io` is a Writer
// (reading const fields) or a Reader (filling them).
template <class Io, class T> requires Is<T, std::string>
void fields(Io& io, T& value) { io.text(value); }

template <class Io, class T> requires Is<T, Section>
void fields(Io& io, T& section) {
  io.text(section.name);
  io.number(section.offset);
  io.number(section.length);
}

template <class Io, class T> requires Is<T, Field>
void fields(Io& io, T& field) {
  io.text(field.key);
  io.text(field.value);
}

template <class Io, class T> requires Is<T, DateRange>
void fields(Io& io, T& range) {
  io.text(range.start);
  io.text(range.end);
  io.number(range.offset);
  io.number(range.length);
}

template <class Io, class T> requires Is<T, Error>
void fields(Io& io, T& error) {
  io.text(error.subject);
  io.text(error.message);
}

template <class Io, class T> requires Is<T, Document>
void fields(Io& io, T& document) {
  io.text(document.id);
  io.text(document.source);
  io.text(document.parser);
  io.kind(document.kind);
  io.text(document.title);
  io.text(document.text);
  io.list(document.sections);
  io.list(document.metadata);
  io.list(document.listed_skills);
  io.list(document.dated_entries);
}

template <class Io, class T> requires Is<T, ReadInput>
void fields(Io& io, T& read) {
  io.list(read.documents);
  io.list(read.warnings);
  io.list(read.errors);
}

class Writer {
 public:
  void number(std::uint64_t value) { out_.append(reinterpret_cast<const char*>(&value), sizeof value); }
  void text(std::string_view value) {
    number(value.size());
    out_.append(value);
  }
  void kind(DocumentKind kind) { number(static_cast<std::uint64_t>(kind)); }
  template <class T>
  void list(const std::vector<T>& items) {
    number(items.size());
    for (const auto& each : items) fields(*this, each);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what Writer wrote; after the first short or invalid read every further read
// fails too, and ok() says so.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool finished() const { return ok_ && in_.empty(); }

  void number(std::uint64_t& value) {
    if (!ok_ || in_.size() < sizeof value) {
      ok_ = false;
      return;
    }
    std::memcpy(&value, in_.data(), sizeof value);
    in_.remove_prefix(sizeof value);
  }
  void text(std::string& value) {
    std::string_view view;
    text(view);
    value.assign(view);
  }
  void text(std::string_view& value) {
    std::uint64_t size = 0;
    number(size);
    if (size > in_.size()) ok_ = false;
    if (!ok_) return;
    value = in_.substr(0, size);
    in_.remove_prefix(size);
  }
  void kind(DocumentKind& kind) {
    std::uint64_t value = 0;
    number(value);
    if (value > static_cast<std::uint64_t>(DocumentKind::kPosting)) ok_ = false;
    kind = static_cast<DocumentKind>(value);
  }
  template <class T>
  void list(std::vector<T>& items) {
    std::uint64_t count = 0;
    number(count);
    // Every item takes at least 8 bytes, so a larger count is corrupt (and must not
    // make resize() ask for the memory it names).
    if (count > in_.size() / 8) ok_ = false;
    if (!ok_) return;
    items.resize(count);
    for (auto& each : items) fields(*this, each);
  }

 private:
  std::string_view in_;
  bool ok_ = true;
};

static_assert(std::is_same_v<std::size_t, std::uint64_t>, "offsets travel as 64-bit numbers");

}  // namespace

std::string encode(const Request& request) {
  Writer out;
  out.number(static_cast<std::uint64_t>(request.kind));
  out.text(request.name);
  out.text(request.bytes);
  out.number(request.cpu_seconds);
  return out.take();
}

std::optional<Request> decode_request(std::string_view bytes) {
  Reader in(bytes);
  Request request;
  std::uint64_t kind = 0;
  in.number(kind);
  in.text(request.name);
  in.text(request.bytes);
  in.number(request.cpu_seconds);
  if (!in.finished() || kind > static_cast<std::uint64_t>(Request::Kind::kBytes)) return std::nullopt;
  request.kind = static_cast<Request::Kind>(kind);
  return request;
}

std::string encode(const Response& response) {
  Writer out;
  out.number(response.read.ok());
  out.number(response.out_of_memory);
  if (response.read) {
    fields(out, response.read.value());
  } else {
    fields(out, response.read.error());
  }
  return out.take();
}

std::optional<Response> decode_response(std::string_view bytes) {
  Reader in(bytes);
  std::uint64_t ok = 0, out_of_memory = 0;
  in.number(ok);
  in.number(out_of_memory);
  Response response;
  response.out_of_memory = out_of_memory != 0;
  if (ok != 0) {
    ReadInput read;
    fields(in, read);
    response.read = std::move(read);
  } else {
    Error error;
    fields(in, error);
    response.read = std::move(error);
  }
  if (!in.finished()) return std::nullopt;
  return response;
}

}  // namespace skillmatch::wire
