#include "jobfeed/jobfeed_parser.hpp"

#include "markup_common/input_error.hpp"
#include "markup_common/input_text.hpp"
#include "markup_common/sniffing.hpp"

#include "jobfeed/feed_readers.hpp"

namespace skillmatch::parsers {
namespace {

using markup::has_json_key;

// Sniff confidences. JSON of no known shape still gets more than the text plugin's 20,
// so the user hears "JSON, but not a known job feed" instead of JSON read as prose; a
// JSON Resume resume (basics) is left to the jsonresume plugin.
constexpr int kCertain = 90;
constexpr int kLikely = 75;
constexpr int kHtmlWithJobPosting = 80;  // above the html plugin's page confidence
constexpr int kNdjsonExtension = 60;
constexpr int kSomeJson = 30;
constexpr int kJsonResumeResume = 10;

int sniff_json(std::string_view path, std::string_view head) {
  if (has_json_key(head, "basics")) return kJsonResumeResume;
  if (head.find("JobPosting") != std::string_view::npos) return kCertain;
  if (has_json_key(head, "absolute_url") || has_json_key(head, "hostedUrl") ||
      has_json_key(head, "descriptionPlain") || has_json_key(head, "MatchedObjectDescriptor")) {
    return kCertain;
  }
  if (has_json_key(head, "jobs") || (has_json_key(head, "text") && has_json_key(head, "categories"))) return kLikely;
  if (has_json_key(head, "title") &&
      (has_json_key(head, "company") || has_json_key(head, "responsibilities") || has_json_key(head, "qualifications"))) {
    return kLikely;
  }
  if (markup::has_extension(path, {".ndjson", ".jsonl"})) return kNdjsonExtension;
  return kSomeJson;
}

}  // namespace

plugin::PluginInfo JobFeedParser::info() const {
  return {"jobfeed",
          "1.0",
          "job posting feeds: JSON-LD JobPosting, Greenhouse, Lever, USAJOBS, JSON Resume job, NDJSON",
          {"schema.org JobPosting JSON-LD", "JobPosting JSON-LD in HTML", "Greenhouse job board API",
           "Lever postings API", "USAJOBS Search API", "JSON Resume job", "NDJSON of postings"},
          {".json", ".jsonld", ".ndjson", ".jsonl", ".html", ".htm"}};
}

int JobFeedParser::sniff(std::string_view path, std::string_view head) const {
  const std::string_view body = markup::skip_bom_and_whitespace(head);
  if (body.empty()) return 0;
  if (body.front() == '<') {
    const bool jsonld = markup::contains_ignoring_case(body, "application/ld+json");
    return jsonld && body.find("JobPosting") != std::string_view::npos ? kHtmlWithJobPosting : 0;
  }
  if (body.front() == '{' || body.front() == '[') return sniff_json(path, body);
  // A number, string or null is JSON too: the user of a .json file hears what it is
  // rather than getting it read as prose.
  if (markup::has_extension(path, {".json", ".jsonld", ".ndjson", ".jsonl"})) return kSomeJson;
  return 0;
}

plugin::ParseStatus JobFeedParser::parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const {
  if (auto message = markup::oversize_message(request.bytes, request.limits)) return plugin::ParseStatus::failure(*message);
  std::string decoded;
  const std::string_view text = markup::json_text(request.bytes, decoded);
  const std::string_view body = markup::skip_bom_and_whitespace(text);
  if (body.empty()) return plugin::ParseStatus::failure("empty file");

  jobfeed::PostingEmitter emitter(sink, request.limits);
  const std::uint32_t max_depth = request.limits.max_nesting;
  try {
    if (body.front() == '<') {
      const std::string html = markup::decode_markup(request.bytes, sink);
      return jobfeed::read_jsonld_in_html(html, emitter, max_depth);
    }
    if (markup::has_extension(request.path, {".ndjson", ".jsonl"}) || jobfeed::looks_like_ndjson(body)) {
      // The whole text, so that line numbers count the blank lines before the first entry.
      return jobfeed::read_ndjson_feed(text, emitter, max_depth);
    }
    return jobfeed::read_json_feed(text, emitter, max_depth);
  } catch (const markup::InputError& error) {
    return plugin::ParseStatus::failure(error.what());
  }
}

}  // namespace skillmatch::parsers
