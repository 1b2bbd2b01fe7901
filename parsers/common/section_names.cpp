#include "common/section_names.hpp"

#include <cctype>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace skillmatch::parsers {
namespace {

// The same table core's section detector reads, embedded at build time so a plugin
// names sections exactly as core would without reading files at run time.
constexpr std::string_view kSectionsJson =
#include "sections_json.inc"
    ;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// Brings a heading to the form the table lists: lowercase, '&' as "and", typographic
// apostrophes plain, no leading bullets or numbering, no trailing ':', single spaces.
std::string normalized_heading(std::string_view heading) {
  std::string text;
  for (std::size_t i = 0; i < heading.size(); ++i) {
    if (heading.substr(i, 3) == "\u2019") {
      text += '\'';
      i += 2;
    } else if (heading[i] == '&') {
      text += " and ";
    } else {
      text += static_cast<char>(std::tolower(static_cast<unsigned char>(heading[i])));
    }
  }
  std::string collapsed;
  for (char c : text) {
    if (is_space(c)) {
      if (!collapsed.empty() && collapsed.back() != ' ') collapsed += ' ';
    } else {
      collapsed += c;
    }
  }
  std::string_view view = collapsed;
  while (!view.empty() && (view.back() == ' ' || view.back() == ':' || view.back() == '.')) view.remove_suffix(1);
  while (!view.empty() && (view.front() == '#' || view.front() == '*' || view.front() == '-' || view.front() == ' ')) {
    view.remove_prefix(1);
  }
  // "1. Experience", "2) Skills", "IV. Education": drop a numbering token and its space.
  const std::size_t space = view.find(' ');
  if (space != std::string_view::npos && space > 1) {
    const std::string_view token = view.substr(0, space);
    const char last = token.back();
    const bool numbering = (last == '.' || last == ')') &&
                           token.substr(0, token.size() - 1).find_first_not_of("0123456789ivxlc") == std::string_view::npos;
    if (numbering) view.remove_prefix(space + 1);
  }
  return std::string(view);
}

const std::unordered_map<std::string, std::string>& canonical_names() {
  static const auto table = [] {
    std::unordered_map<std::string, std::string> names;
    const auto json = nlohmann::json::parse(kSectionsJson, nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/true);
    for (const auto& [canonical, variants] : json.at("sections").items()) {
      names.emplace(canonical, canonical);
      for (const auto& variant : variants) names.emplace(normalized_heading(variant.get<std::string>()), canonical);
    }
    return names;
  }();
  return table;
}

}  // namespace

SectionName section_name_for_heading(std::string_view heading_text) {
  std::string normalized = normalized_heading(heading_text);
  const auto& names = canonical_names();
  if (const auto found = names.find(normalized); found != names.end()) return {found->second, true};
  return {std::move(normalized), false};
}

}  // namespace skillmatch::parsers
