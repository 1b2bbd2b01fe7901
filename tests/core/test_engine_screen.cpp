// The engine's screen splits: screening parts of the resumes (each with its place in the
// whole list), with or without the floors other parts set, and merging the parts gives,
// byte for byte, the JSON of one screen.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <skillmatch/screen.hpp>

namespace {

namespace fs = std::filesystem;
using skillmatch::Engine;
using skillmatch::ScreenOptions;
using skillmatch::ScreenResult;

const fs::path kSource = SKILLMATCH_SOURCE_DIR;

class EngineScreen : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    skillmatch::EngineOptions options;
    options.plugin_dirs = {fs::path(SKILLMATCH_BINARY_DIR) / "skillmatch-plugins"};
    options.default_rules_dir = kSource / "rules";
    options.isolation.in_process = true;
    auto load = Engine::load(options);
    ASSERT_TRUE(load.engine);
    engine_ = load.engine.release();
    postings_ = new skillmatch::PostingSet(engine_->read_postings({(kSource / "samples/postings").string()}));
    // Every sample that holds a resume, and a path that is not there: an error to merge too.
    resumes_ = engine_->list_inputs({(kSource / "samples/resumes").string(), (kSource / "samples/documents").string(),
                                     (kSource / "samples/markup").string()})
                   .files;
    resumes_.insert(resumes_.begin() + 5, (kSource / "samples/missing.txt").string());
  }
  static void TearDownTestSuite() {
    delete postings_;
    delete engine_;
  }

  static std::string json(const ScreenResult& result) {
    return skillmatch::screen_json_text(*engine_, *postings_, result, skillmatch::screen_errors(*postings_, {}, result));
  }
  static ScreenResult part(std::size_t begin, std::size_t end, const ScreenOptions& options) {
    const std::vector<std::string> files(resumes_.begin() + begin, resumes_.begin() + end);
    return skillmatch::screen_files(*engine_, *postings_, files, begin, options);
  }

  // Copy `which` (0 or 1) of the resumes as uploads named copyN/FILE, numbered after copy
  // 0 in a list holding both copies: every resume ties its twin, under another name.
  static ScreenResult copy(int which, const ScreenOptions& options) {
    std::vector<skillmatch::NamedBytes> uploads;
    for (const std::string& file : resumes_) {
      std::ifstream in(file, std::ios::binary);  // the missing one: no bytes, an error
      uploads.push_back({"copy" + std::to_string(which) + "/" + fs::path(file).filename().string(),
                         std::string(std::istreambuf_iterator<char>(in), {})});
    }
    return skillmatch::screen_uploads(*engine_, *postings_, uploads, which * resumes_.size(), options);
  }
  static ScreenOptions screen_options(unsigned jobs, std::vector<double> floors = {}) {
    ScreenOptions options;
    options.top = 1;  // the floor is the best twin's score, which the other copy's best ties
    options.today = skillmatch::YearMonth{2026, 12};
    options.jobs = jobs;
    options.floors = std::move(floors);
    return options;
  }
  // Copy 1 screened with copy 0's floors, or copy 0 with copy 1's, merged with the other.
  static void expect_whole_screen(int first, unsigned jobs) {
    const ScreenResult whole = [&] {
      ScreenResult both = copy(0, screen_options(1));
      skillmatch::merge_screens(both, copy(1, screen_options(1)));
      return both;
    }();
    ScreenResult known = copy(first, screen_options(1));
    const std::vector<double> floors = skillmatch::screen_floors(known);
    const ScreenResult pruned = copy(1 - first, screen_options(jobs, floors));
    EXPECT_LT(pruned.scored, copy(1 - first, screen_options(jobs)).scored);
    skillmatch::merge_screens(known, ScreenResult(pruned));
    EXPECT_EQ(json(known), json(whole));
    // Ties at the floor: the pruned part's rows that score exactly the floor are kept.
    std::size_t at_floor = 0;
    for (std::size_t p = 0; p < floors.size(); ++p) {
      for (const auto& entry : pruned.shortlists[p]) at_floor += entry.score == floors[p] ? 1 : 0;
    }
    EXPECT_GT(at_floor, 0u);
  }

  static const Engine* engine_;
  static const skillmatch::PostingSet* postings_;
  static std::vector<std::string> resumes_;
};
const Engine* EngineScreen::engine_ = nullptr;
const skillmatch::PostingSet* EngineScreen::postings_ = nullptr;
std::vector<std::string> EngineScreen::resumes_;

