// schema.org JobPosting (https://schema.org/JobPosting) as sites embed it for search
// engines; most fields may be a string, an object or an array of either.
#include "markup_common/json_values.hpp"

#include "jobfeed/posting_builder.hpp"
#include "jobfeed/posting_readers.hpp"

namespace skillmatch::parsers::jobfeed {
namespace {

using nlohmann::json;
using markup::member;
using markup::text_field;
using markup::text_list;

std::string first_text(const json& value) {
  const std::vector<std::string> texts = text_list(value);
  return texts.empty() ? std::string() : texts.front();
}

// A PostalAddress object, or an address written as one string.
std::string describe_address(const json& address) {
  if (address.is_string()) return address.get<std::string>();
  return markup::join({text_field(address, "addressLocality"), text_field(address, "addressRegion"),
                       first_text(member(address, "addressCountry"))},
                      ", ");
}

std::string describe_locations(const json& posting) {
  std::vector<std::string> places;
  const json& locations = member(posting, "jobLocation");
  auto add_place = [&](const json& place) {
    if (place.is_string()) {
      places.push_back(place.get<std::string>());
    } else if (const json& address = member(place, "address"); !address.is_null()) {
      places.push_back(describe_address(address));
    } else {
      places.push_back(text_field(place, "name"));
    }
  };
  if (locations.is_array()) {
    for (const json& place : locations) add_place(place);
  } else if (!locations.is_null()) {
    add_place(locations);
  }
  if (text_field(posting, "jobLocationType") == "TELECOMMUTE") places.push_back("Remote");
  return markup::join(places, "; ");
}

// educationRequirements / experienceRequirements: text, or structured credentials.
std::vector<std::string> describe_requirements(const json& value) {
  std::vector<std::string> texts;
  auto add_one = [&](const json& item) {
    if (!item.is_object()) {
      for (std::string& text : text_list(item)) texts.push_back(std::move(text));
      return;
    }
    std::string text = text_field(item, "description");
    if (text.empty()) text = text_field(item, "name");
    if (text.empty()) text = first_text(member(item, "credentialCategory"));
    if (text.empty() && member(item, "monthsOfExperience").is_number()) {
      text = member(item, "monthsOfExperience").dump() + " months of experience";
    }
    if (!text.empty()) texts.push_back(std::move(text));
  };
  if (value.is_array()) {
    for (const json& item : value) add_one(item);
  } else if (!value.is_null()) {
    add_one(value);
  }
  return texts;
}

// A field that is either one block of (HTML) text or a list of items.
void add_field_section(PostingBuilder& posting, std::string_view heading, const json& value) {
  if (value.is_string()) {
    posting.add_text_section(heading, value.get_ref<const std::string&>());
  } else {
    posting.add_list_section(heading, describe_requirements(value));
  }
}

std::vector<std::string> listed_skills_of(const json& skills) {
  if (skills.is_string()) return split_skill_list(skills.get_ref<const std::string&>());
  return text_list(skills);
}

}  // namespace

Document read_jsonld_posting(const json& posting, std::string fallback_id, std::uint32_t max_html_depth) {
  // identifier: a string, or a PropertyValue whose "name" is the issuer, not the id.
  const json& identifier = member(posting, "identifier");
  std::string id = identifier.is_object() ? text_field(identifier, "value") : first_text(identifier);
  if (id.empty()) id = text_field(posting, "url");
  if (id.empty()) id = std::move(fallback_id);
  std::string title = text_field(posting, "title");
  if (title.empty()) title = text_field(posting, "name");

  PostingBuilder builder(std::move(id), std::move(title), max_html_depth);
  builder.add_metadata("company", first_text(member(posting, "hiringOrganization")));
  builder.add_metadata("location", describe_locations(posting));
  builder.add_metadata("url", text_field(posting, "url"));
  builder.add_metadata("date_posted", text_field(posting, "datePosted"));
  builder.add_metadata("valid_through", text_field(posting, "validThrough"));
  builder.add_metadata("employment_type", markup::join(text_list(member(posting, "employmentType")), ", "));

  builder.add_description(text_field(posting, "description"));
  add_field_section(builder, "Responsibilities", member(posting, "responsibilities"));
  add_field_section(builder, "Qualifications", member(posting, "qualifications"));
  add_field_section(builder, "Education requirements", member(posting, "educationRequirements"));
  add_field_section(builder, "Experience requirements", member(posting, "experienceRequirements"));
  builder.add_listed_skills(listed_skills_of(member(posting, "skills")));
  return std::move(builder).finish();
}

}  // namespace skillmatch::parsers::jobfeed
