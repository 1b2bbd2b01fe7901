#include <skillmatch/audit_report.hpp>

#include <skillmatch/text_cut.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include <skillmatch/csv.hpp>
#include <skillmatch/document_json.hpp>
#include <skillmatch/match_report.hpp>

namespace skillmatch {
namespace {

using nlohmann::json;

constexpr std::size_t kTopGaps = 5;
constexpr std::size_t kTeachShown = 15;

std::string format_score(double score) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f", score);
  return buffer;
}

std::string html_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// Red (0) through amber to green (100), readable with dark text at every step.
std::string heat_colour(double score) {
  const int hue = static_cast<int>(std::clamp(score, 0.0, 100.0) * 1.2);
  return "hsl(" + std::to_string(hue) + ", 70%, 78%)";
}

// A gap as people read it: a skill, or "one of Airflow, Prefect, Luigi".
std::string gap_name(const SkillShare& gap, const Taxonomy& taxonomy) {
  if (gap.one_of.empty()) return taxonomy.skills[gap.skill].name;
  std::string names;
  for (const std::size_t skill : gap.one_of) names += (names.empty() ? "" : ", ") + taxonomy.skills[skill].name;
  return "one of " + names;
}

// Per skill, the required any-of group of `role` it belongs to (as skill indices, in the
// group's order): a graduate lacking such a group lacks one gap, not one per member.
std::map<std::size_t, std::vector<std::size_t>> any_of_groups(const Role& role, const Taxonomy& taxonomy) {
  std::map<std::size_t, std::vector<std::size_t>> out;
  for (const auto& group : role.groups) {
    if (group.level != RequirementLevel::kRequired || group.mode != GroupMode::kAnyOf) continue;
    std::vector<std::size_t> members;
    for (const auto& id : group.skills) {
      if (const auto skill = taxonomy.skill_index(id)) members.push_back(*skill);
    }
    if (members.size() < 2) continue;
    for (const std::size_t skill : members) out.emplace(skill, members);
  }
  return out;
}

}  // namespace

AuditReport AuditReport::build(std::vector<const Role*> roles, std::vector<GraduateResult> graduates, const Taxonomy& taxonomy) {
  AuditReport report;
  report.roles = std::move(roles);
  report.graduates = std::move(graduates);
  const double cohort = static_cast<double>(std::max<std::size_t>(report.graduates.size(), 1));
  std::map<std::size_t, SkillShare> teach;
  std::map<std::size_t, std::set<std::size_t>> lacking;  // skill -> graduates without it
  for (std::size_t r = 0; r < report.roles.size(); ++r) {
    std::map<std::size_t, std::size_t> shown;
    for (const auto& group : report.roles[r]->groups) {
      if (group.level != RequirementLevel::kRequired) continue;
      for (const auto& id : group.skills) {
        if (const auto skill = taxonomy.skill_index(id)) shown.emplace(*skill, 0);
      }
    }
    const auto groups = any_of_groups(*report.roles[r], taxonomy);
    for (const auto& graduate : report.graduates) {
      for (const auto skill : graduate.shown_required[r]) ++shown[skill];
      const auto graduate_index = static_cast<std::size_t>(&graduate - report.graduates.data());
      for (const auto missing : graduate.missing_required[r]) {
        // A group's gap is kept under its first member, once.
        const auto group = groups.find(missing);
        const std::size_t skill = group == groups.end() ? missing : group->second.front();
        SkillShare& gap = teach[skill];
        gap.skill = skill;
        if (group != groups.end()) gap.one_of = group->second;
        lacking[skill].insert(graduate_index);
        if (std::find(gap.roles.begin(), gap.roles.end(), report.roles[r]->id) == gap.roles.end()) {
          gap.roles.push_back(report.roles[r]->id);
        }
      }
    }
    std::vector<SkillShare> coverage;
    for (const auto& [skill, count] : shown) coverage.push_back({skill, count, count / cohort, {}, {}});
    std::stable_sort(coverage.begin(), coverage.end(), [](const SkillShare& a, const SkillShare& b) { return a.count > b.count; });
    report.coverage.push_back(std::move(coverage));
  }
  for (auto& [skill, gap] : teach) {
    // A graduate lacking a skill for several target roles counts once.
    gap.count = lacking[skill].size();
    gap.share = gap.count / cohort;
    report.teach.push_back(gap);
  }
  std::stable_sort(report.teach.begin(), report.teach.end(), [&](const SkillShare& a, const SkillShare& b) {
    if (a.count != b.count) return a.count > b.count;
    return taxonomy.skills[a.skill].id < taxonomy.skills[b.skill].id;
  });
  return report;
}

