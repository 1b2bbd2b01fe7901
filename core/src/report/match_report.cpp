#include <skillmatch/match_report.hpp>

#include <cstdio>

namespace skillmatch {
namespace {

using nlohmann::json;

std::string years_text(int months) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", months / 12.0);
  return buffer;
}

const char* level_name(RequirementLevel level) { return level == RequirementLevel::kRequired ? "required" : "preferred"; }

json evidence_json(const EvidenceRef& ref, const CandidateProfile& candidate) {
  return {{"source", candidate.sources.at(ref.document)}, {"section", ref.section}, {"line", ref.line},
          {"offset", ref.offset}, {"length", ref.length}, {"strength", to_string(ref.strength)},
          {"snippet", ref.snippet}};
}

json verdict_json(const SkillVerdict& v, const CandidateProfile& candidate, const Taxonomy& taxonomy) {
  const Skill& skill = taxonomy.skills[v.skill];
  json out = {{"skill", skill.id},
              {"name", skill.name},
              {"level", level_name(v.level)},
              {"strength", to_string(v.strength)},
              {"at_work", v.at_work},
              {"credit", std::round(v.credit * 100) / 100},
              {"months", v.months},
              {"required_years", v.required_years},
              {"years_short", v.years_short}};
  json evidence = json::array();
  json implied_by = json::array();
  if (v.evidence != nullptr) {
    // The profile keeps the strongest mentions, strongest first: enough to explain.
    for (const auto& ref : v.evidence->mentions) evidence.push_back(evidence_json(ref, candidate));
    for (const auto source : v.evidence->implied_by) implied_by.push_back(taxonomy.skills[source].id);
    if (v.evidence->last_used) out["last_used"] = v.evidence->last_used->to_string();
  }
  if (v.via != nullptr) implied_by.push_back(taxonomy.skills[v.via->skill].id);
  out["evidence"] = std::move(evidence);
  out["implied_by"] = std::move(implied_by);
  return out;
}

}  // namespace

json match_report_json(const MatchResult& result, const CandidateProfile& candidate, const Taxonomy& taxonomy,
                       const RulesLoad& rules, json target) {
  json out = match_json(result, candidate, taxonomy, std::move(target));
  out["skillmatch"] = provenance_json(rules);
  out["resume"] = candidate_json(candidate);
  return out;
}

json provenance_json(const RulesLoad& rules) { return {{"version", SKILLMATCH_VERSION}, {"rules", rules.fingerprint}}; }

json candidate_json(const CandidateProfile& candidate) {
  return {{"sources", candidate.sources},
          {"title", candidate.title},
          {"experience_months", candidate.experience_months},
          {"undated_work", candidate.undated_work}};
}

json posting_target_json(const Document& posting) {
  return {{"type", "posting"}, {"id", posting.id}, {"title", posting.title}, {"source", posting.source}};
}

json role_target_json(const Role& role) { return {{"type", "role"}, {"id", role.id}, {"name", role.name}}; }

json match_json(const MatchResult& result, const CandidateProfile& candidate, const Taxonomy& taxonomy, json target) {
  json matched = json::array(), missing = json::array(), years_short = json::array(), implied_only = json::array();
  for (const auto& v : result.verdicts) {
    json item = verdict_json(v, candidate, taxonomy);
    if (v.credit == 0) {
      missing.push_back(std::move(item));
      continue;
    }
    if (v.years_short) years_short.push_back(item);
    if (v.strength == Strength::kImplied) implied_only.push_back(item);
    matched.push_back(std::move(item));
  }
  json groups = json::array();
  for (const auto& group : result.groups) {
    json satisfied = json::array(), lacking = json::array();
    for (const auto& member : group.members) (member.credit > 0 ? satisfied : lacking).push_back(taxonomy.skills[member.skill].id);
    groups.push_back({{"name", group.group->name},
                      {"level", level_name(group.group->level)},
                      {"mode", group.group->mode == GroupMode::kAllOf ? "all-of" : "any-of"},
                      {"min", group.group->min},
                      {"weight", group.group->weight},
                      {"score", std::round(group.score * 1000) / 10},
                      {"satisfied", std::move(satisfied)},
                      {"missing", std::move(lacking)}});
  }
  json relevant = json::array();
  for (const std::size_t p : result.relevant_positions) {
    const Position& position = candidate.positions[p];
    relevant.push_back({{"heading", position.heading},
                        {"source", candidate.sources.at(position.document)},
                        {"start", position.start.to_string()},
                        {"end", position.finish.to_string()},
                        {"months", months_inclusive(position.start, position.finish)}});
  }
  return {{"score", result.score},
          {"band", score_band(result.score)},
          {"target", std::move(target)},
          {"title_match", {{"score", std::round(result.title.score * 100) / 100}, {"matched", result.title.matched}}},
          {"relevant_experience_months", result.relevant_months},
          {"relevant_positions", std::move(relevant)},
          {"required", {{"met", result.required_met}, {"total", result.required_total}}},
          {"preferred", {{"met", result.preferred_met}, {"total", result.preferred_total}}},
          {"experience_months", result.experience_months},
          {"overall_years_required", result.overall_years_required},
          {"matched", std::move(matched)},
          {"missing", std::move(missing)},
          {"years_short", std::move(years_short)},
          {"implied_only", std::move(implied_only)},
          {"groups", std::move(groups)},
          {"suggestions", result.suggestions}};
}

