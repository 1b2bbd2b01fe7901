#include "jobfeed/posting_shape.hpp"

#include "markup_common/json_values.hpp"

namespace skillmatch::parsers::jobfeed {
namespace {

bool has(const nlohmann::json& entry, const char* key) { return entry.contains(key); }

// "JobPosting", "schema:JobPosting" and "http://schema.org/JobPosting" all name it.
bool names_job_posting(const std::string& type) { return type.ends_with("JobPosting"); }

}  // namespace

std::string jsonld_type(const nlohmann::json& entry) { return markup::join(markup::text_list(markup::member(entry, "@type")), ","); }

PostingShape classify_posting(const nlohmann::json& entry) {
  if (!entry.is_object()) return PostingShape::kUnknown;
  if (has(entry, "@type")) {
    for (const std::string& type : markup::text_list(entry["@type"])) {
      if (names_job_posting(type)) return PostingShape::kJsonLdJobPosting;
    }
    return PostingShape::kOtherJsonLd;
  }
  if (has(entry, "MatchedObjectDescriptor")) return PostingShape::kUsaJobs;
  if (has(entry, "absolute_url") || (has(entry, "content") && has(entry, "updated_at"))) return PostingShape::kGreenhouse;
  if (has(entry, "hostedUrl") || has(entry, "descriptionPlain") || (has(entry, "text") && has(entry, "categories"))) {
    return PostingShape::kLever;
  }
  if (has(entry, "title") && !has(entry, "basics") &&
      (has(entry, "company") || has(entry, "responsibilities") || has(entry, "qualifications") ||
       has(entry, "skills") || has(entry, "description"))) {
    return PostingShape::kJsonResumeJob;
  }
  return PostingShape::kUnknown;
}

}  // namespace skillmatch::parsers::jobfeed
