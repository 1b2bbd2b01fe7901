// A screen as the binding splits it: postings read and compiled once (a Screener), partial
// shortlists of any subset of the resumes (Shortlists), merged in any grouping into the
// one screen the CLI prints.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <skillmatch/screen.hpp>

#include "native_engine.hpp"

namespace skillmatch::python {

// Partial (or whole) shortlists, per posting, with the resumes that could not be read.
struct NativeShortlists {
  ScreenResult result;
  // The resumes' errors in input order.
  std::vector<ErrorPair> errors() const;
  // One screen of all of `parts`' resumes (they must come from screeners of the same
  // postings and options).
  static NativeShortlists merged(const std::vector<const NativeShortlists*>& parts);
};

class NativeScreener {
 public:
  // Reads and compiles `postings` (files, feeds, folders) with `jobs` threads; `today` is
  // YYYY-MM (std::invalid_argument otherwise), or this month when empty.
  NativeScreener(const NativeEngine& engine, const std::vector<std::string>& postings, std::size_t top,
                 bool must_have, const std::string& today, unsigned jobs);

  std::size_t posting_count() const { return postings_.postings.size(); }
  // The postings that could not be read, in input order.
  std::vector<ErrorPair> errors() const { return error_pairs(postings_.issues.errors); }
  // Screens `files`, the first being resume number `first` of the whole input.
  NativeShortlists screen(const std::vector<std::string>& files, std::size_t first) const;
  // Screens uploads (name, bytes), each one resume, numbered from `first`.
  NativeShortlists screen_bytes(const std::vector<std::pair<std::string, std::string>>& uploads,
                                std::size_t first) const;
  // What `skillmatch screen --format json|ndjson` prints for `shortlists`, given the
  // paths the resumes' walk could not list.
  std::string render(const NativeShortlists& shortlists, const std::vector<ErrorPair>& listing,
                     const std::string& format) const;

 private:
  std::shared_ptr<const Engine> engine_;
  PostingSet postings_;
  ScreenOptions options_;
};

}  // namespace skillmatch::python
