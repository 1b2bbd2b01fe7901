// The engine's screen splits: screening parts of the resumes (each with its place in the
// whole list) and merging the parts gives, byte for byte, the JSON of one screen.
#include <gtest/gtest.h>

#include <filesystem>

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

}  // namespace
