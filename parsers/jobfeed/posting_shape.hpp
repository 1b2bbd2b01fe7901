// Which feed format one posting object comes from, told by its keys.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace skillmatch::parsers::jobfeed {

enum class PostingShape {
  kJsonLdJobPosting,  // schema.org "@type": "JobPosting"
  kOtherJsonLd,       // JSON-LD of another type (Organization, BreadcrumbList): not a posting
  kGreenhouse,        // Greenhouse job board API job ("absolute_url", "content")
  kLever,             // Lever postings API posting ("text", "categories", "hostedUrl")
  kJsonResumeJob,     // JSON Resume job schema ("title", "company", "responsibilities")
  kUsaJobs,           // USAJOBS Search API result item ("MatchedObjectDescriptor")
  kUnknown,
};

PostingShape classify_posting(const nlohmann::json& entry);

// The "@type" of a JSON-LD object as written ("Organization"), "" when it has none.
std::string jsonld_type(const nlohmann::json& entry);

}  // namespace skillmatch::parsers::jobfeed
