// Screening: every resume against every posting, a bounded shortlist per posting. A
// screen splits: screen subsets of the resumes (each with its place in the whole list)
// and merge the parts; the merge is exactly the one screen of them all, since rows are
// totally ordered (higher score first, then input order).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <skillmatch/dates.hpp>
#include <skillmatch/engine.hpp>
#include <skillmatch/posting_scorer.hpp>
#include <skillmatch/scoring.hpp>

namespace skillmatch {

// How a screen ranks.
struct ScreenOptions {
  std::size_t top = 10;    // shortlist size per posting (at least 1)
  bool must_have = false;  // shortlist only resumes that show every required skill
  YearMonth today;         // what "Present" means
  unsigned jobs = 1;       // threads
  // Per posting (empty: none), a score some full shortlist of `top` rows of other resumes
  // already reaches (screen_floors of another part): a resume certainly below it cannot
  // enter the merged shortlist, so it is not scored. Only prunes: merging the part screened
  // with floors gives the same bytes as without.
  std::vector<double> floors;
};

// One resume on one posting's shortlist.
struct ScreenEntry {
  std::size_t order = 0;  // the resume's place in the whole input: the tie-breaker
  std::string resume;     // its name in output
  double score = 0;
  int required_met = 0;
  int required_total = 0;
  MainGap gap;  // the first missing required skills
};

// A screen of some or all resumes against a PostingSet.
struct ScreenResult {
  std::size_t top = 0;                                 // shortlist size it was run with
  std::vector<std::vector<ScreenEntry>> shortlists;    // per posting, best first, at most top
  std::size_t screened = 0;                            // resumes read and scored
  std::size_t documents = 0;                           // documents those resumes held
  std::size_t scored = 0;  // (resume, posting) pairs scored, not pruned: depends on the split and threads
  std::vector<std::pair<std::size_t, Error>> errors;   // resumes that could not be read, by order
  std::vector<std::pair<std::size_t, std::string>> warnings;  // read warnings, by order
};

// Screens resumes `files` (paths, or "-"), the first being resume number `first_order` of
// the whole input, against `postings`; `advanced` (optional) is called once per resume, in
// order, on the calling thread.
ScreenResult screen_files(const Engine& engine, const PostingSet& postings, const std::vector<std::string>& files,
                          std::size_t first_order, const ScreenOptions& options,
                          const std::function<void()>& advanced = {});
// Screens uploads, each one candidate, as screen_files does.
ScreenResult screen_uploads(const Engine& engine, const PostingSet& postings, const std::vector<NamedBytes>& uploads,
                            std::size_t first_order, const ScreenOptions& options);
// Adds `part` (of the same postings and options, other resumes) to `into`: what one
// screen of both parts' resumes gives.
void merge_screens(ScreenResult& into, ScreenResult&& part);
// Per posting, the last row's score of a full shortlist (`top` rows), else -infinity: the
// floors (ScreenOptions::floors) `result` sets for screening other resumes.
std::vector<double> screen_floors(const ScreenResult& result);

// The JSON `skillmatch screen --format json` prints (without the final newline; indented
// by `indent`, or on one line when negative):
// {"skillmatch","resumes_screened","postings":[...],"errors":[...]}, `errors` as given.
std::string screen_json_text(const Engine& engine, const PostingSet& postings, const ScreenResult& result,
                             const std::vector<Error>& errors, int indent = 2);
// One posting's line of `skillmatch screen --format ndjson` (without the newline):
// {"id","title","source","required_skills","shortlist":[{"rank","resume","score","band","required","main_gap"}]}
std::string screen_posting_json_text(const Engine& engine, const AnalyzedPosting& posting,
                                     const std::vector<ScreenEntry>& shortlist);
// Every error a screen met, in the order the CLI lists them: the postings', `listing`
// (paths that could not be listed), then the resumes'.
std::vector<Error> screen_errors(const PostingSet& postings, const std::vector<Error>& listing,
                                 const ScreenResult& result);

}  // namespace skillmatch
