// The JSON Resume job schema (jsonresume.org, "job-schema.json"): one posting per file.
#include "markup_common/json_values.hpp"
#include "jsonresume/skill_groups.hpp"

#include "jobfeed/posting_builder.hpp"
#include "jobfeed/posting_readers.hpp"

namespace skillmatch::parsers::jobfeed {

using nlohmann::json;
using markup::member;
using markup::text_field;
using markup::text_list;

Document read_jsonresume_job(const json& job, std::string fallback_id, std::uint32_t max_html_depth) {
  const json& meta = member(job, "meta");
  std::string id = text_field(meta, "canonical");
  PostingBuilder builder(id.empty() ? std::move(fallback_id) : std::move(id), text_field(job, "title"), max_html_depth);
  const json& location = member(job, "location");
  builder.add_metadata("company", text_field(job, "company"));
  builder.add_metadata("location", location.is_string() ? location.get<std::string>()
                                                        : markup::join({text_field(location, "city"),
                                                                        text_field(location, "region"),
                                                                        text_field(location, "countryCode")},
                                                                       ", "));
  builder.add_metadata("url", text_field(meta, "canonical"));
  builder.add_metadata("date_posted", text_field(job, "date"));
  builder.add_metadata("employment_type", text_field(job, "type"));
  builder.add_metadata("remote", text_field(job, "remote"));
  builder.add_metadata("salary", text_field(job, "salary"));
  builder.add_metadata("experience_level", text_field(job, "experience"));

  builder.add_description(text_field(job, "description"));
  builder.add_list_section("Responsibilities", text_list(member(job, "responsibilities")));
  builder.add_list_section("Qualifications", text_list(member(job, "qualifications")));
  jsonresume::append_skill_groups(member(job, "skills"), builder.text(), builder.listed_skills());
  return std::move(builder).finish();
}

}  // namespace skillmatch::parsers::jobfeed
