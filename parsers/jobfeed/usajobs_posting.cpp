// USAJOBS Search API (data.usajobs.gov/api/search): {"SearchResult": {"SearchResultItems":
// [{"MatchedObjectDescriptor": {...}}]}}, the text in "QualificationSummary" and in
// "UserArea": {"Details": {...}}, where "MajorDuties" is a list (or one string).
#include "markup_common/json_values.hpp"

#include "jobfeed/posting_builder.hpp"
#include "jobfeed/posting_readers.hpp"

namespace skillmatch::parsers::jobfeed {
namespace {

using nlohmann::json;
using markup::member;
using markup::text_field;
using markup::text_list;

// "Name" of each object in a list such as PositionSchedule: [{"Name": "Full-time"}].
std::string names_of(const json& list) { return markup::join(text_list(list), ", "); }

std::string describe_locations(const json& descriptor) {
  if (std::string display = text_field(descriptor, "PositionLocationDisplay"); !display.empty()) return display;
  std::vector<std::string> places;
  for (const json& place : member(descriptor, "PositionLocation")) places.push_back(text_field(place, "LocationName"));
  return markup::join(places, "; ");
}

void add_details(PostingBuilder& builder, const json& details) {
  builder.add_description(text_field(details, "JobSummary"));
  const json& duties = member(details, "MajorDuties");
  if (duties.is_string()) {
    builder.add_text_section("Duties", duties.get_ref<const std::string&>());
  } else {
    builder.add_list_section("Duties", text_list(duties));
  }
  builder.add_list_section("Key requirements", text_list(member(details, "KeyRequirements")));
  builder.add_text_section("Requirements", text_field(details, "Requirements"));
  builder.add_text_section("Education", text_field(details, "Education"));
}

}  // namespace

Document read_usajobs_posting(const json& item, std::string fallback_id, std::uint32_t max_html_depth) {
  const json& descriptor = member(item, "MatchedObjectDescriptor");
  std::string id = text_field(descriptor, "PositionID");
  if (id.empty()) id = text_field(item, "MatchedObjectId");
  PostingBuilder builder(id.empty() ? std::move(fallback_id) : std::move(id), text_field(descriptor, "PositionTitle"),
                         max_html_depth);
  builder.add_metadata("company", text_field(descriptor, "OrganizationName"));
  builder.add_metadata("department", text_field(descriptor, "DepartmentName"));
  builder.add_metadata("location", describe_locations(descriptor));
  builder.add_metadata("url", text_field(descriptor, "PositionURI"));
  builder.add_metadata("date_posted", text_field(descriptor, "PublicationStartDate"));
  builder.add_metadata("valid_through", text_field(descriptor, "ApplicationCloseDate"));
  builder.add_metadata("employment_type", names_of(member(descriptor, "PositionSchedule")));

  add_details(builder, member(member(descriptor, "UserArea"), "Details"));
  builder.add_text_section("Qualifications", text_field(descriptor, "QualificationSummary"));
  return std::move(builder).finish();
}

}  // namespace skillmatch::parsers::jobfeed
