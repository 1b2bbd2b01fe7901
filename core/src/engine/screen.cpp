// Screening (skillmatch/screen.hpp): each thread keeps its own shortlists and credits, and
// they merge at the end into the ones one thread would have kept, since rows are totally
// ordered. Memory is bounded by the shortlists, not the resumes.
#include <skillmatch/screen.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>

#include <skillmatch/parallel.hpp>
#include <skillmatch/posting_scorer.hpp>
#include <skillmatch/shortlist.hpp>

namespace skillmatch {
namespace {

// One resume against one posting: small and allocation-free, since a screen makes one
// per pair; names are looked up only for the rows kept.
struct Row {
  std::size_t order = 0;  // the resume's place in the input: its name, and the tie-breaker
  double score = 0;
  int required_met = 0;
  int required_total = 0;
  MainGap gap;
};

// Higher score first, then input order: the same shortlist whatever the thread count.
struct Better {
  bool operator()(const Row& a, const Row& b) const { return a.score != b.score ? a.score > b.score : a.order < b.order; }
  bool operator()(const ScreenEntry& a, const ScreenEntry& b) const {
    return a.score != b.score ? a.score > b.score : a.order < b.order;
  }
};

using Shortlists = std::vector<Shortlist<Row, Better>>;
using CandidateOf = std::function<Result<CandidateProfile>(std::size_t, InputIssues&)>;

// No bar yet: every score reaches it.
constexpr double kNoBar = -std::numeric_limits<double>::infinity();

// What one thread keeps: its shortlists, its credits, and per posting the score a row must
// reach to have a chance: the higher of the posting's floor and its full shortlist's last
// row (a lower bound while neither is known).
//
// Why floors keep the screen exact: a floor is the score of the `top`-th best row among
// resumes already screened elsewhere, so the merged shortlist's last row scores at least the
// floor, and a row scoring below it can never be kept. may_reach keeps every bound at or
// above the bar, so a row tying the floor is still scored and kept here, and the merge then
// breaks the tie by input order exactly as one screen would. A bar only ever rises (the
// local last row replaces it only when higher), so nothing pruned could have been kept.
struct Worker {
  Worker(const CompiledPostings& compiled, std::size_t top, const std::vector<double>& floors)
      : kept(compiled.size(), Shortlist<Row, Better>(top)),
        credits(compiled),
        floors(floors.empty() ? std::vector<double>(compiled.size(), kNoBar) : floors),
        bars(this->floors) {}
  Shortlists kept;
  PostingCredits credits;
  std::vector<double> floors;
  std::vector<double> bars;
  std::vector<std::uint32_t> reachable;
  std::size_t scored = 0;

