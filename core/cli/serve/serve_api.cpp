#include "serve_api.hpp"

#include <httplib.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <skillmatch/scoring.hpp>

#include <skillmatch/screen.hpp>

#include "assets.hpp"
#include "diagnostics.hpp"
#include "engine_loader.hpp"
#include <skillmatch/document_json.hpp>
#include <skillmatch/match_report.hpp>
#include "metrics.hpp"

namespace skillmatch::cli::serve {

using nlohmann::json;

namespace {

// Names and messages may carry bytes that are not UTF-8 (an upload's file name): those
// are replaced rather than failing the response.
std::string to_body(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// A read's warnings ("name: warning") on stderr, as the CLI prints them.
void report_warnings(const std::vector<std::string>& warnings) {
  for (const auto& warning : warnings) report_warning(warning);
}

Api::Outcome failure(int status, const std::string& message) {
  return {status, to_body({{"error", message}, {"status", status}}), {}};
}

// The file name alone, printable, bounded: it stands for the upload in ids and messages.
std::string clean_name(const std::string& name, const std::string& fallback) {
  const std::size_t slash = name.find_last_of("/\\");
  std::string out = slash == std::string::npos ? name : name.substr(slash + 1);
  std::erase_if(out, [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
  if (out.size() > 200) out.resize(200);
  return out.empty() || out == "." || out == ".." ? fallback : out;
}

// Bytes of the request (its body, a form part's content), moved out rather than copied: a
// 50 MB upload was held twice. httplib hands handlers a const reference to a request it
// owns, and reads none of these after the handler (its logger here counts the declared
// length too).
std::string take(const std::string& request_bytes) { return std::move(const_cast<std::string&>(request_bytes)); }

bool has_json_body(const httplib::Request& request) {
  return request.get_header_value("Content-Type").rfind("application/json", 0) == 0;
}

json parse_json_body(const httplib::Request& request) {
  json body = json::parse(request.body, nullptr, false);
  if (body.is_discarded()) throw RequestError(400, "the request body is not valid JSON");
  if (!body.is_object()) throw RequestError(400, "the request body must be a JSON object");
  return body;
}

// {"name": "...", "text": "..."} (or just the text) as an upload; `what` names the field.
Upload upload_from_json(const json& value, const std::string& what, const std::string& fallback_name) {
  if (value.is_string()) return {fallback_name, value.get<std::string>()};
  if (!value.is_object() || !value.contains("text") || !value["text"].is_string()) {
    throw RequestError(400, what + " must be {\"name\": \"...\", \"text\": \"...\"}");
  }
  const std::string name = value.contains("name") && value["name"].is_string() ? value["name"].get<std::string>() : "";
  return {clean_name(name, fallback_name), value["text"].get<std::string>()};
}

std::vector<Upload> uploads_from_json(const json& body, const char* field, const std::string& fallback_name) {
  std::vector<Upload> out;
  if (!body.contains(field)) return out;
  const json& value = body[field];
  if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      out.push_back(upload_from_json(value[i], std::string("\"") + field + "\"[" + std::to_string(i) + "]",
                                     std::to_string(i + 1) + "-" + fallback_name));
    }
  } else {
    out.push_back(upload_from_json(value, std::string("\"") + field + "\"", fallback_name));
  }
  return out;
}

// Multipart parts named `field` (files, or pasted text) plus a text field `text_field`.
std::vector<Upload> uploads_from_form(const httplib::Request& request, const std::string& field,
                                      const std::string& text_field, const std::string& fallback_name) {
  std::vector<Upload> out;
  for (const auto& name : {field, text_field}) {
    const auto [begin, end] = request.files.equal_range(name);
    for (auto part = begin; part != end; ++part) {
      if (part->second.content.empty()) continue;  // an empty file input or text box
      out.push_back({clean_name(part->second.filename, fallback_name), take(part->second.content)});
    }
  }
  return out;
}

// The resumes and postings of a match or screen request, from a JSON body (kept, for the
// request's other fields) or a multipart form; anything else is a 415 naming `fields`.
struct ResumesAndPostings {
  std::optional<json> body;
  std::vector<Upload> resumes, postings;
};

ResumesAndPostings resumes_and_postings(const httplib::Request& request, const char* resume_field,
                                        const char* posting_field, const std::string& fields) {
  ResumesAndPostings out;
  if (has_json_body(request)) {
    out.body = parse_json_body(request);
    out.resumes = uploads_from_json(*out.body, resume_field, "resume.txt");
    out.postings = uploads_from_json(*out.body, posting_field, "posting.txt");
  } else if (request.is_multipart_form_data()) {
    out.resumes = uploads_from_form(request, resume_field, "resume_text", "resume.txt");
    out.postings = uploads_from_form(request, posting_field, "posting_text", "posting.txt");
  } else {
    throw RequestError(415, "send multipart/form-data (fields " + fields + ") or JSON");
  }
  return out;
}

std::string text_field(const httplib::Request& request, const json* body, const char* name) {
  if (body != nullptr && body->contains(name)) {
    if (!(*body)[name].is_string()) throw RequestError(400, std::string("\"") + name + "\" must be a string");
    return (*body)[name].get<std::string>();
  }
  if (request.has_file(name)) return request.get_file_value(name).content;
  return request.get_param_value(name);
}

bool flag(const httplib::Request& request, const char* name) {
  const std::string value = request.get_param_value(name);
  return value == "1" || value == "true" || value == "yes";
}

YearMonth today_of(const std::string& value) {
  auto today = today_from(value);
  if (!today) throw RequestError(400, std::string(today.error().message).replace(0, 7, "\"today\""));  // "--today expects..."
  return today.value();
}

// extract's JSON of each document with its text, a profile's ongoing jobs running to `today`.
json documents_json(const std::vector<ExtractedDocument>& documents, const Taxonomy& taxonomy, YearMonth today) {
  json out = json::array();
  for (const auto& item : documents) {
    json document = extraction_json(item.document, item.extraction, taxonomy, today);
    document["text"] = item.document.text;
    out.push_back(std::move(document));
  }
  return out;
}

// Every skill the candidate shows, with its strength and months: what the page shows
// when a highlighted skill is hovered, whether or not the target asks for it.
json profile_skills_json(const CandidateProfile& candidate, const Taxonomy& taxonomy) {
  json out = json::array();
  for (const auto& evidence : candidate.skills) {
    const Skill& skill = taxonomy.skills[evidence.skill];
    json item = {{"id", skill.id},
                 {"name", skill.name},
                 {"category", skill.category},
                 {"strength", to_string(evidence.strength)},
                 {"months", evidence.months}};
    if (evidence.last_used) item["last_used"] = evidence.last_used->to_string();
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

Api::Api(const Engine& engine, Metrics& metrics) : engine_(engine), metrics_(metrics) {
  json openapi = json::parse(find_asset("openapi.json")->content);
  openapi["info"]["version"] = SKILLMATCH_VERSION;
  openapi_ = openapi.dump(2);

  json parsers = json::array();
  for (const auto& parser : engine.plugins().parsers()) parsers.push_back(parser.info.name);
  health_ = to_body({{"status", "ok"},
                     {"version", SKILLMATCH_VERSION},
                     {"rules", engine.rules().fingerprint},
                     {"skills", engine.taxonomy().skills.size()},
                     {"roles", engine.taxonomy().roles.size()},
                     {"parsers", parsers}});

  json roles = json::array();
  for (const auto& role : engine.taxonomy().roles) roles.push_back(role_json(role, /*with_groups=*/false));
  roles_ = to_body(roles);
  all_skills_ = skills("");
}

std::string Api::skills(const std::string& category_prefix) const {
  if (category_prefix.empty() && !all_skills_.empty()) return all_skills_;
  json list = json::array();
  for (const auto& skill : engine_.taxonomy().skills) {
    if (skill.category.rfind(category_prefix, 0) == 0) list.push_back(skill_json(skill));
  }
  return to_body(list);
}

void Api::check_size(const Upload& upload) const {
  const auto limit = engine_.options().limits.max_file_bytes;
  if (upload.bytes.size() > limit) {
    throw RequestError(413, Error{upload.name, "file too large (" + std::to_string(upload.bytes.size()) +
                                                   " bytes; the limit is " + std::to_string(limit) +
                                                   ", see --max-file-size)"}
                                .to_string());
  }
}

Result<std::vector<ExtractedDocument>> Api::read(const Upload& upload) const {
  // An upload is one document or a feed; its unreadable entries are left out, as the
  // CLI leaves them out of its output.
  auto read = engine_.read_bytes(upload.name, upload.bytes);
  if (!read) return read.error();
  report_warnings(read.value().warnings);
  metrics_.documents_parsed(read.value().documents.size());
  return std::move(read.value().documents);
}

Api::Work Api::extract(const httplib::Request& request) const {
  std::vector<Upload> uploads;
  if (request.is_multipart_form_data()) {
    // Every file part, whatever its field name, and pasted text in a "text" field.
    for (const auto& [field, part] : request.files) {
      if (!part.filename.empty() && !part.content.empty()) {
        uploads.push_back({clean_name(part.filename, "upload"), take(part.content)});
      } else if (field == "text" && !part.content.empty()) {
        const std::string name = request.has_file("name") ? request.get_file_value("name").content : "";
        uploads.push_back({clean_name(name, "pasted.txt"), part.content});
      }
    }
  } else if (has_json_body(request)) {
    uploads.push_back(upload_from_json(parse_json_body(request), "the body", "pasted.txt"));
  } else if (!request.body.empty()) {
    uploads.push_back({clean_name(request.get_param_value("name"), "upload"), take(request.body)});
  }
  if (uploads.empty()) {
    throw RequestError(400, "no file in the request: send multipart/form-data with a file, JSON {\"name\": "
                            "\"resume.txt\", \"text\": \"...\"}, or the raw file with ?name=FILE");
  }
  for (const auto& upload : uploads) check_size(upload);
  const bool with_text = flag(request, "text");
  return [this, uploads = std::move(uploads), with_text]() mutable -> Outcome {
    auto stream = std::make_shared<ExtractStream>(engine_, with_text);
    for (auto& upload : uploads) {
      // An upload is one document or a feed; its unreadable entries are left out, as the
      // CLI leaves them out of its output.
      auto parsed = engine_.parse_bytes(upload.name, upload.bytes);
      std::string().swap(upload.bytes);  // parsed: the documents hold their text now
      if (!parsed) {
        stream->add_upload(parsed.error());
        continue;
      }
      for (const auto& warning : parsed.value().warnings) report_warning(upload.name + ": " + warning);
      metrics_.documents_parsed(parsed.value().documents.size());
      stream->add_upload(std::move(parsed.value().documents));
    }
    // Up to the first document that could be extracted, before any byte is sent: one bad
    // file is a 422 with the CLI's one-line message; in a batch the good documents are
    // returned with the errors listed, as `extract --format json` does.
    stream->extract_batch();
    if (!stream->has_documents()) {
      if (const auto error = stream->first_error()) return failure(422, error->to_string());
    }
    return {200, "", [stream](std::ostream& out, const RunStep& run) { return stream->write(out, run); }};
  };
}

Api::Work Api::match(const httplib::Request& request) const {
  auto [body, resumes, postings] = resumes_and_postings(request, "resume", "posting", "resume, posting or role");
  const json* fields = body ? &*body : nullptr;
  const std::string role_id = text_field(request, fields, "role");
  const YearMonth today = today_of(text_field(request, fields, "today"));
  if (resumes.size() != 1) throw RequestError(400, "send exactly one resume (field \"resume\")");
  if (postings.size() + !role_id.empty() != 1) {
    throw RequestError(400, "send either a role id (field \"role\") or one posting (field \"posting\")");
  }
  std::optional<std::size_t> role;
  if (!role_id.empty()) {
    role = engine_.taxonomy().role_index(role_id);
    if (!role) throw RequestError(422, "unknown role '" + role_id + "' (see GET /api/roles)");
  }
  check_size(resumes.front());
  for (const auto& posting : postings) check_size(posting);
  const bool with_text = flag(request, "text");
  return [this, resume = std::move(resumes.front()), postings = std::move(postings), role, today,
          with_text]() mutable -> Outcome {
    const Taxonomy& taxonomy = engine_.taxonomy();
    // Each document is added to the profile as it is extracted and kept only to be shown
    // (?text=1): a feed sent as the resume held every extraction.
    ProfileBuilder profile(today);
    std::vector<ExtractedDocument> documents;
    InputIssues issues;
    // The upload is moved in, and freed once parsed (before extraction).
    const auto added =
        engine_.read_upload_each(resume.name, std::move(resume.bytes), issues, [&](ExtractedDocument&& item) {
          profile.add(item);
          if (with_text) documents.push_back(std::move(item));
        });
    report_warnings(issues.warnings);
    if (!added) return failure(422, added.error().to_string());
    metrics_.documents_parsed(added.value());
    const CandidateProfile candidate = std::move(profile).finish();
    MatchResult result;
    json target;
    if (role) {
      result = score_against_role(candidate, taxonomy.roles[*role], taxonomy);
      target = role_target_json(taxonomy.roles[*role]);
    } else {
      auto posting = read(postings.front());
      if (!posting) return failure(422, posting.error().to_string());
      if (posting.value().size() != 1) {
        return failure(422, postings.front().name + ": holds " + std::to_string(posting.value().size()) +
                                " postings; send one (or use /api/screen)");
      }
      const ExtractedDocument& item = posting.value().front();
      result = score_against_posting(candidate, analyze_posting(item.document, item.extraction), taxonomy);
      target = posting_target_json(item.document);
    }
    // The same JSON as `skillmatch match --format json`.
    json out = match_report_json(result, candidate, taxonomy, engine_.rules(), std::move(target));
    if (with_text) {
      out["resume_documents"] = documents_json(documents, taxonomy, today);
      out["resume_skills"] = profile_skills_json(candidate, taxonomy);
    }
    return {200, to_body(out), {}};
  };
}

Api::Work Api::screen(const httplib::Request& request) const {
  auto [body, resumes, postings] = resumes_and_postings(request, "resumes", "postings", "resumes, postings");
  const json* fields = body ? &*body : nullptr;
  std::size_t top = 10;
  bool must_have = false;
  if (fields != nullptr) {
    if (fields->contains("top") && !(*fields)["top"].is_number_unsigned()) throw RequestError(400, "\"top\" must be a positive integer");
    top = fields->value("top", top);
    if (fields->contains("must_have") && !(*fields)["must_have"].is_boolean()) throw RequestError(400, "\"must_have\" must be true or false");
    must_have = fields->value("must_have", false);
  } else {
    const std::string top_text = text_field(request, nullptr, "top");
    if (!top_text.empty()) {
      try {
        top = std::stoul(top_text);
      } catch (const std::exception&) {
        throw RequestError(400, "\"top\" must be a positive integer");
      }
    }
    const std::string must = text_field(request, nullptr, "must_have");
    must_have = must == "1" || must == "true" || must == "on";
  }
  if (top == 0) throw RequestError(400, "\"top\" must be at least 1");
  const YearMonth today = today_of(text_field(request, fields, "today"));
  if (resumes.empty()) throw RequestError(400, "no resumes (field \"resumes\")");
  if (postings.empty()) throw RequestError(400, "no postings (field \"postings\")");
  for (const auto& upload : resumes) check_size(upload);
  for (const auto& upload : postings) check_size(upload);

  return [this, resumes = std::move(resumes), postings = std::move(postings), top, must_have, today]() -> Outcome {
    // The engine's screen, as `skillmatch screen` runs it: resumes in upload order.
    const PostingSet analyzed = engine_.postings_from_bytes(postings);
    report_warnings(analyzed.issues.warnings);
    metrics_.documents_parsed(analyzed.postings.size());
    if (analyzed.postings.empty()) {
      const auto& errors = analyzed.issues.errors;
      return failure(422, errors.empty() ? "no postings could be read" : errors.front().to_string());
    }
    const ScreenResult result = screen_uploads(engine_, analyzed, resumes, 0, {top, must_have, today, 1, {}});
    for (const auto& [order, warning] : result.warnings) report_warning(warning);
    metrics_.documents_parsed(result.documents);
    return {200, screen_json_text(engine_, analyzed, result, screen_errors(analyzed, {}, result), -1), {}};
  };
}

}  // namespace skillmatch::cli::serve
