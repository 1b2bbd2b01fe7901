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
  // Per posting, the score its full shortlist's last row reaches (-infinity while not full):
  // floors for screening other resumes (NativeScreener::screen).
  std::vector<double> floors() const { return screen_floors(result); }
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
  // Screens `files`, the first being resume number `first` of the whole input; `floors`
  // (empty, or one per posting: other resumes' NativeShortlists::floors, or any lower) only
  // prunes, the shortlists merge into the same screen.
  NativeShortlists screen(const std::vector<std::string>& files, std::size_t first,
                          const std::vector<double>& floors = {}) const;
  // Screens uploads (name, bytes), each one resume, numbered from `first`, as screen does.
  NativeShortlists screen_bytes(const std::vector<std::pair<std::string, std::string>>& uploads, std::size_t first,
                                const std::vector<double>& floors = {}) const;
  // What `skillmatch screen --format json|ndjson` prints for `shortlists`, given the
  // paths the resumes' walk could not list.
  std::string render(const NativeShortlists& shortlists, const std::vector<ErrorPair>& listing,
                     const std::string& format) const;

 private:
  // options_ with `floors` (screen_files checks their count: std::invalid_argument).
  ScreenOptions with_floors(const std::vector<double>& floors) const;

  std::shared_ptr<const Engine> engine_;
  PostingSet postings_;
  ScreenOptions options_;
};

}  // namespace skillmatch::python
