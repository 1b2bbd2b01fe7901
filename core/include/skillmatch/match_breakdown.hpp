// A match as Jobscan-like reports show it: the posting's hard and soft skills apart, each
// with how often the posting and the resume name it, and what to add, most stressed first.
#pragma once

#include <vector>

#include <skillmatch/scoring.hpp>

namespace skillmatch {

// One asked-for skill, counted on both sides.
struct SkillCounts {
  std::size_t skill = 0;
  RequirementLevel level = RequirementLevel::kRequired;
  int posting_mentions = 0;  // 0 for a role
  int resume_mentions = 0;   // not negated
  bool met = false;          // earns credit (shown, listed or implied)
};

struct MatchBreakdown {
  // Every asked-for skill of the match, soft skills (taxonomy kind "soft-skill") apart, each
  // list most stressed first: required before preferred, then by the posting's mentions.
  std::vector<SkillCounts> hard;
  std::vector<SkillCounts> soft;
  // The asked-for skills the resume never names (missing, or met only through a skill
  // implying them), most stressed first: what to add where the candidate has used them.
  std::vector<std::size_t> to_add;
};

// The breakdown of a match's verdicts.
MatchBreakdown match_breakdown(const MatchResult& result, const Taxonomy& taxonomy);

}  // namespace skillmatch