TEST_F(EngineScreen, PartsMergedInAnyOrderAreTheWholeScreen) {
  ASSERT_GE(resumes_.size(), 12u);
  ASSERT_GE(postings_->postings.size(), 5u);
  const ScreenOptions options{3, false, skillmatch::YearMonth{2026, 12}, 1, {}};
  const ScreenResult whole = part(0, resumes_.size(), options);
  // The missing file and the samples that hold no text (a locked PDF, a scan) fail.
  EXPECT_GE(whole.errors.size(), 1u);
  EXPECT_EQ(whole.screened + whole.errors.size(), resumes_.size());
  const std::size_t third = resumes_.size() / 3;
  ScreenResult forward = part(0, third, options);
  skillmatch::merge_screens(forward, part(third, 2 * third, options));
  skillmatch::merge_screens(forward, part(2 * third, resumes_.size(), options));
  EXPECT_EQ(json(forward), json(whole));
  ScreenResult backward = part(2 * third, resumes_.size(), options);
  skillmatch::merge_screens(backward, part(0, third, options));
  skillmatch::merge_screens(backward, part(third, 2 * third, options));
  EXPECT_EQ(json(backward), json(whole));
  // A merge into an empty result is the part itself.
  ScreenResult empty;
  skillmatch::merge_screens(empty, part(0, resumes_.size(), options));
  EXPECT_EQ(json(empty), json(whole));
}

// Ties (equal scores) are broken by the resume's place in the whole input, so a part that
// comes later never displaces an earlier resume of the same score; two threads agree too.
TEST_F(EngineScreen, TiesAndThreadsDoNotChangeTheShortlist) {
  const ScreenOptions one_thread{2, false, skillmatch::YearMonth{2026, 12}, 1, {}};
  const ScreenOptions two_threads{2, false, skillmatch::YearMonth{2026, 12}, 2, {}};
  std::vector<std::string> twice = resumes_;
  twice.insert(twice.end(), resumes_.begin(), resumes_.end());
  const ScreenResult whole = skillmatch::screen_files(*engine_, *postings_, twice, 0, one_thread);
  ASSERT_EQ(whole.shortlists.size(), postings_->postings.size());
  EXPECT_EQ(json(skillmatch::screen_files(*engine_, *postings_, twice, 0, two_threads)), json(whole));
  const std::vector<std::string> first(twice.begin(), twice.begin() + resumes_.size());
  const std::vector<std::string> second(twice.begin() + resumes_.size(), twice.end());
  ScreenResult merged = skillmatch::screen_files(*engine_, *postings_, second, resumes_.size(), one_thread);
  skillmatch::merge_screens(merged, skillmatch::screen_files(*engine_, *postings_, first, 0, one_thread));
  EXPECT_EQ(json(merged), json(whole));
  // Each resume is there twice with the same score: the earlier copy ranks first.
  for (const auto& shortlist : whole.shortlists) {
    ASSERT_EQ(shortlist.size(), 2u);
    EXPECT_TRUE(shortlist[0].score > shortlist[1].score ||
                (shortlist[0].score == shortlist[1].score && shortlist[0].order < shortlist[1].order));
  }
}

// Floors (ScreenOptions::floors): a part screened with the floors another part's full
// shortlists set, merged with that part, gives the one screen of both, and scores fewer pairs.
TEST_F(EngineScreen, LaterPartWithEarlierFloorsMergesIntoTheWholeScreen) {
  ASSERT_GE(resumes_.size(), 6u);
  ASSERT_GE(postings_->postings.size(), 5u);
  expect_whole_screen(0, 1);
  expect_whole_screen(0, 2);
}

// The earlier copy, screened with the later copy's floors, ties them: its rows win by input
// order, so pruning a row equal to the floor would lose them.
TEST_F(EngineScreen, EarlierPartWithLaterFloorsKeepsItsTies) {
  expect_whole_screen(1, 1);
  expect_whole_screen(1, 2);
}

TEST_F(EngineScreen, OnlyFullShortlistsSetAFloor) {
  ScreenOptions wide = screen_options(1);
  wide.top = resumes_.size() + 1;
  for (const double floor : skillmatch::screen_floors(copy(0, wide))) EXPECT_TRUE(std::isinf(floor) && floor < 0);
  const ScreenResult full = copy(0, screen_options(1));
  const std::vector<double> floors = skillmatch::screen_floors(full);
  ASSERT_EQ(floors.size(), postings_->postings.size());
  for (std::size_t p = 0; p < floors.size(); ++p) EXPECT_EQ(floors[p], full.shortlists[p].back().score);
}

TEST_F(EngineScreen, FloorsOfAnotherPostingCountOrNaNAreABug) {
  EXPECT_THROW(copy(0, screen_options(1, {1.0})), std::invalid_argument);
  EXPECT_THROW(copy(0, screen_options(1, std::vector<double>(postings_->postings.size(), std::nan("")))),
               std::invalid_argument);
}

}  // namespace
