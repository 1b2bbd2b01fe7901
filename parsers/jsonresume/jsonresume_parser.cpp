#include "jsonresume/jsonresume_parser.hpp"

#include "markup_common/input_text.hpp"
#include "markup_common/sniffing.hpp"

#include "jsonresume/resume_reader.hpp"

namespace skillmatch::parsers {
namespace {

// Above the jobfeed plugin's confidence for a posting-like head, since "basics" is unique
// to JSON Resume.
constexpr int kHasBasics = 88;
constexpr int kHasWorkAndEducation = 70;

}  // namespace

plugin::PluginInfo JsonResumeParser::info() const {
  return {"jsonresume", "1.0", "JSON Resume resumes (jsonresume.org schema)", {"JSON Resume"}, {".json"}};
}

int JsonResumeParser::sniff(std::string_view, std::string_view head) const {
  const std::string_view body = markup::skip_bom_and_whitespace(head);
  if (body.empty() || body.front() != '{') return 0;
  if (markup::has_json_key(body, "basics")) return kHasBasics;
  if (markup::has_json_key(body, "work") &&
      (markup::has_json_key(body, "education") || markup::has_json_key(body, "skills"))) {
    return kHasWorkAndEducation;
  }
  return 0;
}

plugin::ParseStatus JsonResumeParser::parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const {
  if (auto message = markup::oversize_message(request.bytes, request.limits)) return plugin::ParseStatus::failure(*message);
  std::string decoded;
  const std::string_view text = markup::json_text(request.bytes, decoded);
  if (markup::skip_bom_and_whitespace(text).empty()) return plugin::ParseStatus::failure("empty file");
  Document resume;
  plugin::ParseStatus status = jsonresume::read_resume(text, request.limits.max_nesting, resume);
  if (status.ok) sink.accept(std::move(resume));
  return status;
}

}  // namespace skillmatch::parsers
