// extract/sections: what a document's sections change, resolved once per document.
#include <gtest/gtest.h>

#include <skillmatch/extractor.hpp>

#include "extract/sections.hpp"

namespace skillmatch::detail {
namespace {

Document with_sections(DocumentKind kind) {
  Document document;
  document.kind = kind;
  document.text = "About us\nWe ship.\nSkills\nGo, SQL\nBenefits\nGym\n";
  document.sections = {{"company", 0, 18}, {"skills", 18, 15}, {"benefits", 33, 13}};
  return document;
}

TEST(ExtractSections, ASkillsSectionListsSkillsAndAPostingsIgnoredSectionsAreInformational) {
  Taxonomy taxonomy;
  taxonomy.posting_ignored_sections = {"company", "benefits"};
  const SectionRules rules(taxonomy);
  std::vector<SectionRole> roles;
  rules.resolve(with_sections(DocumentKind::kPosting), roles);
  ASSERT_EQ(roles.size(), 3u);
  EXPECT_FALSE(roles[0].lists_skills);
  EXPECT_TRUE(roles[0].informational);
  EXPECT_TRUE(roles[1].lists_skills);
  EXPECT_FALSE(roles[1].informational);
  EXPECT_TRUE(roles[2].informational);
  // A resume's sections ask for nothing either way: none is informational.
  rules.resolve(with_sections(DocumentKind::kResume), roles);
  ASSERT_EQ(roles.size(), 3u);
  EXPECT_TRUE(roles[1].lists_skills);
  EXPECT_FALSE(roles[0].informational || roles[2].informational);
}

TEST(ExtractSections, AnOffsetFallsInTheSectionThatHoldsItOrInNone) {
  const Document document = with_sections(DocumentKind::kResume);
  EXPECT_EQ(section_index(document, document.text.find("SQL")), 1u);
  EXPECT_EQ(section_index(document, document.text.find("Gym")), 2u);
  Document no_sections = document;
  no_sections.sections.clear();
  EXPECT_EQ(section_index(no_sections, 3), Mention::kNoSection);
}

}  // namespace
}  // namespace skillmatch::detail
