// What a posting asks for: required and preferred skills, years per skill and overall.
#pragma once

#include <string>
#include <vector>

#include <skillmatch/extractor.hpp>

namespace skillmatch {

struct SkillRequirement {
  std::size_t skill = 0;
  RequirementLevel level = RequirementLevel::kRequired;
  int min_years = 0;         // 0: the posting names no duration for it
  int mentions = 0;          // how often the posting names it (its emphasis)
  std::string evidence;      // the sentence that decided the level
  int any_of = -1;           // >= 0: one of a set of alternatives ("AWS, Azure or GCP") with this id
};

struct PostingRequirements {
  std::vector<SkillRequirement> skills;  // required first, then by first mention
  int overall_min_years = 0;             // "5+ years of experience" with no skill named
  std::string title;                     // the posting's title, matched against the candidate's
  int degree = 0;                        // the lowest DegreeLevel (resume_structure.hpp) it asks for
};

// Levels come from the section (Requirements / Must have vs Nice to have / Preferred /
// Bonus) and are overridden by cues in the sentence ("required", "must" vs "a plus",
// "ideally", "preferred"); mentions in sections that ask for nothing (benefits, about the
// company, equal opportunity, how to apply: Mention::informational) are not requirements.
// Years: "5+ years of Python", "at least 3 years with Kubernetes", "3-5 years of X".
// Skills listed as alternatives in one sentence ("AWS, Azure or GCP", "Python or R") form
// an any-of set: showing one of them meets the requirement.
PostingRequirements analyze_posting(const Document& posting, const Extraction& extraction);

}  // namespace skillmatch