  void offer(const CandidateProfile& candidate, std::size_t order, bool must_have) {
    credits.load(candidate);
    credits.reachable(bars, reachable);
    scored += reachable.size();
    for (const std::uint32_t p : reachable) {
      const PostingScore score = credits.score(p);
      if (must_have && score.required_met < score.required_total) continue;
      // Below the floor: certainly dropped by the merge, so not worth its main gap.
      if (score.score < floors[p]) continue;
      Row row{order, score.score, score.required_met, score.required_total, {}};
      if (!kept[p].admits(row)) continue;
      row.gap = credits.main_gap(p);
      kept[p].offer(row);
      if (const Row* last = kept[p].last_kept()) bars[p] = std::max(bars[p], last->score);
    }
  }
};

// What reading one resume left to report.
struct Outcome {
  std::optional<Error> error;
  std::vector<std::string> warnings;
  std::size_t documents = 0;
};

// The merged shortlists as entries, each row named.
std::vector<std::vector<ScreenEntry>> entries(const Shortlists& kept, std::size_t first_order,
                                              const std::function<std::string(std::size_t)>& name_of) {
  std::vector<std::vector<ScreenEntry>> out(kept.size());
  for (std::size_t p = 0; p < kept.size(); ++p) {
    for (const Row& row : kept[p].ranked()) {
      out[p].push_back({row.order, name_of(row.order - first_order), row.score, row.required_met,
                        row.required_total, row.gap});
    }
  }
  return out;
}

// Floors that would index past the postings, or a NaN that no bound reaches (it would
// prune every row), are a caller's bug.
void check_floors(const std::vector<double>& floors, std::size_t postings) {
  if (!floors.empty() && floors.size() != postings) {
    throw std::invalid_argument("screen floors: " + std::to_string(floors.size()) + " given for " +
                                std::to_string(postings) + " postings");
  }
  if (std::any_of(floors.begin(), floors.end(), [](double floor) { return std::isnan(floor); })) {
    throw std::invalid_argument("screen floors: NaN is no score");
  }
}

ScreenResult screen_with(const Engine& engine, const PostingSet& postings, std::size_t count, std::size_t first_order,
                         const ScreenOptions& options, const CandidateOf& candidate_of,
                         const std::function<std::string(std::size_t)>& name_of, const std::function<void()>& advanced) {
  const Taxonomy& taxonomy = engine.taxonomy();
  std::vector<const PostingRequirements*> requirements;
  for (const auto& posting : postings.postings) requirements.push_back(&posting.requirements);
  const CompiledPostings compiled(requirements, taxonomy.skills.size(), &taxonomy);
  // Resumes go to threads in chunks: a hand-off per resume would wake the emitting thread
  // a hundred thousand times for a few bytes of news each.
  constexpr std::size_t kChunk = 32;
  const std::size_t chunks = (count + kChunk - 1) / kChunk;
  const unsigned threads = worker_count(chunks, options.jobs);
  check_floors(options.floors, postings.postings.size());
  std::vector<Worker> workers(threads, Worker(compiled, options.top, options.floors));
  ScreenResult result;
  result.top = options.top;
  ordered_parallel_workers(
      chunks, threads,
      [&](unsigned worker, std::size_t chunk) {
        std::vector<Outcome> outcomes;
        for (std::size_t i = chunk * kChunk; i < std::min(count, (chunk + 1) * kChunk); ++i) {
          InputIssues issues;
          auto candidate = candidate_of(i, issues);
          if (candidate) workers[worker].offer(candidate.value(), first_order + i, options.must_have);
          outcomes.push_back({candidate ? std::nullopt : std::optional<Error>(candidate.error()),
                              std::move(issues.warnings), candidate ? candidate.value().sources.size() : 0});
        }
        return outcomes;
      },
      [&](std::size_t chunk, std::vector<Outcome>&& outcomes) {
        for (std::size_t k = 0; k < outcomes.size(); ++k) {
          const std::size_t order = first_order + chunk * kChunk + k;
          if (advanced) advanced();
          for (auto& warning : outcomes[k].warnings) result.warnings.emplace_back(order, std::move(warning));
          if (outcomes[k].error) {
            result.errors.emplace_back(order, std::move(*outcomes[k].error));
          } else {
            ++result.screened;
            result.documents += outcomes[k].documents;
          }
        }
      });
  Shortlists& kept = workers.front().kept;
  for (const Worker& worker : workers) result.scored += worker.scored;
  for (std::size_t w = 1; w < workers.size(); ++w) {
    for (std::size_t p = 0; p < kept.size(); ++p) kept[p].merge(workers[w].kept[p]);
  }
  result.shortlists = entries(kept, first_order, name_of);
  return result;
}

template <class Item>
void merge_ordered(std::vector<std::pair<std::size_t, Item>>& into, std::vector<std::pair<std::size_t, Item>>&& part) {
  std::vector<std::pair<std::size_t, Item>> merged;
  merged.reserve(into.size() + part.size());
  std::merge(std::make_move_iterator(into.begin()), std::make_move_iterator(into.end()),
             std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()), std::back_inserter(merged),
             [](const auto& a, const auto& b) { return a.first < b.first; });
  into = std::move(merged);
}

}  // namespace

ScreenResult screen_files(const Engine& engine, const PostingSet& postings, const std::vector<std::string>& files,
                          std::size_t first_order, const ScreenOptions& options,
                          const std::function<void()>& advanced) {
  return screen_with(
      engine, postings, files.size(), first_order, options,
      [&](std::size_t i, InputIssues& issues) {
        // A resume's own issues (a folder's unreadable file, a feed's bad entry) are not
        // the screen's: only a resume that cannot be read at all is listed.
        return engine.read_candidate(files[i], options.today, issues, EvidenceDetail::kScoreOnly);
      },
      [&](std::size_t i) { return engine.input_name(files[i]); }, advanced);
}

ScreenResult screen_uploads(const Engine& engine, const PostingSet& postings, const std::vector<NamedBytes>& uploads,
                            std::size_t first_order, const ScreenOptions& options) {
  return screen_with(
      engine, postings, uploads.size(), first_order, options,
      [&](std::size_t i, InputIssues& issues) {
        return engine.candidate_from_bytes(uploads[i].name, uploads[i].bytes, options.today, issues,
                                           EvidenceDetail::kScoreOnly);
      },
      [&](std::size_t i) { return uploads[i].name; }, {});
}

void merge_screens(ScreenResult& into, ScreenResult&& part) {
  if (into.shortlists.empty()) into.shortlists.resize(part.shortlists.size());
  into.top = std::max(into.top, part.top);
  for (std::size_t p = 0; p < part.shortlists.size(); ++p) {
    auto& kept = into.shortlists[p];
    auto& more = part.shortlists[p];
    std::vector<ScreenEntry> merged;
    merged.reserve(kept.size() + more.size());
    std::merge(std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()),
               std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()), std::back_inserter(merged),
               Better{});
    if (merged.size() > into.top) merged.resize(into.top);
    kept = std::move(merged);
  }
  into.screened += part.screened;
  into.documents += part.documents;
  into.scored += part.scored;
  merge_ordered(into.errors, std::move(part.errors));
  merge_ordered(into.warnings, std::move(part.warnings));
}

std::vector<double> screen_floors(const ScreenResult& result) {
  std::vector<double> floors(result.shortlists.size(), kNoBar);
  for (std::size_t p = 0; p < floors.size(); ++p) {
    const auto& shortlist = result.shortlists[p];
    if (result.top > 0 && shortlist.size() == result.top) floors[p] = shortlist.back().score;
  }
  return floors;
}

}  // namespace skillmatch
