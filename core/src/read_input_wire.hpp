// The compact binary form a parse worker sends its ReadInput (or Error) back in: length-
// prefixed strings and counts in the host's byte order (both ends are the same binary).
// Decoding checks every length against what is left, so a truncated or corrupt message is
// a failure, never an out-of-bounds read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <skillmatch/document_reader.hpp>

namespace skillmatch::wire {

// What the parent asks a worker: read a file by path, or parse bytes sent along.
struct Request {
  enum class Kind : std::uint8_t { kPath, kBytes };
  Kind kind = Kind::kPath;
  std::string name;   // the path, or the name an upload stands for
  std::string_view bytes;  // kBytes only: the caller's upload, or (decoded) the message's bytes
  std::uint64_t cpu_seconds = 0;  // the worker's CPU budget for this parse
};

// A worker's answer. `out_of_memory` says an allocation failed during the parse, so the
// parent can name --max-memory rather than pass on the parser's own wording.
struct Response {
  Result<ReadInput> read = Error{};
  bool out_of_memory = false;
};

std::string encode(const Request& request);
// The request's `bytes` point into `bytes`, which must outlive it (an upload is not copied).
std::optional<Request> decode_request(std::string_view bytes);

std::string encode(const Response& response);
std::optional<Response> decode_response(std::string_view bytes);

}  // namespace skillmatch::wire
