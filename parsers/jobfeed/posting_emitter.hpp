// Where every feed reader sends its posting objects: recognises the shape, builds the
// Document, hands it to the sink at once, and keeps the count, the limit and the
// skipped entries for the final status.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <skillmatch/parser_plugin.hpp>

namespace skillmatch::parsers::jobfeed {

class PostingEmitter {
 public:
  PostingEmitter(plugin::DocumentSink& sink, const plugin::Limits& limits);

  // Reads one feed entry (`where` names it in warnings: "entry 3", "line 7"); a JSON-LD
  // "@graph" is read entry by entry. Returns false when reading should stop: the sink
  // wants no more, or Limits::max_documents is reached.
  bool emit(const nlohmann::json& entry, const std::string& where);

  // An entry that could not be read: a warning (the first few), counted for the status.
  void skip(const std::string& where, const std::string& reason);

  std::size_t postings() const { return postings_; }

  // The parse status once reading ended: ok when at least one posting was handed over
  // (and the limit was not exceeded); otherwise the most telling reason, falling back to
  // `nothing_found` when nothing at all looked like a posting.
  plugin::ParseStatus finish(const std::string& nothing_found);

 private:
  bool hand_over(Document&& posting);

  plugin::DocumentSink& sink_;
  const plugin::Limits& limits_;
  std::size_t postings_ = 0;
  std::size_t skipped_ = 0;
  std::string first_skip_;
  std::vector<std::string> other_jsonld_types_;
  bool limit_exceeded_ = false;
};

}  // namespace skillmatch::parsers::jobfeed
