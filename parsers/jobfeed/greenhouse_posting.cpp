// Greenhouse job board API (boards-api.greenhouse.io/v1/boards/<board>/jobs?content=true):
// {"jobs": [...]}, each job's "content" being HTML escaped once more as text.
#include "markup_common/json_values.hpp"

#include "jobfeed/posting_builder.hpp"
#include "jobfeed/posting_readers.hpp"

namespace skillmatch::parsers::jobfeed {

using nlohmann::json;
using markup::member;
using markup::text_field;

Document read_greenhouse_posting(const json& job, std::string fallback_id, std::uint32_t max_html_depth) {
  std::string id = text_field(job, "id");
  PostingBuilder builder(id.empty() ? std::move(fallback_id) : std::move(id), text_field(job, "title"), max_html_depth);
  builder.add_metadata("company", text_field(job, "company_name"));
  builder.add_metadata("location", text_field(member(job, "location"), "name"));
  builder.add_metadata("url", text_field(job, "absolute_url"));
  // The board API has no publication date; the last update is the closest it offers.
  builder.add_metadata("date_posted", text_field(job, "updated_at"));
  builder.add_metadata("department", markup::join(markup::text_list(member(job, "departments")), ", "));
  builder.add_description(text_field(job, "content"));
  return std::move(builder).finish();
}

}  // namespace skillmatch::parsers::jobfeed
