#include "short_acronyms.hpp"

#include <algorithm>

namespace skillmatch::detail {

bool is_short_acronym(const Alias& alias, const ShortAcronymRule& rule) {
  const std::string& text = alias.text;
  if (alias.is_pattern || alias.ambiguous || text.empty() || text.size() > rule.max_length) return false;
  const auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return std::any_of(text.begin(), text.end(), capital) &&
         std::all_of(text.begin(), text.end(), [&](char c) { return capital(c) || digit(c); });
}

bool shows_domain(const Alias& alias, const Skill& skill, const ShortAcronymRule& rule) {
  if (is_short_acronym(alias, rule)) return false;
  return std::find(rule.evidence_kinds.begin(), rule.evidence_kinds.end(), skill.kind) != rule.evidence_kinds.end();
}

}  // namespace skillmatch::detail