std::size_t AuditReport::best_role(const GraduateResult& graduate) const {
  std::size_t best = 0;
  for (std::size_t r = 1; r < graduate.scores.size(); ++r) {
    if (graduate.scores[r] > graduate.scores[best]) best = r;
  }
  return best;
}

json audit_json(const AuditReport& report, const Taxonomy& taxonomy) {
  json roles = json::array(), role_ids = json::array();
  for (const Role* role : report.roles) {
    roles.push_back({{"id", role->id}, {"name", role->name}});
    role_ids.push_back(role->id);
  }
  json graduates = json::array(), graduate_ids = json::array(), matrix = json::array();
  for (const auto& graduate : report.graduates) {
    const std::size_t best = report.best_role(graduate);
    json scores = json::object(), gaps = json::array();
    for (std::size_t r = 0; r < report.roles.size(); ++r) scores[report.roles[r]->id] = graduate.scores[r];
    for (std::size_t i = 0; i < graduate.missing_required[best].size() && i < kTopGaps; ++i) {
      gaps.push_back(taxonomy.skills[graduate.missing_required[best][i]].id);
    }
    graduates.push_back({{"id", graduate.id},
                         {"sources", graduate.sources},
                         {"scores", std::move(scores)},
                         {"best_role", report.roles[best]->id},
                         {"best_score", graduate.scores[best]},
                         {"best_band", score_band(graduate.scores[best])},
                         {"top_gaps", std::move(gaps)}});
    graduate_ids.push_back(graduate.id);
    matrix.push_back(graduate.scores);
  }
  json coverage = json::array();
  for (std::size_t r = 0; r < report.roles.size(); ++r) {
    json skills = json::array();
    for (const auto& share : report.coverage[r]) {
      skills.push_back({{"skill", taxonomy.skills[share.skill].id}, {"name", taxonomy.skills[share.skill].name},
                        {"count", share.count}, {"share", std::round(share.share * 1000) / 1000}});
    }
    coverage.push_back({{"role", report.roles[r]->id}, {"skills", std::move(skills)}});
  }
  json teach = json::array();
  for (const auto& gap : report.teach) {
    json one_of = json::array();
    for (const std::size_t skill : gap.one_of) one_of.push_back(taxonomy.skills[skill].id);
    teach.push_back({{"skill", taxonomy.skills[gap.skill].id}, {"name", gap_name(gap, taxonomy)},
                     {"missing", gap.count}, {"share", std::round(gap.share * 1000) / 1000}, {"roles", gap.roles},
                     {"one_of", std::move(one_of)}});
  }
  return {{"roles", std::move(roles)},
          {"graduates", std::move(graduates)},
          {"matrix", {{"roles", std::move(role_ids)}, {"graduates", std::move(graduate_ids)}, {"scores", std::move(matrix)}}},
          {"coverage", std::move(coverage)},
          {"teach", std::move(teach)}};
}

void write_audit_text(std::ostream& out, const AuditReport& report, const Taxonomy& taxonomy) {
  out << "Scores (0-100), graduates x roles:\n  " << std::string(28, ' ');
  // Names are cut to their column at a grapheme boundary and padded by display width.
  const auto cell = [](const std::string& name, std::size_t width) {
    const std::string kept = shorten(name, width - 1, "");
    return kept + std::string(width - std::min(width, display_width(kept)), ' ');
  };
  for (const Role* role : report.roles) out << ' ' << cell(role->id, 15);
  out << '\n';
  for (const auto& graduate : report.graduates) {
    out << "  " << cell(graduate.id, 28);
    for (const double score : graduate.scores) {
      const std::string text = format_score(score);
      out << ' ' << text << std::string(15 - text.size(), ' ');
    }
    const std::size_t best = report.best_role(graduate);
    out << " best: " << report.roles[best]->id << " (" << score_band(graduate.scores[best]) << ")\n";
  }
  out << "\nGaps most worth teaching (required skills graduates lack):\n";
  for (std::size_t i = 0; i < report.teach.size() && i < kTeachShown; ++i) {
    const auto& gap = report.teach[i];
    out << "  " << gap.count << "  " << gap_name(gap, taxonomy) << "  (";
    for (std::size_t k = 0; k < gap.roles.size(); ++k) out << (k ? ", " : "") << gap.roles[k];
    out << ")\n";
  }
}

