#include <skillmatch/taxonomy.hpp>

#include <algorithm>
#include <cctype>

namespace skillmatch {
namespace {

// Lowercase, with runs of spaces, underscores and hyphens as one hyphen: how ids are spelled.
std::string id_form(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const bool gap = c == ' ' || c == '_' || c == '-';
    if (gap && !out.empty() && out.back() == '-') continue;
    out += gap ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// Optimal string alignment distance: edits, with a swap of neighbours as one.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

// How far `typed` is from naming `role`: its id or one of its names, misspelt or cut short.
std::size_t role_distance(const std::string& typed, const Role& role) {
  std::size_t best = edit_distance(typed, role.id);
  for (const auto& name : role.aliases) best = std::min(best, edit_distance(typed, id_form(name)));
  best = std::min(best, edit_distance(typed, id_form(role.name)));
  // A part of the id ("mlops" in "mlops-engineer") is as good as one edit.
  if (typed.size() >= 3 && role.id.find(typed) != std::string::npos) best = std::min<std::size_t>(best, 1);
  return best;
}

}  // namespace

std::vector<std::string> Taxonomy::closest_role_ids(const std::string& typed, std::size_t most) const {
  const std::string query = id_form(typed);
  std::vector<std::pair<std::size_t, std::string>> ranked;
  const std::size_t allowed = std::max<std::size_t>(2, query.size() / 3);
  for (const auto& role : roles) {
    const std::size_t distance = role_distance(query, role);
    if (distance <= allowed) ranked.emplace_back(distance, role.id);
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < ranked.size() && i < most; ++i) ids.push_back(ranked[i].second);
  return ids;
}

std::optional<std::size_t> Taxonomy::skill_index(const std::string& id) const {
  const auto it = skill_by_id_.find(id);
  if (it == skill_by_id_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> Taxonomy::role_index(const std::string& id) const {
  const auto it = role_by_id_.find(id);
  if (it == role_by_id_.end()) return std::nullopt;
  return it->second;
}

const std::vector<std::size_t>& Taxonomy::implied_closure(std::size_t skill) const {
  static const std::vector<std::size_t> kNone;
  return skill < implied_.size() ? implied_[skill] : kNone;
}

void Taxonomy::reindex() {
  skill_by_id_.clear();
  role_by_id_.clear();
  skill_by_id_.reserve(skills.size());
  for (std::size_t i = 0; i < skills.size(); ++i) skill_by_id_[skills[i].id] = i;
  for (std::size_t i = 0; i < roles.size(); ++i) role_by_id_[roles[i].id] = i;
  // Everything reachable through `implies` ("dbt" -> ELT -> data pipelines), once, for
  // scoring; the rules lint refuses cycles, and `seen` ends a walk on any that slipped in.
  implied_.assign(skills.size(), {});
  // One stack and one set of marks for every walk, the marks cleared after each: most
  // skills imply nothing, and a fresh pair for each of them cost more than the walks.
  std::vector<std::size_t> stack;
  std::vector<bool> seen(skills.size(), false);
  for (std::size_t s = 0; s < skills.size(); ++s) {
    if (skills[s].implies.empty()) continue;
    stack.assign(1, s);
    seen[s] = true;
    while (!stack.empty()) {
      const std::size_t next = stack.back();
      stack.pop_back();
      for (const auto& id : skills[next].implies) {
        const auto found = skill_by_id_.find(id);
        if (found == skill_by_id_.end() || seen[found->second]) continue;
        seen[found->second] = true;
        implied_[s].push_back(found->second);
        stack.push_back(found->second);
      }
    }
    seen[s] = false;
    for (const std::size_t reached : implied_[s]) seen[reached] = false;
    std::sort(implied_[s].begin(), implied_[s].end());
  }
}

}  // namespace skillmatch
