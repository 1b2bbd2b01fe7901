// One reader per feed format: a posting object in, a posting Document out. Each may
// throw markup::InputError (an HTML description nested too deep).
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>
#include <skillmatch/document.hpp>

namespace skillmatch::parsers::jobfeed {

// `fallback_id` is used when the posting carries no id of its own.
Document read_jsonld_posting(const nlohmann::json& posting, std::string fallback_id, std::uint32_t max_html_depth);
Document read_greenhouse_posting(const nlohmann::json& job, std::string fallback_id, std::uint32_t max_html_depth);
Document read_lever_posting(const nlohmann::json& posting, std::string fallback_id, std::uint32_t max_html_depth);
Document read_jsonresume_job(const nlohmann::json& job, std::string fallback_id, std::uint32_t max_html_depth);
Document read_usajobs_posting(const nlohmann::json& item, std::string fallback_id, std::uint32_t max_html_depth);

}  // namespace skillmatch::parsers::jobfeed
