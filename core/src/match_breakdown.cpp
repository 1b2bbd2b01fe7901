#include <skillmatch/match_breakdown.hpp>

#include <algorithm>

namespace skillmatch {

MatchBreakdown match_breakdown(const MatchResult& result, const Taxonomy& taxonomy) {
  std::vector<SkillCounts> counts;
  for (const auto& verdict : result.verdicts) {
    const bool seen = std::any_of(counts.begin(), counts.end(), [&](const SkillCounts& c) { return c.skill == verdict.skill; });
    if (seen) continue;  // a role lists a skill once per group asking it
    const int named = verdict.evidence != nullptr ? verdict.evidence->mentioned : 0;
    counts.push_back({verdict.skill, verdict.level, verdict.posting_mentions, named, verdict.credit > 0});
  }
  // What the posting stresses: what it requires, then what it names most; else its order.
  std::stable_sort(counts.begin(), counts.end(), [](const SkillCounts& a, const SkillCounts& b) {
    if (a.level != b.level) return a.level == RequirementLevel::kRequired;
    return a.posting_mentions > b.posting_mentions;
  });
  MatchBreakdown out;
  for (const auto& c : counts) {
    const bool soft = c.skill < taxonomy.skills.size() && taxonomy.skills[c.skill].kind == "soft-skill";
    (soft ? out.soft : out.hard).push_back(c);
    if (c.resume_mentions == 0) out.to_add.push_back(c.skill);
  }
  return out;
}

}  // namespace skillmatch
