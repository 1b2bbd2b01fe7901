#include <skillmatch/taxonomy.hpp>

namespace skillmatch {

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

void Taxonomy::reindex() {
  skill_by_id_.clear();
  role_by_id_.clear();
  for (std::size_t i = 0; i < skills.size(); ++i) skill_by_id_[skills[i].id] = i;
  for (std::size_t i = 0; i < roles.size(); ++i) role_by_id_[roles[i].id] = i;
}

}  // namespace skillmatch
