#include <gtest/gtest.h>

#include <skillmatch/sections.hpp>

namespace skillmatch {
namespace {

SectionVocabulary vocabulary() {
  SectionVocabulary v;
  v.add("summary", "summary");
  v.add("experience", "work experience");
  v.add("experience", "experience");
  v.add("education", "education");
  v.add("skills", "technical skills");
  v.add("skills", "skills");
  v.add("projects", "projects");
  v.add("certifications", "certifications");
  v.add("requirements", "requirements");
  v.add("requirements", "minimum qualifications");
  v.add("preferred", "nice to have");
  v.add("benefits", "benefits");
  v.add("responsibilities", "responsibilities");
  return v;
}

std::vector<std::string> names(const std::vector<Section>& sections) {
  std::vector<std::string> out;
  for (const auto& s : sections) out.push_back(s.name);
  return out;
}

TEST(Sections, UpperCaseHeadings) {
  const std::string text = "Ana\n\nSUMMARY\nEngineer.\n\nEXPERIENCE\nAcme\n\nSKILLS\nPython\n";
  const auto sections = detect_sections(text, vocabulary());
  EXPECT_EQ(names(sections), (std::vector<std::string>{"summary", "experience", "skills"}));
  EXPECT_EQ(sections[0].offset, text.find("SUMMARY"));
  EXPECT_EQ(sections[0].offset + sections[0].length, text.find("EXPERIENCE"));
  EXPECT_EQ(sections[2].offset + sections[2].length, text.size());
}

TEST(Sections, TitleCaseWithColons) {
  const auto sections = detect_sections("Work Experience:\nAcme\nEducation:\nMIT\n", vocabulary());
  EXPECT_EQ(names(sections), (std::vector<std::string>{"experience", "education"}));
}

TEST(Sections, UnderlinedHeadings) {
  const std::string text = "Skills\n======\nPython\n\nProjects\n--------\nA bot\n";
  const auto sections = detect_sections(text, vocabulary());
  EXPECT_EQ(names(sections), (std::vector<std::string>{"skills", "projects"}));
  EXPECT_EQ(sections[1].offset, text.find("Projects"));
}

TEST(Sections, NumberedAndMarkdownHeadings) {
  const auto sections = detect_sections("1. Education\nBSc\n2) Certifications\nCKA\n## Skills\nGo\n**Projects**\nx\nIV. Summary\ny\n", vocabulary());
  EXPECT_EQ(names(sections), (std::vector<std::string>{"education", "certifications", "skills", "projects", "summary"}));
}

TEST(Sections, InlineHeadingWithContent) {
  const std::string text = "Technical Skills: Python, SQL\nEducation\nBSc\n";
  const auto sections = detect_sections(text, vocabulary());
  EXPECT_EQ(names(sections), (std::vector<std::string>{"skills", "education"}));
  EXPECT_EQ(sections[0].offset, 0u);
}

TEST(Sections, LabelsInsideASectionAreNotHeadings) {
  SectionVocabulary v = vocabulary();
  v.add("languages", "languages");
  const auto sections = detect_sections("TECHNICAL SKILLS\nLanguages: Python, SQL\nTools: Docker\n", v);
  EXPECT_EQ(names(sections), (std::vector<std::string>{"skills"}));
}

TEST(Sections, PostingHeadings) {
  const auto sections = detect_sections(
      "Senior ML Engineer\nResponsibilities\n- build\nMinimum Qualifications\n- Python\nNice to Have\n- Spark\nBenefits\n- food\n",
      vocabulary());
  EXPECT_EQ(names(sections), (std::vector<std::string>{"responsibilities", "requirements", "preferred", "benefits"}));
}

TEST(Sections, SentencesMentioningAHeadingWordAreNotHeadings) {
  const auto sections = detect_sections("I have experience with Python and great skills in Go.\nMy education was fun.\n", vocabulary());
  EXPECT_TRUE(sections.empty());
}

TEST(Sections, SectionAtFindsTheContainingSection) {
  const std::string text = "SKILLS\nPython\nEDUCATION\nBSc\n";
  const auto sections = detect_sections(text, vocabulary());
  EXPECT_EQ(section_at(sections, text.find("Python"))->name, "skills");
  EXPECT_EQ(section_at(sections, text.find("BSc"))->name, "education");
  EXPECT_EQ(section_at({}, 3), nullptr);
}

TEST(Sections, KindIsGuessedFromSectionsAndWording) {
  Document resume;
  resume.text = "Ana\nana@example.com\nEXPERIENCE\nAcme 2019 - Present\nEDUCATION\nBSc\n";
  resume.sections = detect_sections(resume.text, vocabulary());
  EXPECT_EQ(guess_kind(resume), DocumentKind::kResume);
  Document posting;
  posting.text = "We are looking for an engineer.\nResponsibilities\nYou will build.\nRequirements\n5+ years of experience\n";
  posting.sections = detect_sections(posting.text, vocabulary());
  EXPECT_EQ(guess_kind(posting), DocumentKind::kPosting);
}

}  // namespace
}  // namespace skillmatch
