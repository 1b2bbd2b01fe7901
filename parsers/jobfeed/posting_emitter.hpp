// Where every feed reader sends its posting objects: recognises the shape, builds the
// Document, hands it to the sink at once, and keeps the count, the limit and the
// rejected entries for the final status.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers::jobfeed {

// Where a feed entry is: its 1-based line in the input (0 when unknown) and what names
// it within that ("entry 3", "JSON-LD script 2"; "" for a whole NDJSON line).
struct EntryPlace {
  std::uint64_t line = 0;
  std::string label;
};

class PostingEmitter {
 public:
  PostingEmitter(plugin::DocumentSink& sink, const plugin::Limits& limits);

  // Reads one feed entry; a JSON-LD "@graph" is read entry by entry. Returns false when
  // reading should stop: the sink wants no more, or Limits::max_documents is reached.
  bool emit(const nlohmann::json& entry, const EntryPlace& place);

  // An entry that could not be read: rejected to the sink (the first few one by one),
  // counted for the status; reading goes on.
  void reject(const EntryPlace& place, const std::string& reason);

  std::size_t postings() const { return postings_; }

  // The parse status once reading ended: ok when a posting was handed over or an entry
  // rejected (and the limit was not exceeded); otherwise the most telling reason, falling
  // back to `nothing_found` when nothing at all looked like a posting.
  plugin::ParseStatus finish(const std::string& nothing_found);

 private:
  bool hand_over(Document&& posting);

  plugin::DocumentSink& sink_;
  const plugin::Limits& limits_;
  std::size_t postings_ = 0;
  std::size_t rejected_ = 0;
  std::vector<std::string> other_jsonld_types_;
  bool limit_exceeded_ = false;
};

}  // namespace skillmatch::parsers::jobfeed
