// Lever postings API (api.lever.co/v0/postings/<company>?mode=json): an array of
// postings whose requirement lists come as {"text": heading, "content": "<li>..."}.
#include <chrono>
#include <cstdio>

#include "markup_common/json_values.hpp"

#include "jobfeed/posting_builder.hpp"
#include "jobfeed/posting_readers.hpp"

namespace skillmatch::parsers::jobfeed {
namespace {

using nlohmann::json;
using markup::member;
using markup::text_field;

// Lever dates are milliseconds since the epoch; metadata dates are ISO "2024-05-01".
std::string iso_date_from_epoch_ms(const json& milliseconds) {
  if (!milliseconds.is_number_integer()) return {};
  const std::chrono::sys_time<std::chrono::milliseconds> time{std::chrono::milliseconds(milliseconds.get<std::int64_t>())};
  const std::chrono::year_month_day date{std::chrono::floor<std::chrono::days>(time)};
  if (!date.ok()) return {};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

// The HTML form keeps the structure (lists, bold headings); the plain form is the fallback.
std::string html_or_plain(const json& posting, const char* html_key, const char* plain_key) {
  std::string html = text_field(posting, html_key);
  return html.empty() ? text_field(posting, plain_key) : html;
}

}  // namespace

Document read_lever_posting(const json& posting, std::string fallback_id, std::uint32_t max_html_depth) {
  std::string id = text_field(posting, "id");
  PostingBuilder builder(id.empty() ? std::move(fallback_id) : std::move(id), text_field(posting, "text"),
                         max_html_depth);
  const json& categories = member(posting, "categories");
  builder.add_metadata("location", text_field(categories, "location"));
  builder.add_metadata("url", text_field(posting, "hostedUrl"));
  builder.add_metadata("date_posted", iso_date_from_epoch_ms(member(posting, "createdAt")));
  builder.add_metadata("employment_type", text_field(categories, "commitment"));
  builder.add_metadata("team", text_field(categories, "team"));
  builder.add_metadata("department", text_field(categories, "department"));
  builder.add_metadata("workplace_type", text_field(posting, "workplaceType"));

  builder.add_description(html_or_plain(posting, "description", "descriptionPlain"));
  for (const json& list : member(posting, "lists")) {
    builder.add_text_section(text_field(list, "text"), text_field(list, "content"));
  }
  builder.add_description(html_or_plain(posting, "additional", "additionalPlain"));
  return std::move(builder).finish();
}

}  // namespace skillmatch::parsers::jobfeed
