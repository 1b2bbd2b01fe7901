#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include <skillmatch/document_reader.hpp>
#include <skillmatch/extractor.hpp>
#include <skillmatch/posting_zones.hpp>
#include <skillmatch/rules_lint.hpp>
#include <skillmatch/rules_loader.hpp>
#include <skillmatch/sections.hpp>

#include "text_host.hpp"

namespace skillmatch {
namespace {

namespace fs = std::filesystem;

PostingZones small_zones() {
  PostingZones zones;
  zones.add_cue("benefits", "gym", 3);
  zones.add_cue("benefits", "paid time off", 3);
  zones.add_cue("company", "our customers", 2);
  zones.add_cue("job", "you will", 2);
  zones.set_margin(1.5);
  return zones;
}

std::vector<std::string> names(const std::vector<Section>& sections) {
  std::vector<std::string> out;
  for (const auto& s : sections) out.push_back(s.name);
  return out;
}

TEST(PostingZones, AZoneMustBeatTheJobsVoiceByTheMargin) {
  const PostingZones zones = small_zones();
  EXPECT_EQ(zones.zone_of("A subsidised GYM and paid time off."), "benefits");
  EXPECT_EQ(zones.zone_of("Our customers love us."), "company");
  // 3 for the gym against 2 for the job's voice: short of the margin.
  EXPECT_EQ(zones.zone_of("You will build the gym booking app."), "");
  // Whole words only: "gymnastics" is no gym.
  EXPECT_EQ(zones.zone_of("Gymnastics data in Python."), "");
  EXPECT_EQ(PostingZones().zone_of("A gym."), "");
}

TEST(PostingZones, ACueCountsOnceAndALongSentenceIsNotZoned) {
  PostingZones zones = small_zones();
  // The second "gym" adds nothing: 3 against 2 is still short of the margin.
  EXPECT_EQ(zones.zone_of("You will build the gym app for the gym chain."), "");
  zones.set_max_words(6);
  EXPECT_EQ(zones.zone_of("A gym and paid time off."), "benefits");
  EXPECT_EQ(zones.zone_of("A gym and paid time off for all."), "");
}

// The model decides whether a sentence is zoned; the cues only name the zone.
TEST(PostingZones, AModelDecidesAndTheCuesNameTheZone) {
  PostingZones zones = small_zones();
  ZoneModel model;
  model.bias = -1.0;
  model.threshold = 0.0;
  model.words = {{"platform", 1.5}, {"build", -2.0}};
  model.zone_weights = {{"benefits", 1.0}, {"job", -1.0}};
  zones.set_model(std::move(model));
  // -1 + 1.5: zoned with no cue found, in the first zone given.
  EXPECT_EQ(zones.zone_of("Our platform is loved."), "benefits");
  // -1 - 2 + 1.5 ("platform" counts once): not zoned.
  EXPECT_EQ(zones.zone_of("Build the platform, the platform."), "");
  // A cue names the zone: -1 + 1.5 + 3 (benefits' "gym").
  EXPECT_EQ(zones.zone_of("A gym on the platform."), "benefits");
  // -1, company's cue score weighing nothing, and the job's 2 ("you will") times -1: not zoned.
  EXPECT_EQ(zones.zone_of("You will call our customers."), "");
  // The margin no longer decides: 3 for the gym against 2 for the job's voice was short of it.
  EXPECT_EQ(zones.zone_of("You will use the gym platform."), "benefits");
}

TEST(PostingZones, ASentenceIsCutOutOfTheSectionAroundIt) {
  Document posting;
  posting.text = "Requirements\nPython and SQL. There is a gym and paid time off.\nDocker.\n";
  posting.sections = {{"requirements", 0, posting.text.size()}};
  mark_posting_zones(posting, small_zones());
  EXPECT_EQ(names(posting.sections), (std::vector<std::string>{"requirements", "benefits", "requirements"}));
  EXPECT_EQ(section_at(posting.sections, posting.text.find("gym"))->name, "benefits");
  EXPECT_EQ(section_at(posting.sections, posting.text.find("SQL"))->name, "requirements");
  EXPECT_EQ(section_at(posting.sections, posting.text.find("Docker"))->name, "requirements");
  EXPECT_EQ(posting.sections[1].offset, posting.text.find("There"));
  EXPECT_EQ(posting.sections[1].length, std::string("There is a gym and paid time off.").size());
}

TEST(PostingZones, NeighbouringSentencesOfOneZoneMakeOneSectionAndNeedNoHeading) {
  Document posting;
  posting.text = "You will build APIs.\nA gym.\nPaid time off.\nOur customers are banks.\n";
  mark_posting_zones(posting, small_zones());
  ASSERT_EQ(names(posting.sections), (std::vector<std::string>{"benefits", "company"}));
  EXPECT_EQ(posting.sections[0].offset, posting.text.find("A gym"));
  EXPECT_EQ(posting.sections[0].length, std::string("A gym.\nPaid time off.").size());
}

// A line that starts in lower case goes on with the sentence above it, and takes its voice.
TEST(PostingZones, AWrappedLineGoesOnWithTheSentenceAboveIt) {
  PostingZones zones = small_zones();
  zones.add_cue("job", "build the", 3);
  Document posting;
  posting.text = "You will build the\npaid time off tracker.\nA gym.\n";
  mark_posting_zones(posting, zones);
  ASSERT_EQ(names(posting.sections), std::vector<std::string>{"benefits"});
  EXPECT_EQ(posting.sections[0].offset, posting.text.find("A gym"));
}

TEST(PostingZones, ASectionsHeadingIsLeftAlone) {
  Document posting;
  posting.text = "Gym\nA gym and paid time off.\n";
  posting.sections = {{"preferred", 0, posting.text.size()}};
  mark_posting_zones(posting, small_zones());
  EXPECT_EQ(names(posting.sections), (std::vector<std::string>{"preferred", "benefits"}));
  EXPECT_EQ(posting.sections[1].offset, posting.text.find("A gym"));
}

TEST(PostingZones, ASectionAlreadyNamedLikeAZoneIsLeftAlone) {
  Document posting;
  posting.text = "About us\nOur customers have a gym.\n";
  posting.sections = {{"company", 0, posting.text.size()}};
  mark_posting_zones(posting, small_zones());
  ASSERT_EQ(names(posting.sections), std::vector<std::string>{"company"});
  EXPECT_EQ(posting.sections[0].length, posting.text.size());
}

const RulesLoad& built_in() {
  static const RulesLoad rules = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  return rules;
}

// The document `text` reads as (the text plugin, the built-in sections and zones), and whether
// each of its Kubernetes mentions is informational, in text order.
std::pair<Document, std::vector<bool>> kubernetes_mentions(const std::string& text) {
  const auto read = read_bytes("case.txt", text, testing::text_host(), {}, built_in().taxonomy.sections);
  EXPECT_TRUE(read.ok()) << read.error().to_string();
  Document document = read.value().documents.at(0);
  static const auto extractor = Extractor::compile(built_in().taxonomy);
  const auto extraction = extractor.value().extract(document);
  std::vector<bool> informational;
  for (const SkillHit& hit : extraction.value().skills) {
    if (built_in().taxonomy.skills[hit.skill].id != "kubernetes") continue;
    for (const Mention& mention : hit.mentions) informational.push_back(mention.informational);
  }
  return {std::move(document), informational};
}

// Issue 16: the employer's self-description, written inline with no heading, asked for the
// skills it named.
TEST(PostingZones, APostingsSelfDescriptionWithNoHeadingAsksForNothing) {
  const auto [posting, informational] = kubernetes_mentions(
      "Platform Engineer\n"
      "Our platform runs on Kubernetes and serves millions of customers worldwide.\n"
      "You will deploy our services on Kubernetes.\n"
      "Requirements: 3 years of experience with Kubernetes.\n");
  ASSERT_EQ(posting.kind, DocumentKind::kPosting);
  EXPECT_EQ(informational, (std::vector<bool>{true, false, false}));
  const Section* zone = section_at(posting.sections, posting.text.find("Our platform"));
  ASSERT_NE(zone, nullptr);
  EXPECT_EQ(zone->name, "company");
}

TEST(PostingZones, AResumesSentencesAreNotZoned) {
  const auto [resume, informational] = kubernetes_mentions(
      "Ana Lopez\nana@example.com\n\nEXPERIENCE\nSRE, Acme 2019 - Present\n"
      "Our platform runs on Kubernetes and serves millions of customers worldwide.\n\nEDUCATION\nBSc Physics\n");
  ASSERT_EQ(resume.kind, DocumentKind::kResume);
  EXPECT_EQ(informational, std::vector<bool>{false});
  const Section* section = section_at(resume.sections, resume.text.find("Our platform"));
  ASSERT_NE(section, nullptr);
  EXPECT_EQ(section->name, "experience");
}

// tests/data/posting_zones/*.tsv: hand-labelled posting sentences, split in halves.
struct Counts {
  std::size_t zoned_other = 0, other = 0, zoned_requirement = 0, requirement = 0;
};

Counts measure(const std::string& file, const std::string& half, bool show_misses) {
  std::ifstream in(std::string(SKILLMATCH_SOURCE_DIR) + "/tests/data/posting_zones/" + file);
  Counts counts;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || !line.starts_with(half + "\t")) continue;
    const std::size_t label = half.size() + 1;
    const std::size_t source = line.find('\t', label);
    const std::size_t sentence = line.find('\t', source + 1);
    const bool other = line.compare(label, source - label, "other") == 0;
    const std::string_view zone = built_in().taxonomy.sections.zones().zone_of(std::string_view(line).substr(sentence + 1));
    (other ? counts.other : counts.requirement) += 1;
    (other ? counts.zoned_other : counts.zoned_requirement) += !zone.empty();
    if (show_misses && other == zone.empty()) std::cout << "  " << (other ? "missed: " : "zoned " + std::string(zone) + ": ") << line.substr(sentence + 1) << "\n";
  }
  std::cout << file << " " << half << ": " << counts.zoned_other << " of " << counts.other << " other sentences zoned, "
            << counts.zoned_requirement << " of " << counts.requirement << " requirement sentences zoned; accuracy "
            << counts.zoned_other + counts.requirement - counts.zoned_requirement << " of " << counts.other + counts.requirement << "\n";
  return counts;
}

