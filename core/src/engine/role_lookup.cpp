#include <skillmatch/role_lookup.hpp>

#include <vector>

namespace skillmatch {

std::string unknown_role_message(const Taxonomy& taxonomy, const std::string& id) {
  const std::vector<std::string> closest = taxonomy.closest_role_ids(id);
  std::string message = "unknown role '" + id + "'";
  for (std::size_t i = 0; i < closest.size(); ++i) {
    message += (i == 0 ? "; did you mean " : i + 1 == closest.size() ? " or " : ", ") + closest[i];
  }
  return message + (closest.empty() ? "" : "?");
}

}  // namespace skillmatch