void write_audit_csv(std::ostream& out, const AuditReport& report) {
  std::vector<std::string> header = {"graduate"};
  for (const Role* role : report.roles) header.push_back(role->id);
  header.push_back("best_role");
  write_csv_row(out, header);
  for (const auto& graduate : report.graduates) {
    std::vector<std::string> row = {graduate.id};
    for (const double score : graduate.scores) row.push_back(format_score(score));
    row.push_back(report.roles[report.best_role(graduate)]->id);
    write_csv_row(out, row);
  }
}

void write_audit_html(std::ostream& out, const AuditReport& report, const Taxonomy& taxonomy, const std::string& provenance) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>skillmatch cohort audit</title>\n<style>\n"
         "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem;color:#1d2433;max-width:1200px}\n"
         "h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}\n"
         "table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.35rem .6rem;border:1px solid #d5dae3;text-align:left}\n"
         "th{background:#f1f4f9;font-weight:600}td.score{text-align:right;font-variant-numeric:tabular-nums;min-width:4rem}\n"
         ".bar{display:flex;align-items:center;gap:.5rem;margin:.15rem 0}.bar span.label{width:16rem}\n"
         ".bar svg{flex:none}.muted{color:#5b6475;font-size:.9rem}\n"
         "</style>\n</head>\n<body>\n<h1>Cohort audit</h1>\n<p class=\"muted\">"
      << html_escape(provenance) << " &middot; " << report.graduates.size() << " graduates, " << report.roles.size()
      << " target roles</p>\n<h2>Scores</h2>\n<table aria-label=\"graduate by role scores\">\n<tr><th scope=\"col\">Graduate</th>";
  for (const Role* role : report.roles) out << "<th scope=\"col\">" << html_escape(role->name) << "</th>";
  out << "<th scope=\"col\">Best role</th><th scope=\"col\">Top gaps</th></tr>\n";
  for (const auto& graduate : report.graduates) {
    const std::size_t best = report.best_role(graduate);
    out << "<tr><th scope=\"row\">" << html_escape(graduate.id) << "</th>";
    for (const double score : graduate.scores) {
      out << "<td class=\"score\" style=\"background:" << heat_colour(score) << "\">" << format_score(score) << "</td>";
    }
    std::string gaps;
    for (std::size_t i = 0; i < graduate.missing_required[best].size() && i < kTopGaps; ++i) {
      gaps += (i ? ", " : "") + taxonomy.skills[graduate.missing_required[best][i]].name;
    }
    out << "<td>" << html_escape(report.roles[best]->name) << "</td><td>" << html_escape(gaps) << "</td></tr>\n";
  }
  out << "</table>\n<h2>What to teach next</h2>\n<table aria-label=\"gaps\">\n"
         "<tr><th scope=\"col\">Skill</th><th scope=\"col\">Graduates lacking it</th><th scope=\"col\">For roles</th></tr>\n";
  for (std::size_t i = 0; i < report.teach.size() && i < kTeachShown; ++i) {
    const auto& gap = report.teach[i];
    std::string roles;
    for (std::size_t k = 0; k < gap.roles.size(); ++k) roles += (k ? ", " : "") + gap.roles[k];
    out << "<tr><td>" << html_escape(gap_name(gap, taxonomy)) << "</td><td class=\"score\">" << gap.count
        << "</td><td>" << html_escape(roles) << "</td></tr>\n";
  }
  out << "</table>\n";
  for (std::size_t r = 0; r < report.roles.size(); ++r) {
    out << "<h2>Coverage: " << html_escape(report.roles[r]->name) << "</h2>\n<p class=\"muted\">Share of the cohort "
        << "showing each required skill.</p>\n";
    for (const auto& share : report.coverage[r]) {
      const int width = static_cast<int>(share.share * 300);
      out << "<div class=\"bar\"><span class=\"label\">" << html_escape(taxonomy.skills[share.skill].name)
          << "</span><svg width=\"300\" height=\"14\" role=\"img\" aria-label=\"" << static_cast<int>(share.share * 100)
          << " percent\"><rect width=\"300\" height=\"14\" fill=\"#e6e9ef\"/><rect width=\"" << width
          << "\" height=\"14\" fill=\"#3f7fbf\"/></svg><span>" << static_cast<int>(share.share * 100 + 0.5)
          << "%</span></div>\n";
    }
  }
  out << "</body>\n</html>\n";
}

json audit_report_json(const AuditReport& report, const Taxonomy& taxonomy, const RulesLoad& rules,
                       const std::vector<Error>& errors) {
  json body = audit_json(report, taxonomy);
  body["skillmatch"] = provenance_json(rules);
  body["errors"] = json::array();
  for (const auto& error : errors) body["errors"].push_back(error_json(error));
  return body;
}

}  // namespace skillmatch
