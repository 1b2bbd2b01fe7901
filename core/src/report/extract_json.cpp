#include <skillmatch/extract_json.hpp>

#include <skillmatch/document_json.hpp>

namespace skillmatch {

std::string_view extract_json_opening() { return "{\"documents\":["; }

std::string extract_json_closing(const std::vector<Error>& errors) {
  nlohmann::json listed = nlohmann::json::array();
  for (const auto& error : errors) listed.push_back(error_json(error));
  return "],\"errors\":" + json_text(listed) + "}\n";
}

}  // namespace skillmatch
