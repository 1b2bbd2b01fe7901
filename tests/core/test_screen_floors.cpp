// Screen floors (ScreenOptions::floors): a part screened with the floors another part's
// full shortlists set, merged with that part, gives byte for byte the one screen of both,
// ties at the floor included, and scores fewer pairs.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <stdexcept>

#include <skillmatch/screen.hpp>

namespace {

namespace fs = std::filesystem;
using skillmatch::Engine;
using skillmatch::ScreenOptions;
using skillmatch::ScreenResult;

const fs::path kSource = SKILLMATCH_SOURCE_DIR;

class ScreenFloors : public testing::Test {
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
    resumes_ = engine_->list_inputs({(kSource / "samples/resumes").string()}).files;
  }
  static void TearDownTestSuite() {
    delete postings_;
    delete engine_;
  }

  static std::string json(const ScreenResult& result) {
    return skillmatch::screen_json_text(*engine_, *postings_, result, skillmatch::screen_errors(*postings_, {}, result));
  }
  // Copy `copy` (0 or 1) of the resumes, numbered after copy 0 in a list holding both
  // copies: every resume of one copy ties its twin in the other.
  static ScreenResult copy(int copy, const ScreenOptions& options) {
    return skillmatch::screen_files(*engine_, *postings_, resumes_, copy * resumes_.size(), options);
  }
  static ScreenOptions options(unsigned jobs, std::vector<double> floors = {}) {
    ScreenOptions options;
    options.top = 2;
    options.today = skillmatch::YearMonth{2026, 12};
    options.jobs = jobs;
    options.floors = std::move(floors);
    return options;
  }
  // Copy 1 screened with copy 0's floors, or copy 0 with copy 1's, merged with the other.
  static void expect_whole_screen(int first, unsigned jobs) {
    const ScreenResult whole = [&] {
      ScreenResult both = copy(0, options(1));
      skillmatch::merge_screens(both, copy(1, options(1)));
      return both;
    }();
    ScreenResult known = copy(first, options(1));
    const std::vector<double> floors = skillmatch::screen_floors(known);
    const ScreenResult pruned = copy(1 - first, options(jobs, floors));
    EXPECT_LT(pruned.scored, copy(1 - first, options(jobs)).scored);
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
const Engine* ScreenFloors::engine_ = nullptr;
const skillmatch::PostingSet* ScreenFloors::postings_ = nullptr;
std::vector<std::string> ScreenFloors::resumes_;

TEST_F(ScreenFloors, LaterPartWithEarlierFloorsMergesIntoTheWholeScreen) {
  ASSERT_GE(resumes_.size(), 6u);
  ASSERT_GE(postings_->postings.size(), 5u);
  expect_whole_screen(0, 1);
  expect_whole_screen(0, 2);
}

// The earlier copy, screened with the later copy's floors, ties them: its rows win by input
// order, so pruning a row equal to the floor would lose them.
TEST_F(ScreenFloors, EarlierPartWithLaterFloorsKeepsItsTies) {
  expect_whole_screen(1, 1);
  expect_whole_screen(1, 2);
}

TEST_F(ScreenFloors, OnlyFullShortlistsSetAFloor) {
  ScreenOptions wide = options(1);
  wide.top = resumes_.size() + 1;
  for (const double floor : skillmatch::screen_floors(copy(0, wide))) EXPECT_TRUE(std::isinf(floor) && floor < 0);
  const ScreenResult full = copy(0, options(1));
  const std::vector<double> floors = skillmatch::screen_floors(full);
  ASSERT_EQ(floors.size(), postings_->postings.size());
  for (std::size_t p = 0; p < floors.size(); ++p) EXPECT_EQ(floors[p], full.shortlists[p].back().score);
}

TEST_F(ScreenFloors, FloorsOfAnotherPostingCountAreABug) {
  EXPECT_THROW(copy(0, options(1, {1.0})), std::invalid_argument);
}

}  // namespace