TEST(PostingZones, BuildHalf) {
  for (const char* file : {"sentences.tsv", "fresh12.tsv"}) {
    const Counts counts = measure(file, "build", true);
    ASSERT_GT(counts.other + counts.requirement, 100u);
  }
}

// The figures quoted for the zones: on sentences nobody looked at while training the model.
// Bounds a little outside what was measured when it was trained (sentences.tsv: 117 of 163 other
// sentences zoned, 7 of 158 requirement ones; fresh12.tsv: 63 of 80 and 1 of 81), so that a
// change that loses much of either side fails.
TEST(PostingZones, HeldOutHalf) {
  const Counts counts = measure("sentences.tsv", "heldout", false);
  ASSERT_GT(counts.other + counts.requirement, 100u);
  EXPECT_GE(counts.zoned_other * 100, counts.other * 65);
  EXPECT_LE(counts.zoned_requirement * 100, counts.requirement * 5);
}

TEST(PostingZones, FreshHeldOutHalf) {
  const Counts counts = measure("fresh12.tsv", "heldout", false);
  ASSERT_GT(counts.other + counts.requirement, 100u);
  EXPECT_GE(counts.zoned_other * 100, counts.other * 70);
  EXPECT_LE(counts.zoned_requirement * 100, counts.requirement * 5);
}

