// Evidence, posting requirements and scoring, on the fixture taxonomy so the rules
// pinned here do not move when rules/ is tuned.
#include <gtest/gtest.h>

#include <skillmatch/match_breakdown.hpp>
#include <skillmatch/scoring.hpp>

#include "fixture_taxonomy.hpp"

namespace skillmatch {
namespace {

using namespace fixture_rules;

const std::string kWorker =
    "Summary\nEngineer who likes Docker.\n\nExperience\n"
    "Backend Engineer, Acme (Jan 2018 - Dec 2019)\n"
    "- Built data services in Python and SQL and shipped them with Docker every week.\n"
    "Platform Engineer, Beta (Jul 2019 - Jun 2020)\n"
    "- Ran Kubernetes clusters and wrote Python tooling for deployments across teams.\n"
    "\nSkills\nPython, SQL, Docker, Kubernetes, AWS\n";

TEST(Evidence, StrengthFollowsWhereASkillIsShown) {
  const CandidateProfile p = profile(kWorker + "TensorFlow\n");
  EXPECT_EQ(p.find(id("python"))->strength, Strength::kDemonstrated);
  EXPECT_EQ(p.find(id("aws"))->strength, Strength::kListed);
  EXPECT_EQ(p.find(id("tensorflow"))->strength, Strength::kListed);
  EXPECT_EQ(p.find(id("containerization"))->strength, Strength::kImplied);
  const CandidateProfile summary_only = profile("Summary\nI have worked with Docker at scale for years now.\n");
  EXPECT_EQ(summary_only.find(id("docker"))->strength, Strength::kSummary);
}

TEST(Evidence, MonthsComeFromDatedEntriesWithOverlapsCountedOnce) {
  const CandidateProfile p = profile(kWorker);
  // Python is in both roles: Jan 2018 - Jun 2020 without double counting the overlap.
  EXPECT_EQ(p.find(id("python"))->months, 30);
  EXPECT_EQ(p.find(id("sql"))->months, 24);
  EXPECT_EQ(p.find(id("kubernetes"))->months, 12);
  EXPECT_EQ(p.find(id("kubernetes"))->last_used->to_string(), "2020-06");
  EXPECT_EQ(p.find(id("aws"))->months, 0);  // only listed
  EXPECT_EQ(p.experience_months, 30);
}

TEST(Evidence, PresentMeansTheInjectedToday) {
  const CandidateProfile p = profile("Experience\nEngineer (Nov 2025 - Present)\n- Wrote Python services for the payments team daily.\n");
  EXPECT_EQ(p.find(id("python"))->months, 13);
}

TEST(Evidence, NegatedMentionsAreNotEvidence) {
  const CandidateProfile p = profile("Experience\nNo experience with Kubernetes yet, but I wrote a lot of Python code.\n");
  EXPECT_EQ(p.find(id("kubernetes")), nullptr);
  EXPECT_NE(p.find(id("python")), nullptr);
}

TEST(Evidence, StructuredDatesFromTheParserWin) {
  ExtractedDocument item = extracted("Work\nAcme: built Python services for customers and partners.\n");
  item.document.dated_entries.push_back({"2020-01", "2020-12", 0, item.document.text.size()});
  const CandidateProfile p = build_profile({item}, kToday);
  EXPECT_EQ(p.find(id("python"))->months, 12);
}

TEST(Evidence, APortfolioMergesDocumentsAndKeepsEachSource) {
  ExtractedDocument resume = extracted("Skills\nPython\n");
  ExtractedDocument readme = extracted("Projects\nA recommender trained with scikit-learn and served with Docker on weekends.\n");
  readme.document.source = "project/README.md";
  const CandidateProfile p = build_profile({resume, readme}, kToday);
  ASSERT_EQ(p.sources.size(), 2u);
  EXPECT_EQ(p.find(id("docker"))->mentions.at(0).document, 1u);
  EXPECT_EQ(p.find(id("python"))->mentions.at(0).document, 0u);
}

// A profile keeps what a report quotes, the kEvidenceShown strongest mentions of a skill,
// strongest first and earlier first among equals: a snippet for every mention made a large
// resume's profile several times its size.
TEST(Evidence, AProfileKeepsEachSkillsStrongestMentionsInOrder) {
  std::string text = "Summary\nI have worked with Docker at scale for years now.\n\nSkills\nDocker\n\nExperience\n";
  for (int i = 0; i < 500; ++i) text += "- Shipped service " + std::to_string(i) + " with Docker to production for the team.\n";
  const CandidateProfile many = profile(text);
  const SkillEvidence* docker = many.find(id("docker"));
  ASSERT_NE(docker, nullptr);
  ASSERT_EQ(docker->mentions.size(), kEvidenceShown);
  for (const auto& ref : docker->mentions) EXPECT_EQ(ref.strength, Strength::kDemonstrated);
  EXPECT_EQ(docker->mentions[0].snippet, "Shipped service 0 with Docker to production for the team.");
  EXPECT_EQ(docker->mentions[2].snippet, "Shipped service 2 with Docker to production for the team.");
  EXPECT_EQ(docker->mentions[0].section, "experience");
  // Weaker mentions fill the places stronger ones leave, in the order of their strength.
  const CandidateProfile three = profile("Skills\nDocker\n\nSummary\nI have worked with Docker at scale for years now.\n\n"
                                        "Experience\n- Shipped a service with Docker to production for the team.\n");
  const SkillEvidence* few = three.find(id("docker"));
  ASSERT_EQ(few->mentions.size(), 3u);
  EXPECT_EQ(few->mentions[0].strength, Strength::kDemonstrated);
  EXPECT_EQ(few->mentions[1].strength, Strength::kListed);
  EXPECT_EQ(few->mentions[2].strength, Strength::kSummary);
}

// A candidate read a file at a time (each file's documents built apart, then merged, so a
// file whose extraction fails adds nothing) is the profile of all its documents at once.
TEST(Evidence, ProfilesBuiltApartAndMergedAreTheProfileOfEveryDocument) {
  ExtractedDocument summary = extracted("Summary\nI have worked with Docker at scale for years now.\n");
  summary.document.source = "summary.txt";
  ExtractedDocument worker = extracted(kWorker);
  ExtractedDocument listed = extracted("Skills\nDocker, Python, Terraform\n");
  listed.document.source = "listed.txt";
  listed.document.title = "Listed";
  const CandidateProfile whole = build_profile({summary, worker, listed, worker}, kToday);
  ProfileBuilder first(kToday), second(kToday);
  first.add(summary);
  first.add(worker);
  second.add(listed);
  second.add(worker);
  first.merge(std::move(second));
  const CandidateProfile merged = std::move(first).finish();
  EXPECT_EQ(merged.sources, whole.sources);
  EXPECT_EQ(merged.title, "Listed");
  EXPECT_EQ(merged.experience_months, whole.experience_months);
  ASSERT_EQ(merged.skills.size(), whole.skills.size());
  for (std::size_t i = 0; i < whole.skills.size(); ++i) {
    const SkillEvidence& a = merged.skills[i];
    const SkillEvidence& b = whole.skills[i];
    EXPECT_EQ(a.skill, b.skill);
    EXPECT_EQ(a.strength, b.strength);
    EXPECT_EQ(a.months, b.months);
    EXPECT_EQ(a.last_used, b.last_used);
    EXPECT_EQ(a.implied_by, b.implied_by);
    ASSERT_EQ(a.mentions.size(), b.mentions.size());
    for (std::size_t m = 0; m < a.mentions.size(); ++m) {
      EXPECT_EQ(a.mentions[m].document, b.mentions[m].document);
      EXPECT_EQ(a.mentions[m].offset, b.mentions[m].offset);
      EXPECT_EQ(a.mentions[m].snippet, b.mentions[m].snippet);
    }
  }
  EXPECT_EQ(merged.find(id("docker"))->mentions.size(), kEvidenceShown);
}

const std::string kPosting =
    "Senior Engineer\n\nAbout us\nWe build Java tools for the go-to-market team.\n\n"
    "Requirements\n- 5+ years of Python\n- At least 3 years with Kubernetes\n- SQL\n- Experience with AWS is a plus\n\n"
    "Nice to have\n- Docker\n- TensorFlow is required for the ML track\n\nBenefits\n- Free PostgreSQL stickers\n";

TEST(PostingAnalysis, LevelsFromSectionsAndCuePhrases) {
  const PostingRequirements r = posting_requirements(kPosting);
  EXPECT_EQ(find(r, "python")->level, RequirementLevel::kRequired);
  EXPECT_EQ(find(r, "sql")->level, RequirementLevel::kRequired);
  EXPECT_EQ(find(r, "aws")->level, RequirementLevel::kPreferred);         // "is a plus" in Requirements
  EXPECT_EQ(find(r, "docker")->level, RequirementLevel::kPreferred);      // Nice to have
  EXPECT_EQ(find(r, "tensorflow")->level, RequirementLevel::kRequired);   // "required" in Nice to have
  EXPECT_EQ(find(r, "java"), nullptr);                                    // company blurb
  EXPECT_EQ(find(r, "postgresql"), nullptr);                              // benefits
  EXPECT_EQ(r.skills.front().level, RequirementLevel::kRequired);         // required first
}

TEST(PostingAnalysis, YearsPerSkillAndOverall) {
  const PostingRequirements r = posting_requirements(kPosting);
  EXPECT_EQ(find(r, "python")->min_years, 5);
  EXPECT_EQ(find(r, "kubernetes")->min_years, 3);
  EXPECT_EQ(find(r, "sql")->min_years, 0);
  const PostingRequirements overall =
      posting_requirements("Requirements\n3-5 years of experience in software.\nStrong Python.\n");
  EXPECT_EQ(overall.overall_min_years, 3);
  EXPECT_EQ(find(overall, "python")->min_years, 0);
}

TEST(PostingAnalysis, AlternativesInOneSentenceAreAnyOf) {
  const PostingRequirements r =
      posting_requirements("Requirements\n- Deep expertise in at least one cloud: AWS, GCP or Amazon Web Services.\n"
                           "- Python and SQL.\n- Kubernetes/Docker experience.\n");
  EXPECT_GE(find(r, "aws")->any_of, 0);
  EXPECT_EQ(find(r, "aws")->any_of, find(r, "gcp")->any_of);
  EXPECT_EQ(find(r, "python")->any_of, -1);  // "and" joins requirements, it does not offer a choice
  EXPECT_EQ(find(r, "sql")->any_of, -1);
  EXPECT_GE(find(r, "docker")->any_of, 0);   // a slash offers a choice
  EXPECT_EQ(find(r, "docker")->any_of, find(r, "kubernetes")->any_of);
  EXPECT_NE(find(r, "docker")->any_of, find(r, "aws")->any_of);
}

// Bug fix: "Kubernetes is not required" in a posting made Kubernetes a requirement (the
// "not" cue looked only forward); a "not asked" trigger now negates the mention before it,
// so it is neither required nor missing, while "is a plus" still makes a skill preferred.
TEST(Scoring, ASkillThePostingSaysIsNotRequiredIsNotAsked) {
  const PostingRequirements r =
      posting_requirements("Requirements\n- Python.\n- Kubernetes is not required.\n- Docker is a plus.\n");
  EXPECT_EQ(find(r, "kubernetes"), nullptr);
  ASSERT_NE(find(r, "python"), nullptr);
  EXPECT_EQ(find(r, "python")->level, RequirementLevel::kRequired);
  ASSERT_NE(find(r, "docker"), nullptr);
  EXPECT_EQ(find(r, "docker")->level, RequirementLevel::kPreferred);
  const MatchResult result = score_against_posting(
      profile("Experience\nWrote Python tooling for ten product teams over three years.\n"), r, fixture().taxonomy);
  EXPECT_EQ(result.required_total, 1);
  EXPECT_EQ(result.required_met, 1);
  for (const auto& v : result.verdicts) EXPECT_NE(v.skill, id("kubernetes"));
}

TEST(Scoring, OneAlternativeMeetsAnAnyOfRequirement) {
  const PostingRequirements r = posting_requirements("Requirements\n- AWS or Google Cloud.\n- Python.\n");
  const MatchResult result = score_against_posting(
      profile("Experience\nRan AWS accounts and wrote Python tooling for ten product teams.\n"), r, fixture().taxonomy);
  EXPECT_EQ(result.required_total, 2);  // the cloud set counts once
  EXPECT_EQ(result.required_met, 2);
  const MatchResult aws_only = score_against_posting(
      profile("Experience\nRan AWS accounts and wrote Python tooling for ten product teams.\n"),
      posting_requirements("Requirements\n- AWS.\n- Python.\n"), fixture().taxonomy);
  EXPECT_DOUBLE_EQ(result.score, aws_only.score);
  for (const auto& v : result.verdicts) EXPECT_GT(v.credit, 0.0) << "an unshown alternative is not missing";
}

TEST(Scoring, MissingAndShortYearsLowerThePostingScoreAndExplainIt) {
  const PostingRequirements r = posting_requirements(kPosting);
  const MatchResult result = score_against_posting(profile(kWorker), r, fixture().taxonomy);
  EXPECT_GT(result.score, 20.0);  // the work ended six years before kToday: it counts less
  EXPECT_LT(result.score, 90.0);
  const auto verdict = [&](const std::string& skill) {
    for (const auto& v : result.verdicts) {
      if (v.skill == id(skill)) return v;
    }
    return SkillVerdict{};
  };
  EXPECT_TRUE(verdict("python").years_short);   // 30 months of 60 asked
  EXPECT_EQ(verdict("python").months, 30);
  EXPECT_FALSE(verdict("kubernetes").years_short == false && verdict("kubernetes").months >= 36);
  EXPECT_EQ(verdict("tensorflow").credit, 0.0);
  bool mentions_tensorflow = false;
  for (const auto& s : result.suggestions) mentions_tensorflow = mentions_tensorflow || s.find("TensorFlow") != std::string::npos;
  EXPECT_TRUE(mentions_tensorflow);
}

TEST(Scoring, KeywordStuffingDoesNotOutrankRealWork) {
  const PostingRequirements r = posting_requirements(kPosting);
  const std::string stuffed = "Skills\nPython, SQL, Kubernetes, Docker, TensorFlow, AWS, Java, Go, Rust, C++, Spark\n";
  const std::string worker =
      "Experience\nEngineer (Jan 2015 - Dec 2021)\n"
      "- Built Python services on Kubernetes and tuned SQL queries for the billing team.\n";
  const double stuffed_score = score_against_posting(profile(stuffed), r, fixture().taxonomy).score;
  const double worker_score = score_against_posting(profile(worker), r, fixture().taxonomy).score;
  EXPECT_GT(worker_score, stuffed_score) << "worker " << worker_score << " vs stuffed " << stuffed_score;
}

Role role_with(std::vector<RequirementGroup> groups) {
  Role role;
  role.id = "test-role";
  role.name = "Test Role";
  role.groups = std::move(groups);
  return role;
}

TEST(Scoring, AnyOfGroupIsSatisfiedByItsBestMembers) {
  RequirementGroup cloud{"Cloud", RequirementLevel::kRequired, GroupMode::kAnyOf, 1, 1.0, {"aws", "gcp"}, ""};
  const MatchResult one = score_against_role(profile("Experience\nRan AWS accounts for ten product teams over three years.\n"),
                                             role_with({cloud}), fixture().taxonomy);
  EXPECT_EQ(one.groups.at(0).score, one.groups.at(0).members.at(0).credit);  // the best member is enough
  EXPECT_EQ(one.required_total, 1);  // GCP is an alternative, not a gap
  cloud.min = 2;
  const MatchResult two = score_against_role(profile("Experience\nRan AWS accounts for ten product teams over three years.\n"),
                                             role_with({cloud}), fixture().taxonomy);
  EXPECT_NEAR(two.score, one.score / 2, 0.05);
}

TEST(Scoring, AllOfGroupIsTheShareShownAndRequiredWeighsMore) {
  const RequirementGroup required{"Core", RequirementLevel::kRequired, GroupMode::kAllOf, 1, 1.0, {"python", "sql"}, ""};
  const RequirementGroup preferred{"Extra", RequirementLevel::kPreferred, GroupMode::kAllOf, 1, 1.0, {"docker"}, ""};
  const std::string text = "Experience\nWrote Python jobs for the analytics platform every day for years.\n";
  const MatchResult result = score_against_role(profile(text), role_with({required, preferred}), fixture().taxonomy);
  const MatchResult core_only = score_against_role(profile(text), role_with({required}), fixture().taxonomy);
  // required: half shown at weight 2; preferred: nothing at weight 1 -> two thirds of the core alone.
  EXPECT_NEAR(result.score, core_only.score * 2 / 3, 0.1);
  EXPECT_EQ(result.groups.size(), 2u);
}

TEST(Scoring, ImpliedSkillsEarnPartialCredit) {
  const RequirementGroup group{"Containers", RequirementLevel::kRequired, GroupMode::kAllOf, 1, 1.0, {"containerization"}, ""};
  const std::string text = "Experience\nShipped every service with Docker images to production.\n";
  const MatchResult result = score_against_role(profile(text), role_with({group}), fixture().taxonomy);
  const RequirementGroup docker{"Docker", RequirementLevel::kRequired, GroupMode::kAllOf, 1, 1.0, {"docker"}, ""};
  const MatchResult shown = score_against_role(profile(text), role_with({docker}), fixture().taxonomy);
  // Implied by Docker shown in a job: a share of what Docker itself earns.
  const ShownSkill docker_at_work{Strength::kDemonstrated, true, 0, -1};
  const double ratio = implied_requirement_credit(docker_at_work, 0, 0.0) / requirement_credit(docker_at_work, 0, 0.0);
  EXPECT_LT(ratio, 1.0);
  EXPECT_GT(result.score, 0.0);
  EXPECT_NEAR(result.score, shown.score * ratio, 0.1);
}

// Issue 18: a requirement's level comes from its clause, not its whole sentence.
TEST(PostingAnalysis, ACueDecidesItsClauseOnly) {
  const PostingRequirements r = posting_requirements("Requirements\n- Strong SQL and Python; Java or Go for Spark is a plus.\n");
  ASSERT_NE(find(r, "sql"), nullptr);
  EXPECT_EQ(find(r, "sql")->level, RequirementLevel::kRequired);
  EXPECT_EQ(find(r, "python")->level, RequirementLevel::kRequired);
  EXPECT_EQ(find(r, "java")->level, RequirementLevel::kPreferred);
  EXPECT_EQ(find(r, "apache-spark")->level, RequirementLevel::kPreferred);
}

TEST(PostingAnalysis, YearsOfExperienceAreTheOverallAsk) {
  const PostingRequirements r =
      posting_requirements("Requirements\n- 5+ years of professional experience building Python services.\n- Docker.\n");
  EXPECT_EQ(r.overall_min_years, 5);
  ASSERT_NE(find(r, "python"), nullptr);
  EXPECT_EQ(find(r, "python")->min_years, 0);
}

TEST(PostingAnalysis, SkillsInParenthesesAreExamplesOfTheSkillBefore) {
  const PostingRequirements r = posting_requirements("Requirements\n- Apache Spark (PySpark or Java) on large datasets.\n- SQL.\n");
  ASSERT_NE(find(r, "apache-spark"), nullptr);
  EXPECT_GE(find(r, "apache-spark")->any_of, 0);
  EXPECT_EQ(find(r, "pyspark")->any_of, find(r, "apache-spark")->any_of);
  EXPECT_EQ(find(r, "java")->any_of, find(r, "apache-spark")->any_of);
  EXPECT_EQ(find(r, "sql")->any_of, -1);
}

TEST(Evidence, AWorkSectionWithEntriesButNoReadableDateIsFlagged) {
  const std::string undated =
      "Experience\nData Engineer, Acme\n- Built Python services and SQL reports for the finance team.\n"
      "Analyst, Beta\n- Wrote SQL reports for the sales team and the managers every week.\n";
  const CandidateProfile p = profile(undated);
  EXPECT_TRUE(p.undated_work);
  EXPECT_EQ(p.experience_months, 0);
  const MatchResult result = score_against_posting(p, posting_requirements("Requirements\n- 3+ years of experience.\n- Python.\n"),
                                                   fixture().taxonomy);
  ASSERT_FALSE(result.suggestions.empty());
  EXPECT_NE(result.suggestions.front().find("no date could be read"), std::string::npos) << result.suggestions.front();
  EXPECT_FALSE(profile(kWorker).undated_work);
}

TEST(Evidence, PositionsKeepTheirHeadingDatesAndSkills) {
  const CandidateProfile p = profile(kWorker);
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[0].heading, "Backend Engineer, Acme");
  EXPECT_EQ(p.positions[0].start.to_string(), "2018-01");
  EXPECT_EQ(p.positions[1].finish.to_string(), "2020-06");
  EXPECT_NE(std::find(p.positions[1].skills.begin(), p.positions[1].skills.end(), id("kubernetes")), p.positions[1].skills.end());
  EXPECT_TRUE(p.find(id("python"))->at_work);
  EXPECT_FALSE(p.find(id("aws"))->at_work);
}

TEST(Evidence, AProjectShowsUseButIsNoJob) {
  const CandidateProfile p = profile("Projects\nCapstone (Jan 2025 - Jun 2025)\n- Built a Python pipeline that loads SQL tables every night.\n");
  EXPECT_EQ(p.find(id("python"))->strength, Strength::kDemonstrated);
  EXPECT_FALSE(p.find(id("python"))->at_work);
  EXPECT_EQ(p.experience_months, 0);
  ASSERT_EQ(p.positions.size(), 1u);
  EXPECT_TRUE(p.positions[0].project);
}

// Issue 18: years a posting asks count only the jobs relevant to it, and the explanation
// names them; a supervisor's retail years do not make a data engineer.
TEST(Scoring, OnlyRelevantJobsCountTowardTheYearsAsked) {
  const std::string resume =
      "Experience\nStore Supervisor, ValueMart (Jan 2012 - Dec 2021)\n- Supervised fourteen associates and scheduled weekly shifts.\n"
      "Data Engineer, Acme (Jan 2022 - Dec 2023)\n- Built Python services and SQL reports for the finance team.\n";
  PostingRequirements r = posting_requirements("Data Engineer\n\nRequirements\n- 5+ years of experience.\n- Python.\n- SQL.\n");
  r.title = "Data Engineer";
  const MatchResult result = score_against_posting(profile(resume), r, fixture().taxonomy);
  EXPECT_EQ(result.experience_months, 144);
  EXPECT_EQ(result.relevant_months, 24);
  ASSERT_EQ(result.relevant_positions.size(), 1u);
  EXPECT_EQ(profile(resume).positions.at(result.relevant_positions[0]).heading, "Data Engineer, Acme");
}

TEST(Scoring, TheTitleIsAShownComponent) {
  const std::string work = "Experience\nEngineer, Acme (Jan 2020 - Oct 2026)\n- Built Python services and SQL reports for the finance team.\n";
  PostingRequirements r = posting_requirements("Data Engineer\n\nRequirements\n- Python.\n- SQL.\n");
  r.title = "Data Engineer";  // as the parsers set it: the first line
  const MatchResult titled = score_against_posting(profile("Jane Doe\nData Engineer\n\n" + work), r, fixture().taxonomy);
  const MatchResult untitled = score_against_posting(profile("Jane Doe\nStore Supervisor\n\n" + work), r, fixture().taxonomy);
  EXPECT_EQ(titled.title.matched, "Data Engineer");
  EXPECT_DOUBLE_EQ(titled.title.score, 1.0);
  EXPECT_EQ(untitled.title.score, 0.5);  // "Engineer, Acme": half the posting's title words
  EXPECT_GT(titled.score, untitled.score);
}

// Issue 18: the scale. Every required skill shown in recent dated work with the years asked
// is a strong fit (at least 85); listing everything without evidence scores well below
// showing most of it.
TEST(Scoring, TheScaleIsCalibrated) {
  const PostingRequirements r = posting_requirements(
      "Data Engineer\n\nRequirements\n- 3+ years of experience.\n- Python.\n- SQL.\n- Docker.\n- Kubernetes.\n");
  const std::string shows_all =
      "Experience\nPlatform Engineer, Acme (Jan 2021 - Oct 2026)\n"
      "- Built Python services and SQL reports, shipped with Docker to Kubernetes every week.\n";
  const std::string shows_most =
      "Experience\nPlatform Engineer, Acme (Jan 2021 - Oct 2026)\n"
      "- Built Python services and SQL reports for the finance team every week.\n- Shipped them with Docker images.\n";
  const std::string lists_all =
      "Experience\nStore Supervisor, ValueMart (Jan 2015 - Oct 2026)\n- Supervised fourteen associates and scheduled shifts.\n"
      "\nSkills\nPython, SQL, Docker, Kubernetes\n";
  const double all = score_against_posting(profile(shows_all), r, fixture().taxonomy).score;
  const double most = score_against_posting(profile(shows_most), r, fixture().taxonomy).score;
  const double listed = score_against_posting(profile(lists_all), r, fixture().taxonomy).score;
  EXPECT_GE(all, 85.0);
  EXPECT_EQ(score_band(all), "strong");
  EXPECT_GT(most, listed + 30) << "most " << most << " vs listed " << listed;
  EXPECT_EQ(score_band(listed), "weak");
}

// A skill asked for, shown only through one that implies it (PySpark for Python), earns
// part of that skill's credit; shown in its own right, it is never "only implied".
TEST(Scoring, ASkillImpliedByOneShownAtWorkEarnsPartOfItsCredit) {
  PostingRequirements r = posting_requirements("Requirements\n- 4+ years of Python.\n");
  const std::string implied_only =
      "Experience\nData Engineer, Acme (Jan 2019 - Oct 2026)\n- Wrote PySpark jobs that reconcile payments every night.\n";
  const MatchResult via = score_against_posting(profile(implied_only), r, fixture().taxonomy);
  ASSERT_EQ(via.verdicts.size(), 1u);
  EXPECT_NE(via.verdicts[0].via, nullptr);
  EXPECT_GT(via.verdicts[0].credit, 0.5);
  EXPECT_LT(via.verdicts[0].credit, 1.0);
  EXPECT_NE(via.suggestions.at(0).find("only through PySpark"), std::string::npos) << via.suggestions.at(0);
  const std::string both =
      "Experience\nData Engineer, Acme (Jan 2019 - Oct 2026)\n- Wrote PySpark jobs that reconcile payments every night.\n"
      "Analyst, Beta (Jan 2025 - Oct 2026)\n- Wrote Python scripts that check the ledgers every morning.\n";
  const MatchResult shown = score_against_posting(profile(both), r, fixture().taxonomy);
  for (const auto& suggestion : shown.suggestions) EXPECT_EQ(suggestion.find("PySpark"), std::string::npos) << suggestion;
}

// Issue 18: a soft skill a posting asks for ("written communication") weighs half a hard one
// in its level's mean: a resume shows it in how it is written more than by naming it.
TEST(Scoring, ASoftSkillAskWeighsHalfAHardOne) {
  Taxonomy taxonomy;
  taxonomy.skills.resize(2);
  taxonomy.skills[0].kind = "soft-skill";
  taxonomy.skills[1].kind = "tool";
  EXPECT_EQ(unit_weight(taxonomy, {0}), 0.5);
  EXPECT_EQ(unit_weight(taxonomy, {1}), 1.0);
  EXPECT_EQ(unit_weight(taxonomy, {0, 1}), 1.0);  // alternatives with a hard skill among them
  PostingTally soft_missing, hard_missing;
  soft_missing.add(RequirementLevel::kRequired, 1.0, 1.0);
  soft_missing.add(RequirementLevel::kRequired, 0.0, unit_weight(taxonomy, {0}));
  hard_missing.add(RequirementLevel::kRequired, 1.0, 1.0);
  hard_missing.add(RequirementLevel::kRequired, 0.0, unit_weight(taxonomy, {1}));
  EXPECT_EQ(soft_missing.required_total, 2);
  EXPECT_GT(soft_missing.score({}), hard_missing.score({}));
  // A mean of 1 / 1.5; with nothing preferred and no title, the required and preferred shares (0.95).
  EXPECT_NEAR(soft_missing.fraction({}), 0.95 * coverage(2.0 / 3.0), 1e-9);
}

// Issue 18: the scale's curve keeps every order and reads most of a posting shown as strong.
TEST(Scoring, TheCurveRisesFromZeroToOneAndFavoursMostOverLittle) {
  EXPECT_EQ(coverage(0.0), 0.0);
  EXPECT_EQ(coverage(1.0), 1.0);
  EXPECT_EQ(coverage(1.5), 1.0);
  for (double c = 0.0; c < 1.0; c += 0.05) EXPECT_LT(coverage(c), coverage(c + 0.05)) << c;
  EXPECT_GT(coverage(0.6), 0.8);
  EXPECT_LT(coverage(0.2), 0.4);
}

// A skill reached only through one that implies it is not named by the resume: the
// suggestion said "your resume names it" for Containerization implied by Docker.
TEST(Scoring, ASkillOnlyImpliedIsNotCalledNamed) {
  const PostingRequirements r = posting_requirements("Requirements\n- Containerization.\n");
  // The result points into the profile's evidence, so the profile outlives it.
  const CandidateProfile candidate = profile("Experience\nShipped every service with Docker images to production.\n");
  const MatchResult result = score_against_posting(candidate, r, fixture().taxonomy);
  ASSERT_FALSE(result.suggestions.empty());
  EXPECT_NE(result.suggestions[0].find("shows it only through Docker"), std::string::npos) << result.suggestions[0];
  const MatchBreakdown breakdown = match_breakdown(result, fixture().taxonomy);
  ASSERT_EQ(breakdown.hard.size(), 1u);
  EXPECT_EQ(breakdown.hard[0].posting_mentions, 1);
  EXPECT_EQ(breakdown.hard[0].resume_mentions, 0);
  EXPECT_TRUE(breakdown.hard[0].met);
  EXPECT_EQ(breakdown.to_add, std::vector<std::size_t>{id("containerization")});
}

}  // namespace
}  // namespace skillmatch
