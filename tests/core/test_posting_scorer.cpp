// The screening scorer against the explained path: the same score, counts and main gap
// for every (resume, posting) pair, on the bundled samples and on fixture cases with
// alternatives, years per skill and overall years.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>

#include <skillmatch/posting_scorer.hpp>
#include <skillmatch/rules_loader.hpp>
#include <skillmatch/scoring.hpp>

namespace skillmatch {
namespace {

namespace fs = std::filesystem;

const YearMonth kToday{2026, 11};

// Rules and their compiled extractor, which points into the rules: kept in place.
struct Rules {
  RulesLoad rules;
  std::optional<Extractor> extractor;
};

const Rules& load(const std::string& folder) {
  static std::map<std::string, std::unique_ptr<Rules>> cache;
  auto& slot = cache[folder];
  if (!slot) {
    slot = std::make_unique<Rules>();
    slot->rules = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/" + folder});
    slot->extractor.emplace(Extractor::compile(slot->rules.taxonomy).value());
  }
  return *slot;
}

ExtractedDocument extracted(const Rules& rules, const std::string& text, DocumentKind kind) {
  Document document;
  document.source = "test.txt";
  document.text = text;
  document.kind = kind;
  document.sections = detect_sections(text, rules.rules.taxonomy.sections);
  auto extraction = rules.extractor->extract(document);
  return {document, std::move(extraction).value()};
}

std::vector<std::string> read_folder(const std::string& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(fs::path(SKILLMATCH_SOURCE_DIR) / folder)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    texts.push_back(text.str());
  }
  return texts;
}

// The main gap as the explanation lists it: the first missing required verdicts.
MainGap gap_of(const MatchResult& result) {
  MainGap gap;
  for (const auto& v : result.verdicts) {
    if (v.level == RequirementLevel::kRequired && v.credit == 0 && !gap.more) gap.add(v.skill);
  }
  return gap;
}

// Scores every resume against every posting both ways; returns how many pairs it checked.
std::size_t expect_same_scores(const Rules& rules, const std::vector<std::string>& resumes,
                               const std::vector<std::string>& postings) {
  const Taxonomy& taxonomy = rules.rules.taxonomy;
  std::vector<PostingRequirements> requirements;
  for (const auto& text : postings) {
    const ExtractedDocument posting = extracted(rules, text, DocumentKind::kPosting);
    requirements.push_back(analyze_posting(posting.document, posting.extraction));
  }
  std::vector<const PostingRequirements*> pointers;
  for (const auto& r : requirements) pointers.push_back(&r);
  const CompiledPostings compiled(pointers, taxonomy.skills.size(), &taxonomy);
  EXPECT_EQ(compiled.size(), postings.size());
  PostingCredits credits(compiled);  // reused across resumes, as a screen does
  std::size_t pairs = 0;
  for (const auto& resume_text : resumes) {
    // As screen and match build them: the lean profile for the scorer, the full one to explain.
    const std::vector<ExtractedDocument> documents = {extracted(rules, resume_text, DocumentKind::kResume)};
    const CandidateProfile profile = build_profile(documents, kToday);
    const CandidateProfile lean = build_profile(documents, kToday, EvidenceDetail::kScoreOnly);
    EXPECT_EQ(lean.experience_months, profile.experience_months);
    EXPECT_EQ(lean.skills.size(), profile.skills.size());
    for (std::size_t k = 0; k < std::min(lean.skills.size(), profile.skills.size()); ++k) {
      EXPECT_EQ(lean.skills[k].skill, profile.skills[k].skill);
      EXPECT_EQ(lean.skills[k].strength, profile.skills[k].strength);
      EXPECT_EQ(lean.skills[k].months, profile.skills[k].months);
      EXPECT_EQ(lean.skills[k].last_used, profile.skills[k].last_used);
      EXPECT_EQ(lean.skills[k].implied_by, profile.skills[k].implied_by);
      EXPECT_TRUE(lean.skills[k].mentions.empty());
    }
    credits.load(lean);
    for (std::size_t p = 0; p < postings.size(); ++p) {
      const MatchResult full = score_against_posting(profile, requirements[p], taxonomy, Explain::kFull);
      const PostingScore fast = credits.score(p);
      const std::string pair = resume_text.substr(0, 40) + " | " + postings[p].substr(0, 40);
      EXPECT_EQ(fast.score, full.score) << pair;
      EXPECT_EQ(fast.required_met, full.required_met) << pair;
      EXPECT_EQ(fast.required_total, full.required_total) << pair;
      EXPECT_TRUE(credits.may_reach(p, fast.score)) << pair;  // the bound never rules out the real score
      const MainGap expected = gap_of(full), actual = credits.main_gap(p);
      EXPECT_EQ(actual.count, expected.count) << pair;
      EXPECT_EQ(actual.skills, expected.skills) << pair;
      EXPECT_EQ(actual.more, expected.more) << pair;
      ++pairs;
    }
  }
  return pairs;
}

TEST(PostingScorer, SameAsTheFullExplanationOnTheSamples) {
  const auto resumes = read_folder("samples/resumes");
  const auto postings = read_folder("samples/postings");
  ASSERT_GE(resumes.size(), 5u);
  ASSERT_GE(postings.size(), 5u);
  EXPECT_EQ(expect_same_scores(load("rules"), resumes, postings), resumes.size() * postings.size());
}

TEST(PostingScorer, SameAsTheFullExplanationWithAlternativesAndYears) {
  const std::vector<std::string> postings = {
      "Requirements\n- 5+ years of Python\n- At least 3 years with Kubernetes\n- SQL\n- Experience with AWS is a plus\n\n"
      "Nice to have\n- Docker\n- TensorFlow is required for the ML track\n",
      "Requirements\n- AWS, GCP or Amazon Web Services.\n- 4+ years of Python and SQL.\n- Kubernetes/Docker experience.\n"
      "- Java or Go is a plus.\n",
      "Requirements\n8+ years of experience in software.\n- Python or SQL.\n- TensorFlow/PyTorch, ideally.\n",
      "Nice to have\n- Docker\n- AWS or GCP\n",
  };
  const std::vector<std::string> resumes = {
      "Summary\nEngineer who likes Docker.\n\nExperience\nBackend Engineer, Acme (Jan 2018 - Dec 2019)\n"
      "- Built data services in Python and SQL and shipped them with Docker every week.\n"
      "Platform Engineer, Beta (Jul 2019 - Jun 2020)\n"
      "- Ran Kubernetes clusters and wrote Python tooling for deployments across teams.\n\nSkills\nPython, SQL, AWS\n",
      "Skills\nPython, SQL, Kubernetes, Docker, TensorFlow, AWS, Java, Go, Rust, C++, Spark\n",
      "Experience\nEngineer (Jan 2010 - Dec 2021)\n- Built Java services on GCP and tuned SQL queries for the billing team.\n",
      "Summary\nI have worked with Docker at scale for years now.\n",
      "Experience\nShipped every service with Docker images to production.\n",
      "Hobbies\nGardening.\n",
  };
  EXPECT_EQ(expect_same_scores(load("tests/data/fixture_rules"), resumes, postings), resumes.size() * postings.size());
}

TEST(PostingScorer, AnEmptyPostingScoresZero) {
  const PostingRequirements empty;
  const CompiledPostings compiled({&empty}, 10);
  PostingCredits credits(compiled);
  CandidateProfile candidate;
  candidate.skills.push_back({3, Strength::kDemonstrated, 24, std::nullopt, {}, {}});
  credits.load(candidate);
  EXPECT_EQ(credits.score(0).score, 0.0);
  EXPECT_EQ(credits.score(0).required_total, 0);
  EXPECT_EQ(credits.main_gap(0).count, 0);
}

TEST(PostingScorer, LoadingACandidateForgetsThePreviousOne) {
  PostingRequirements posting;
  posting.skills.push_back({3, RequirementLevel::kRequired, 2, 1, "", -1});
  posting.skills.push_back({5, RequirementLevel::kPreferred, 0, 1, "", -1});
  const CompiledPostings compiled({&posting}, 8);
  PostingCredits credits(compiled);
  CandidateProfile first, second;
  first.skills.push_back({3, Strength::kDemonstrated, 24, std::nullopt, {}, {}});
  second.skills.push_back({5, Strength::kListed, 0, std::nullopt, {}, {}});
  credits.load(first);
  EXPECT_EQ(credits.score(0).required_met, 1);
  EXPECT_EQ(credits.main_gap(0).count, 0);
  credits.load(second);
  EXPECT_EQ(credits.score(0).required_met, 0);
  EXPECT_EQ(credits.main_gap(0).count, 1);
  EXPECT_EQ(credits.main_gap(0).skills[0], 3u);
  EXPECT_GT(credits.score(0).score, 0.0);  // the preferred skill
}

// Postings of over 64 units, durations of any size and alternatives, on made-up skills.
TEST(PostingScorer, SameAsTheFullExplanationOnLargePostings) {
  Taxonomy taxonomy;
  for (int i = 0; i < 100; ++i) {
    Skill skill;
    skill.id = std::to_string(i);  // ids and names only: no aliases, nothing is extracted
    skill.name = skill.id;
    taxonomy.skills.push_back(std::move(skill));
  }
  taxonomy.reindex();
  std::vector<PostingRequirements> postings(3);
  for (std::size_t skill = 0; skill < 90; ++skill) {
    const auto level = skill % 3 == 0 ? RequirementLevel::kPreferred : RequirementLevel::kRequired;
    const int years = static_cast<int>(skill % 7 == 0 ? 20 + skill % 5 : skill % 4);
    const int any_of = skill % 11 == 0 ? static_cast<int>(skill % 2) : -1;
    postings[0].skills.push_back({skill, level, years, 1, "", any_of});
    if (skill % 2 == 0) postings[1].skills.push_back({skill, level, years, 1, "", -1});
  }
  postings[1].overall_min_years = 12;
  postings[2].skills.push_back({70, RequirementLevel::kRequired, 0, 1, "", -1});
  std::vector<const PostingRequirements*> pointers;
  for (const auto& p : postings) pointers.push_back(&p);
  const CompiledPostings compiled(pointers, taxonomy.skills.size(), &taxonomy);
  PostingCredits credits(compiled);
  for (int candidate_number = 0; candidate_number < 6; ++candidate_number) {
    CandidateProfile candidate;
    candidate.experience_months = 30 * candidate_number;
    for (std::size_t skill = static_cast<std::size_t>(candidate_number); skill < 100; skill += 2 + candidate_number) {
      const auto strength = static_cast<Strength>(1 + (skill + candidate_number) % 4);
      candidate.skills.push_back({skill, strength, static_cast<int>((skill * 7) % 300), std::nullopt, {}, {}});
    }
    credits.load(candidate);
    for (std::size_t p = 0; p < postings.size(); ++p) {
      const MatchResult full = score_against_posting(candidate, postings[p], taxonomy, Explain::kFull);
      EXPECT_EQ(credits.score(p).score, full.score) << candidate_number << " " << p;
      EXPECT_EQ(credits.score(p).required_met, full.required_met) << candidate_number << " " << p;
      EXPECT_TRUE(credits.may_reach(p, full.score)) << candidate_number << " " << p;
      EXPECT_EQ(credits.main_gap(p).skills, gap_of(full).skills) << candidate_number << " " << p;
      EXPECT_EQ(credits.main_gap(p).more, gap_of(full).more) << candidate_number << " " << p;
    }
  }
}

TEST(PostingScorer, MayReachRulesOutWhatTooFewMetUnitsCannotScore) {
  PostingRequirements posting;
  for (std::size_t skill = 0; skill < 10; ++skill) posting.skills.push_back({skill, RequirementLevel::kRequired, 0, 1, "", -1});
  const CompiledPostings compiled({&posting}, 10);
  PostingCredits credits(compiled);
  CandidateProfile candidate;
  candidate.skills.push_back({2, Strength::kDemonstrated, 0, std::nullopt, {}, {}});
  credits.load(candidate);
  // One of ten required, no title: a tenth of the required and preferred shares at its
  // credit, read through the scale's curve.
  const double credit = evidence_credit(shown_of(candidate.skills[0], candidate.as_of), 1.0);
  const double bound = PostingTally::curved_bound(credit * (PostingTally::unit_bound(RequirementLevel::kRequired, 1.0, 10.0, 0.0)) +
                                                  PostingTally::title_bound());
  EXPECT_GT(credits.score(0).score, 0.0);
  EXPECT_TRUE(credits.may_reach(0, credits.score(0).score));
  EXPECT_TRUE(credits.may_reach(0, bound));
  EXPECT_FALSE(credits.may_reach(0, bound + 0.2));
  EXPECT_FALSE(credits.may_reach(0, 50.0));
  std::vector<std::uint32_t> reachable = {7};  // cleared first
  credits.reachable({bound}, reachable);
  EXPECT_EQ(reachable, (std::vector<std::uint32_t>{0}));
  credits.reachable({bound + 0.2}, reachable);
  EXPECT_TRUE(reachable.empty());
}

// Issue 16: what an employer writes about itself, its offer, equal opportunity and how to
// apply asks for nothing. A skill named there, headed or not, is shown by extract with its
// section and is never a requirement, while the posting's requirements still are.
TEST(PostingAnalysis, SectionsThatAskForNothingAddNoRequirement) {
  const Rules& rules = load("rules");
  const Taxonomy& taxonomy = rules.rules.taxonomy;
  const ExtractedDocument posting = extracted(rules,
      "Data Engineer\n\nAcme is a leading provider of Kubernetes hosting for hospitals.\n\n"
      "Requirements\n- 5+ years of Python\n- Experience with Snowflake\n\n"
      "We offer a yearly Tableau course and private health insurance.\n\n"
      "We are an equal opportunity employer, and our Terraform guild welcomes everyone.\n\n"
      "How to apply\nSend a link to your Java projects to jobs@example.com.\n",
      DocumentKind::kPosting);
  std::vector<std::string> shown;
  for (const auto& hit : posting.extraction.skills) {
    for (const auto& m : hit.mentions) {
      shown.push_back(taxonomy.skills[hit.skill].id + " " + std::string(m.section_name(posting.document)) +
                      (m.informational ? " informational" : ""));
    }
  }
  std::sort(shown.begin(), shown.end());
  EXPECT_EQ(shown, (std::vector<std::string>{"java how-to-apply informational", "kubernetes company informational",
                                             "python requirements", "snowflake requirements",
                                             "tableau benefits informational", "terraform equal-opportunity informational"}));

  const PostingRequirements requirements = analyze_posting(posting.document, posting.extraction);
  std::vector<std::string> asked;
  for (const auto& r : requirements.skills) asked.push_back(taxonomy.skills[r.skill].id);
  EXPECT_EQ(asked, (std::vector<std::string>{"python", "snowflake"}));

  // Screening scores against the same requirements: a resume with only the employer's words has
  // none of what is asked.
  const std::vector<ExtractedDocument> resume = {
      extracted(rules, "Skills\nKubernetes, Tableau, Terraform, Java\n", DocumentKind::kResume)};
  const MatchResult result = score_against_posting(build_profile(resume, kToday), requirements, taxonomy);
  EXPECT_EQ(result.required_total, 2);
  EXPECT_EQ(result.required_met, 0);
}

TEST(MainGap, KeepsThreeAndNotesMore) {
  MainGap gap;
  for (std::size_t skill : {7u, 8u, 9u}) gap.add(skill);
  EXPECT_EQ(gap.count, 3);
  EXPECT_FALSE(gap.more);
  gap.add(10);
  EXPECT_EQ(gap.count, 3);
  EXPECT_TRUE(gap.more);
  EXPECT_EQ(gap.skills, (std::array<std::uint32_t, 3>{7, 8, 9}));
}

// Issue 18: duties describe the work; what they name is wanted, and required only where
// the requirements (or a cue) say so.
TEST(PostingAnalysis, DutiesAreWantedNotRequired) {
  const Rules& rules = load("rules");
  const ExtractedDocument posting = extracted(rules,
      "Data Engineer\n\nWhat you'll do\n- Ship our services to Kubernetes every week.\n\nRequirements\n- Python.\n",
      DocumentKind::kPosting);
  const PostingRequirements requirements = analyze_posting(posting.document, posting.extraction);
  const auto level_of = [&](const std::string& id) {
    for (const auto& s : requirements.skills) {
      if (s.skill == *rules.rules.taxonomy.skill_index(id)) return s.level;
    }
    ADD_FAILURE() << id << " not asked";
    return RequirementLevel::kRequired;
  };
  EXPECT_EQ(level_of("kubernetes"), RequirementLevel::kPreferred);
  EXPECT_EQ(level_of("python"), RequirementLevel::kRequired);
}

}  // namespace
}  // namespace skillmatch