MainGap main_gap_of(const MatchResult& result) {
  MainGap gap;
  for (const auto& v : result.verdicts) {
    if (v.level != RequirementLevel::kRequired || v.credit > 0) continue;
    gap.add(v.skill);
    if (gap.more) break;
  }
  return gap;
}

std::string gap_text(const MainGap& gap, const Taxonomy& taxonomy) {
  std::string text;
  for (std::uint8_t i = 0; i < gap.count; ++i) text += (i ? ", " : "") + taxonomy.skills[gap.skills[i]].name;
  if (gap.more) text += ", ...";
  return text;
}

void write_match_text(std::ostream& out, const MatchResult& result, const CandidateProfile& candidate,
                      const Taxonomy& taxonomy, const std::string& target_name, bool colour) {
  const auto bold = [&](const std::string& s) { return colour ? "\033[1m" + s + "\033[0m" : s; };
  char score[16];
  std::snprintf(score, sizeof score, "%.1f", result.score);
  out << bold(candidate.title.empty() ? candidate.sources.front() : candidate.title) << " vs " << bold(target_name)
      << ": " << bold(score) << "/100 " << score_band(result.score) << "  (required " << result.required_met << "/"
      << result.required_total << ", preferred " << result.preferred_met << "/" << result.preferred_total << ")\n";
  if (!result.title.matched.empty()) {
    char fit[16];
    std::snprintf(fit, sizeof fit, "%.0f%%", result.title.score * 100);
    out << "  title: " << fit << " (" << result.title.matched << ")\n";
  }
  if (result.overall_years_required > 0) {
    out << "  relevant experience: " << years_text(result.relevant_months) << " of " << result.overall_years_required
        << "+ years asked";
    for (std::size_t i = 0; i < result.relevant_positions.size(); ++i) {
      out << (i ? "; " : ": ") << candidate.positions[result.relevant_positions[i]].heading;
    }
    out << '\n';
  }
  for (const auto& group : result.groups) {
    char line[32];
    std::snprintf(line, sizeof line, "%5.1f%%", group.score * 100);
    out << "  " << line << "  " << level_name(group.group->level) << "  " << group.group->name << '\n';
  }
  const auto list = [&](const char* heading, auto&& keep) {
    std::string names;
    for (const auto& v : result.verdicts) {
      if (!keep(v)) continue;
      names += (names.empty() ? "" : ", ") + taxonomy.skills[v.skill].name;
      if (v.credit > 0) names += " (" + std::string(to_string(v.strength)) + ")";
    }
    if (!names.empty()) out << "  " << heading << ": " << names << '\n';
  };
  list("matched", [](const SkillVerdict& v) { return v.credit > 0; });
  list("missing required", [](const SkillVerdict& v) { return v.credit == 0 && v.level == RequirementLevel::kRequired; });
  list("missing preferred", [](const SkillVerdict& v) { return v.credit == 0 && v.level == RequirementLevel::kPreferred; });
  for (const auto& suggestion : result.suggestions) out << "  - " << suggestion << '\n';
}

}  // namespace skillmatch
