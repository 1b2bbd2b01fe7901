#include "posting_emitter.hpp"

#include <algorithm>

#include <input_error.hpp>
#include <json_values.hpp>

#include "posting_readers.hpp"
#include "posting_shape.hpp"

namespace skillmatch::parsers::jobfeed {
namespace {

// A feed of 100,000 broken entries must not print 100,000 lines.
constexpr std::size_t kMaxSkipWarnings = 20;
constexpr std::size_t kMaxReportedTypes = 5;

}  // namespace

PostingEmitter::PostingEmitter(plugin::DocumentSink& sink, const plugin::Limits& limits)
    : sink_(sink), limits_(limits) {}

bool PostingEmitter::emit(const nlohmann::json& entry, const std::string& where) {
  const PostingShape shape = classify_posting(entry);
  if (shape == PostingShape::kOtherJsonLd || shape == PostingShape::kUnknown) {
    if (const nlohmann::json& graph = markup::member(entry, "@graph"); graph.is_array()) {
      for (std::size_t i = 0; i < graph.size(); ++i) {
        if (!emit(graph[i], where + " @graph[" + std::to_string(i) + "]")) return false;
      }
      return true;
    }
  }
  const std::string fallback_id = "posting-" + std::to_string(postings_ + 1);
  const std::uint32_t max_depth = limits_.max_nesting;
  try {
    switch (shape) {
      case PostingShape::kJsonLdJobPosting: return hand_over(read_jsonld_posting(entry, fallback_id, max_depth));
      case PostingShape::kGreenhouse: return hand_over(read_greenhouse_posting(entry, fallback_id, max_depth));
      case PostingShape::kLever: return hand_over(read_lever_posting(entry, fallback_id, max_depth));
      case PostingShape::kJsonResumeJob: return hand_over(read_jsonresume_job(entry, fallback_id, max_depth));
      case PostingShape::kOtherJsonLd: {
        // Pages carry BreadcrumbList, Organization... beside the JobPosting: not an error.
        std::string type = jsonld_type(entry);
        if (other_jsonld_types_.size() < kMaxReportedTypes &&
            std::find(other_jsonld_types_.begin(), other_jsonld_types_.end(), type) == other_jsonld_types_.end()) {
          other_jsonld_types_.push_back(std::move(type));
        }
        return true;
      }
      case PostingShape::kUnknown:
        skip(where, "not a job posting (keys: " + markup::key_summary(entry) + ")");
        return true;
    }
  } catch (const markup::InputError& error) {
    skip(where, error.what());
  }
  return true;
}

bool PostingEmitter::hand_over(Document&& posting) {
  if (postings_ >= limits_.max_documents) {
    limit_exceeded_ = true;
    return false;
  }
  ++postings_;
  return sink_.accept(std::move(posting));
}

void PostingEmitter::skip(const std::string& where, const std::string& reason) {
  if (skipped_ == 0) first_skip_ = where + ": " + reason;
  if (++skipped_ <= kMaxSkipWarnings) sink_.warn(where + ": " + reason);
}

plugin::ParseStatus PostingEmitter::finish(const std::string& nothing_found) {
  if (skipped_ > kMaxSkipWarnings) {
    sink_.warn(std::to_string(skipped_ - kMaxSkipWarnings) + " more entries skipped (not reported one by one)");
  }
  if (limit_exceeded_) {
    return plugin::ParseStatus::failure("more than " + std::to_string(limits_.max_documents) +
                                        " postings (the document limit); stopped there");
  }
  if (postings_ > 0) return plugin::ParseStatus::success();
  if (skipped_ > 0) {
    return plugin::ParseStatus::failure("no job posting could be read: " + std::to_string(skipped_) +
                                        " entries skipped (" + first_skip_ + ")");
  }
  if (!other_jsonld_types_.empty()) {
    return plugin::ParseStatus::failure("JSON-LD, but no JobPosting in it (found: " +
                                        markup::join(other_jsonld_types_, ", ") + ")");
  }
  return plugin::ParseStatus::failure(nothing_found);
}

}  // namespace skillmatch::parsers::jobfeed
