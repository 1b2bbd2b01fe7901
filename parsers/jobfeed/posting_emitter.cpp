#include "jobfeed/posting_emitter.hpp"

#include <algorithm>

#include "markup_common/input_error.hpp"
#include "markup_common/json_values.hpp"

#include "jobfeed/posting_readers.hpp"
#include "jobfeed/posting_shape.hpp"

namespace skillmatch::parsers::jobfeed {
namespace {

// A feed of 100,000 broken entries must not print 100,000 lines.
constexpr std::size_t kMaxReportedRejections = 20;
constexpr std::size_t kMaxReportedTypes = 5;

std::string with_label(const std::string& label, const std::string& reason) {
  return label.empty() ? reason : label + ": " + reason;
}

}  // namespace

PostingEmitter::PostingEmitter(plugin::DocumentSink& sink, const plugin::Limits& limits)
    : sink_(sink), limits_(limits) {}

bool PostingEmitter::emit(const nlohmann::json& entry, const EntryPlace& place) {
  const PostingShape shape = classify_posting(entry);
  if (shape == PostingShape::kOtherJsonLd || shape == PostingShape::kUnknown) {
    if (const nlohmann::json& graph = markup::member(entry, "@graph"); graph.is_array()) {
      for (std::size_t i = 0; i < graph.size(); ++i) {
        const std::string label = with_label(place.label, "@graph[" + std::to_string(i) + "]");
        if (!emit(graph[i], {place.line, label})) return false;
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
      case PostingShape::kUsaJobs: return hand_over(read_usajobs_posting(entry, fallback_id, max_depth));
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
        reject(place, "not a job posting (keys: " + markup::key_summary(entry) + ")");
        return true;
    }
  } catch (const markup::InputError& error) {
    reject(place, error.what());
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

void PostingEmitter::reject(const EntryPlace& place, const std::string& reason) {
  if (++rejected_ <= kMaxReportedRejections) sink_.reject(place.line, with_label(place.label, reason));
}

plugin::ParseStatus PostingEmitter::finish(const std::string& nothing_found) {
  if (rejected_ > kMaxReportedRejections) {
    sink_.reject(0, std::to_string(rejected_ - kMaxReportedRejections) +
                        " more entries could not be read (not reported one by one)");
  }
  if (limit_exceeded_) {
    return plugin::ParseStatus::failure("more than " + std::to_string(limits_.max_documents) +
                                        " postings (the document limit); stopped there");
  }
  // Entries were rejected one by one: the host fails the file naming the first.
  if (postings_ > 0 || rejected_ > 0) return plugin::ParseStatus::success();
  if (!other_jsonld_types_.empty()) {
    return plugin::ParseStatus::failure("JSON-LD, but no JobPosting in it (found: " +
                                        markup::join(other_jsonld_types_, ", ") + ")");
  }
  return plugin::ParseStatus::failure(nothing_found);
}

}  // namespace skillmatch::parsers::jobfeed
