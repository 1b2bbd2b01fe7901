#include "native_screen.hpp"

#include <stdexcept>

namespace skillmatch::python {
std::vector<ErrorPair> NativeShortlists::errors() const {
  std::vector<ErrorPair> pairs;
  pairs.reserve(result.errors.size());
  for (const auto& [order, error] : result.errors) pairs.emplace_back(error.subject, error.message);
  return pairs;
}

NativeShortlists NativeShortlists::merged(const std::vector<const NativeShortlists*>& parts) {
  if (parts.empty()) throw std::invalid_argument("nothing to merge");
  NativeShortlists whole{parts.front()->result};
  for (std::size_t i = 1; i < parts.size(); ++i) {
    if (parts[i]->result.top != whole.result.top || parts[i]->result.shortlists.size() != whole.result.shortlists.size()) {
      throw std::invalid_argument("shortlists of different screens cannot be merged");
    }
    merge_screens(whole.result, ScreenResult(parts[i]->result));
  }
  return whole;
}

NativeScreener::NativeScreener(const NativeEngine& engine, const std::vector<std::string>& postings, std::size_t top,
                               bool must_have, const std::string& today, unsigned jobs)
    : engine_(engine.shared()) {
  if (top == 0) throw std::invalid_argument("top must be at least 1");
  options_.top = top;
  options_.must_have = must_have;
  options_.today = parse_today(today);
  options_.jobs = jobs;
  postings_ = engine_->read_postings(postings, jobs);
}

ScreenOptions NativeScreener::with_floors(const std::vector<double>& floors) const {
  ScreenOptions options = options_;
  options.floors = floors;
  return options;
}

NativeShortlists NativeScreener::screen(const std::vector<std::string>& files, std::size_t first,
                                        const std::vector<double>& floors) const {
  return {screen_files(*engine_, postings_, files, first, with_floors(floors))};
}

NativeShortlists NativeScreener::screen_bytes(const std::vector<std::pair<std::string, std::string>>& uploads,
                                              std::size_t first, const std::vector<double>& floors) const {
  std::vector<NamedBytes> named;
  named.reserve(uploads.size());
  for (const auto& [name, bytes] : uploads) named.push_back({name, bytes});
  return {screen_uploads(*engine_, postings_, named, first, with_floors(floors))};
}

std::string NativeScreener::render(const NativeShortlists& shortlists, const std::vector<ErrorPair>& listing,
                                   const std::string& format) const {
  if (format == "json") {
    std::vector<Error> walk;
    for (const auto& [source, message] : listing) walk.push_back({source, message});
    return screen_json_text(*engine_, postings_, shortlists.result, screen_errors(postings_, walk, shortlists.result)) +
           '\n';
  }
  if (format != "ndjson") throw std::invalid_argument("format is json or ndjson, not '" + format + "'");
  if (shortlists.result.shortlists.size() != postings_.postings.size()) {
    throw std::invalid_argument("shortlists of another screen's postings");
  }
  std::string out;
  for (std::size_t p = 0; p < postings_.postings.size(); ++p) {
    out += screen_posting_json_text(*engine_, postings_.postings[p], shortlists.result.shortlists[p]) + '\n';
  }
  return out;
}

}  // namespace skillmatch::python
