// resume_structure and resume_json: a resume's contacts, positions and education, and the
// JSON they are written as.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <skillmatch/resume_json.hpp>
#include <skillmatch/resume_structure.hpp>

#include "fixture_taxonomy.hpp"

namespace skillmatch {
namespace {

using namespace fixture_rules;
using Split = std::pair<std::string, std::string>;

const std::string kResume =
    "Jane Doe\nData Engineer (open to relocation)\njane.doe@example.com | +1 (555) 010-2030 | "
    "linkedin.com/in/janedoe\n\n"
    "Experience\n"
    "Senior Data Engineer - Acme Logistics, Chicago, IL\nMar 2021 - Present\n"
    "- Shipped Python jobs on Docker for the billing team.\n\n"
    "Globex | Data Analyst\n2018 - 2020\n- Wrote SQL reports for the finance team every week.\n\n"
    "Education\nB.S. Computer Science, minor in Mathematics - Great Lakes University, 2016\n"
    "  Thesis: Sparse models for demand\n"
    "MSc, Statistics, Lakeside Institute of Technology\n2014 - 2016\n";

TEST(ResumeStructure, AHeadingSplitsIntoTheTitleAndTheEmployerEitherWayRound) {
  EXPECT_EQ(split_position_heading("Senior Data Engineer - Larkspur Payments, Chicago, IL"),
            Split("Senior Data Engineer", "Larkspur Payments"));
  EXPECT_EQ(split_position_heading("Larkspur Payments | Data Analyst"), Split("Data Analyst", "Larkspur Payments"));
  EXPECT_EQ(split_position_heading("### Staff Engineer, Tessellate AI (foundation-model startup)"),
            Split("Staff Engineer", "Tessellate AI"));
  EXPECT_EQ(split_position_heading("Research Intern at Lumen Robotics"), Split("Research Intern", "Lumen Robotics"));
  // Nothing to split: the whole heading is the title.
  EXPECT_EQ(split_position_heading("Freelance"), Split("Freelance", ""));
}

TEST(ResumeStructure, AnEducationLineGivesDegreeInstitutionAndYear) {
  const auto entry = read_education_line("B.S. Computer Science, minor in Mathematics - Great Lakes Polytechnic University, 2016");
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->degree, "B.S. Computer Science, minor in Mathematics");
  EXPECT_EQ(entry->institution, "Great Lakes Polytechnic University");
  EXPECT_EQ(entry->year, 2016);
  const auto school_first = read_education_line("University of Leeds, MSc Physics (distinction), 2010");
  ASSERT_TRUE(school_first);
  EXPECT_EQ(school_first->institution, "University of Leeds");
  EXPECT_EQ(school_first->degree, "MSc Physics");
  // A thesis title or coursework is no entry.
  EXPECT_FALSE(read_education_line("Thesis: Sparse models for demand"));
  EXPECT_FALSE(read_education_line("Coursework: regression analysis, experimental design"));
}

TEST(ResumeStructure, AResumeGivesItsContactsPositionsAndEducation) {
  const ExtractedDocument item = extracted(kResume);
  const ResumeStructure resume = read_resume_structure(item.document, item.extraction, kToday);
  EXPECT_EQ(resume.contact.name, "Jane Doe");
  EXPECT_EQ(resume.contact.label, "Data Engineer");
  EXPECT_EQ(resume.contact.email, "jane.doe@example.com");
  EXPECT_EQ(resume.contact.phone, "+1 (555) 010-2030");
  EXPECT_EQ(resume.contact.links, std::vector<std::string>{"linkedin.com/in/janedoe"});
  ASSERT_EQ(resume.positions.size(), 2u);
  const ResumePosition& now = resume.positions[0];
  EXPECT_EQ(now.title, "Senior Data Engineer");
  EXPECT_EQ(now.employer, "Acme Logistics");
  EXPECT_EQ(now.start, (YearMonth{2021, 3}));
  EXPECT_EQ(now.end, kToday);
  EXPECT_TRUE(now.ongoing);
  EXPECT_EQ(now.months, months_inclusive({2021, 3}, kToday));
  EXPECT_EQ(now.skills, (std::vector<std::size_t>{std::min(id("python"), id("docker")), std::max(id("python"), id("docker"))}));
  EXPECT_EQ(resume.positions[1].title, "Data Analyst");
  EXPECT_EQ(resume.positions[1].employer, "Globex");
  EXPECT_FALSE(resume.positions[1].ongoing);
  ASSERT_EQ(resume.education.size(), 2u);
  EXPECT_EQ(resume.education[0].institution, "Great Lakes University");
  EXPECT_EQ(resume.education[0].year, 2016);
  // A line of dates alone gives its year to the entry above it.
  EXPECT_EQ(resume.education[1].degree, "MSc, Statistics");
  EXPECT_EQ(resume.education[1].year, 2016);
}

// A Markdown resume opens with its name as a heading and puts a blank line between a job's
// heading and its dates: the name is still the name, and the heading still names the job.
TEST(ResumeStructure, AMarkdownResumeKeepsItsNameAndJobHeadings) {
  const ExtractedDocument item = extracted(
      "Jane Doe\n\njane@example.com\n\nExperience\n\nData Engineer — Vistula Payments\n\n2020-02 – present\n\n"
      "Built Python jobs on Docker for the billing team.\n");
  const ResumeStructure resume = read_resume_structure(item.document, item.extraction, kToday);
  EXPECT_EQ(resume.contact.email, "jane@example.com");
  ASSERT_EQ(resume.positions.size(), 1u);
  EXPECT_EQ(resume.positions[0].title, "Data Engineer");
  EXPECT_EQ(resume.positions[0].employer, "Vistula Payments");
}

TEST(ResumeStructure, DegreesAreReadByLevel) {
  EXPECT_EQ(highest_degree("B.S. Computer Science"), DegreeLevel::kBachelor);
  EXPECT_EQ(highest_degree("Ph.D., Applied Statistics"), DegreeLevel::kDoctorate);
  EXPECT_EQ(highest_degree("Master's in Data Science"), DegreeLevel::kMaster);
  EXPECT_EQ(highest_degree("Data Science Immersive"), DegreeLevel::kNone);
  // A posting: the lowest degree a line that speaks of degrees names is what suffices.
  EXPECT_EQ(degree_asked("Requirements\n- BS degree in CS required; MS or PhD preferred.\n"), DegreeLevel::kBachelor);
  EXPECT_EQ(degree_asked("- A Master's degree or PhD in statistics is a plus.\n"), DegreeLevel::kMaster);
  // Short degree words are English words and abbreviations too: without a degree named
  // outright they ask for nothing.
  EXPECT_EQ(degree_asked("You will be working in MS Office from Boston, MA.\n"), DegreeLevel::kNone);
  EXPECT_EQ(degree_asked("We welcome people without a traditional degree.\n"), DegreeLevel::kNone);
  const ExtractedDocument item = extracted(kResume);
  EXPECT_EQ(degree_shown(item.document), DegreeLevel::kMaster);
  EXPECT_EQ(profile(kResume).degree, static_cast<int>(DegreeLevel::kMaster));
}

TEST(ResumeJson, TheProfileLeavesOutWhatTheResumeDoesNotGive) {
  const ExtractedDocument item = extracted("Experience\nFreelance\n2019 - 2020\n- Wrote Python scripts for shops.\n");
  const auto profile = nlohmann::json::parse(
      profile_json_text(read_resume_structure(item.document, item.extraction, kToday), fixture().taxonomy));
  EXPECT_FALSE(profile["contact"].contains("email"));
  EXPECT_TRUE(profile["contact"]["links"].empty());
  ASSERT_EQ(profile["positions"].size(), 1u);
  EXPECT_FALSE(profile["positions"][0].contains("employer"));
  EXPECT_EQ(profile["positions"][0]["skills"], nlohmann::json::array({"python"}));
  EXPECT_EQ(profile["positions"][0]["start"], "2019-07");
}

// The profile is written by the JsonWriter, not dumped from a tree: its bytes must still be
// those nlohmann gives (keys sorted, the same escapes), as extract's JSON always printed.
TEST(ResumeJson, TheProfileIsWrittenAsNlohmannDumpsIt) {
  const ExtractedDocument item = extracted(kResume + "\nProjects\nCafé \"Zürich\" app (Jan 2024 - Mar 2024)\n- Python.\n");
  const ResumeStructure resume = read_resume_structure(item.document, item.extraction, kToday);
  ASSERT_EQ(resume.positions.size(), 3u);
  ASSERT_EQ(resume.education.size(), 2u);
  const std::string text = profile_json_text(resume, fixture().taxonomy);
  EXPECT_EQ(nlohmann::json::parse(text).dump(), text);
  std::string written = "[";
  JsonWriter writer(written);
  write_profile_json(writer, resume, fixture().taxonomy);
  EXPECT_EQ(written, "[" + text);
  EXPECT_NE(text.find(R"("title":"Café \"Zürich\" app")"), std::string::npos) << text;
}

TEST(ResumeJson, AJsonResumeHasAbsoluteLinksProfilesAndNoEndForAnOngoingJob) {
  const ExtractedDocument item = extracted(kResume);
  const ResumeStructure resume = read_resume_structure(item.document, item.extraction, kToday);
  const auto document = nlohmann::json::parse(json_resume_text(resume, item.document, item.extraction, fixture().taxonomy));
  EXPECT_EQ(document["basics"]["name"], "Jane Doe");
  ASSERT_EQ(document["basics"]["profiles"].size(), 1u);
  EXPECT_EQ(document["basics"]["profiles"][0]["network"], "LinkedIn");
  EXPECT_EQ(document["basics"]["profiles"][0]["url"], "https://linkedin.com/in/janedoe");
  EXPECT_EQ(document["basics"]["profiles"][0]["username"], "janedoe");
  ASSERT_EQ(document["work"].size(), 2u);
  EXPECT_EQ(document["work"][0]["position"], "Senior Data Engineer");
  EXPECT_EQ(document["work"][0]["name"], "Acme Logistics");
  EXPECT_FALSE(document["work"][0].contains("endDate"));
  EXPECT_EQ(document["work"][1]["endDate"], "2020-06");
  EXPECT_EQ(document["education"][0]["endDate"], "2016");
  EXPECT_EQ(document["meta"]["source"], "test.txt");
}

}  // namespace
}  // namespace skillmatch
