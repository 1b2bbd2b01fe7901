#include "assemble.hpp"

#include <algorithm>

#include "line_index.hpp"

namespace skillmatch::detail {
namespace {

// One hit per skill with an accepted candidate, in order of first mention, each vector of
// mentions reserved at its size: grown by doubling, it held up to twice its mentions.
void add_mentions(const AssemblyRules& rules, const Document& document, Scratch& scratch, Extraction& extraction) {
  const std::vector<RawMatch>& candidates = scratch.candidates;
  std::vector<std::int32_t>& hit_of_skill = scratch.hit_of_skill;
  std::vector<std::size_t> mention_counts;
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    if (scratch.accepted[k] == 0) continue;
    const std::uint32_t skill = rules.aliases[candidates[k].alias].skill;
    if (hit_of_skill[skill] < 0) {
      hit_of_skill[skill] = static_cast<std::int32_t>(extraction.skills.size());
      extraction.skills.push_back({skill, {}, {}});
      mention_counts.push_back(0);
    }
    ++mention_counts[static_cast<std::size_t>(hit_of_skill[skill])];
  }
  for (std::size_t h = 0; h < extraction.skills.size(); ++h) extraction.skills[h].mentions.reserve(mention_counts[h]);
  LineIndex lines(document.text);
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    if (scratch.accepted[k] == 0) continue;
    const RawMatch& match = candidates[k];
    Mention mention;
    mention.offset = match.offset;
    mention.length = match.length;
    std::tie(mention.line, mention.column) = lines.locate(match.offset);
    mention.section = section_index(document, match.offset);
    mention.negated = scratch.negated[k] != 0;
    mention.informational = mention.section != Mention::kNoSection && scratch.sections[mention.section].informational;
    const std::uint32_t skill = rules.aliases[match.alias].skill;
    extraction.skills[static_cast<std::size_t>(hit_of_skill[skill])].mentions.push_back(mention);
  }
}

// Everything reachable through `implies` from `source`, a skill shown positively, credited
// to it; skills mentioned themselves (hits below `mentioned`) are not implied.
// `stack` and `visited` are buffers the caller reuses.
void imply_from(const AssemblyRules& rules, std::size_t source, std::size_t mentioned, Scratch& scratch,
                Extraction& extraction, std::vector<std::size_t>& stack, std::vector<std::size_t>& visited) {
  std::vector<std::int32_t>& hit_of_skill = scratch.hit_of_skill;
  stack.assign(1, source);
  visited.clear();
  while (!stack.empty()) {
    const std::size_t current = stack.back();
    stack.pop_back();
    for (const std::size_t next : rules.implies[current]) {
      if (std::find(visited.begin(), visited.end(), next) != visited.end()) continue;
      visited.push_back(next);
      stack.push_back(next);
      if (hit_of_skill[next] >= 0 && static_cast<std::size_t>(hit_of_skill[next]) < mentioned) continue;
      if (hit_of_skill[next] < 0) {
        hit_of_skill[next] = static_cast<std::int32_t>(extraction.skills.size());
        extraction.skills.push_back({next, {}, {}});
      }
      extraction.skills[static_cast<std::size_t>(hit_of_skill[next])].implied_by.push_back(source);
    }
  }
}

// Implied skills, each listed with the mentioned skills it comes from, ordered by id.
void add_implied(const AssemblyRules& rules, Scratch& scratch, Extraction& extraction) {
  const std::size_t mentioned = extraction.skills.size();
  std::vector<std::size_t> stack, visited;
  for (std::size_t h = 0; h < mentioned; ++h) {
    const std::vector<Mention>& mentions = extraction.skills[h].mentions;
    if (std::all_of(mentions.begin(), mentions.end(), [](const Mention& m) { return m.negated || m.informational; })) {
      continue;
    }
    // By value: extraction.skills grows in imply_from, which would invalidate a reference.
    const std::size_t source = extraction.skills[h].skill;
    imply_from(rules, source, mentioned, scratch, extraction, stack, visited);
  }
  const auto implied = extraction.skills.begin() + static_cast<long>(mentioned);
  for (auto it = implied; it != extraction.skills.end(); ++it) {
    std::sort(it->implied_by.begin(), it->implied_by.end());
    it->implied_by.erase(std::unique(it->implied_by.begin(), it->implied_by.end()), it->implied_by.end());
  }
  std::sort(implied, extraction.skills.end(), [&](const SkillHit& a, const SkillHit& b) {
    return rules.taxonomy.skills[a.skill].id < rules.taxonomy.skills[b.skill].id;
  });
}

}  // namespace

Extraction assemble(const AssemblyRules& rules, const Document& document, Scratch& scratch) {
  Extraction extraction;
  // Left all -1 by the document before, so only the skills found are reset: filling a full
  // taxonomy's table was a memset of 11 KB a document. A document that threw midway left it dirty.
  std::vector<std::int32_t>& hit_of_skill = scratch.hit_of_skill;
  if (!scratch.hit_of_skill_clean || hit_of_skill.size() != rules.taxonomy.skills.size()) {
    hit_of_skill.assign(rules.taxonomy.skills.size(), -1);
  }
  scratch.hit_of_skill_clean = false;
  add_mentions(rules, document, scratch, extraction);
  add_implied(rules, scratch, extraction);
  for (const SkillHit& hit : extraction.skills) hit_of_skill[hit.skill] = -1;
  scratch.hit_of_skill_clean = true;
  // Grown by doubling, up to half of it slack: a server holds every posting's extraction of
  // a feed until its response is written.
  extraction.skills.shrink_to_fit();
  return extraction;
}

}  // namespace skillmatch::detail