fs::path rules_folder(const std::string& name, const std::string& sections, const std::string& extraction) {
  const fs::path root = fs::temp_directory_path() / ("skillmatch-zones-" + name);
  fs::remove_all(root);
  fs::create_directories(root);
  std::ofstream(root / "sections.json") << sections;
  std::ofstream(root / "extraction.json") << extraction;
  return root;
}

TEST(PostingZones, AWeightThatIsNoNumberIsAProblemNamingFileAndLine) {
  const auto load = load_rules({rules_folder("weight", "{\"sections\": {},\n\"zones\": {\"cues\": {\n\"benefits\": {\n\"gym\": \"high\"}}}}",
                                             "{}")});
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_NE(load.problems[0].subject.find("sections.json:4"), std::string::npos) << load.problems[0].to_string();
  EXPECT_EQ(load.problems[0].message, "zones: the weight of 'gym' must be a number");
}

TEST(PostingZones, AModelWithAWeightThatIsNoNumberIsAProblemNamingFileAndLine) {
  const auto load = load_rules({rules_folder("model", "{\"sections\": {},\n\"zones\": {\"cues\": {\"benefits\": {\"gym\": 3}},\n"
                                                      "\"model\": {\"bias\": 0, \"threshold\": 1, \"zone_weights\": {}, \"words\": {\"gym\": \"high\"}}}}",
                                             "{}")});
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_NE(load.problems[0].subject.find("sections.json:3"), std::string::npos) << load.problems[0].to_string();
  EXPECT_NE(load.problems[0].message.find("zones: expected \"model\""), std::string::npos) << load.problems[0].message;
}

TEST(PostingZones, AZoneThatIsNoIgnoredSectionIsLinted) {
  const auto load = load_rules({rules_folder("lint", "{\"sections\": {},\n\"zones\": {\"margin\": 1, \"cues\": {\"perks\": {\"gym\": 3}, \"job\": {\"you will\": 2}}}}",
                                             "{\"posting_ignored_sections\": [\"benefits\"]}")});
  ASSERT_TRUE(load.ok());
  const auto problems = lint_zones(load.taxonomy);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].subject.find("sections.json:2"), std::string::npos) << problems[0].to_string();
  EXPECT_EQ(problems[0].message, "zones: 'perks' is not one of extraction.json's posting_ignored_sections");
}

}  // namespace
}  // namespace skillmatch
