#include "skills_reader.hpp"

#include <initializer_list>

#include "commented_json.hpp"

namespace skillmatch::detail {
namespace {

using simdjson::dom::element;

// The index of `key` among `names`, or -1 for a member the reader skips whatever it holds,
// as the tree reader ignores it.
int member_index(std::string_view key, std::initializer_list<std::string_view> names) {
  int index = 0;
  for (const std::string_view name : names) {
    if (name == key) return index;
    ++index;
  }
  return -1;
}

// Marks member `index` of an object seen; false when it was already: the tree reader takes
// the last of duplicate keys, this reader leaves such a file to it.
bool first_time(int index, unsigned& seen) {
  const unsigned bit = 1u << index;
  if (seen & bit) return false;
  seen |= bit;
  return true;
}

bool read_string(element value, std::string& out) {
  std::string_view text;
  if (value.get(text) != simdjson::SUCCESS) return false;
  out.assign(text);
  return true;
}

bool read_strings(element value, std::vector<std::string>& out) {
  simdjson::dom::array array;
  if (value.get(array) != simdjson::SUCCESS) return false;
  out.reserve(array.size());
  for (const element item : array) {
    if (!read_string(item, out.emplace_back())) return false;
  }
  return true;
}

// {"text"|"pattern": ..., "case": ..., "ambiguous": bool, "mostly_skill": bool}; a pattern
// wins over a text, as in the tree reader.
bool read_alias_object(simdjson::dom::object object, Alias& alias) {
  enum { kText, kPattern, kCase, kAmbiguous, kMostlySkill };
  unsigned seen = 0;
  std::string text, case_name;
  bool mostly_skill = false;
  for (const auto field : object) {
    const int index = member_index(field.key, {"text", "pattern", "case", "ambiguous", "mostly_skill"});
    if (index < 0) continue;
    if (!first_time(index, seen)) return false;
    const bool read = index == kText          ? read_string(field.value, text)
                      : index == kPattern     ? read_string(field.value, alias.text)
                      : index == kCase        ? read_string(field.value, case_name)
                      : index == kAmbiguous   ? field.value.get(alias.ambiguous) == simdjson::SUCCESS
                                              : field.value.get(mostly_skill) == simdjson::SUCCESS;
    if (!read) return false;
  }
  alias.is_pattern = (seen >> kPattern) & 1;
  if (!alias.is_pattern) {
    if (!((seen >> kText) & 1)) return false;
    alias.text = std::move(text);
  }
  alias.case_sensitive = case_name == "sensitive";
  alias.mostly_skill = alias.ambiguous && mostly_skill;
  return true;
}

// A non-empty array of aliases, each a string or an alias object.
bool read_aliases(element value, std::vector<Alias>& out) {
  simdjson::dom::array array;
  if (value.get(array) != simdjson::SUCCESS || array.size() == 0) return false;
  out.reserve(array.size());
  for (const element item : array) {
    Alias& alias = out.emplace_back();
    simdjson::dom::object object;
    if (item.get(object) == simdjson::SUCCESS ? !read_alias_object(object, alias) : !read_string(item, alias.text)) {
      return false;
    }
  }
  return true;
}

bool read_context(element value, ContextRule& out) {
  simdjson::dom::object object;
  if (value.get(object) != simdjson::SUCCESS) return false;
  unsigned seen = 0;
  for (const auto field : object) {
    const int index = member_index(field.key, {"cues", "forbid", "forbid_phrases", "cue_phrases"});
    if (index < 0) continue;
    std::vector<std::string>* const lists[] = {&out.cues, &out.forbid, &out.forbid_phrases, &out.cue_phrases};
    if (!first_time(index, seen) || !read_strings(field.value, *lists[index])) return false;
  }
  return true;
}

// One skill: id, name, category and kind present as strings, a non-empty aliases array.
bool read_skill(element value, Skill& skill) {
  enum { kId, kName, kCategory, kKind, kEsco, kOnet, kAliases, kImplies, kContext };
  simdjson::dom::object object;
  if (value.get(object) != simdjson::SUCCESS) return false;
  unsigned seen = 0;
  for (const auto field : object) {
    const int index =
        member_index(field.key, {"id", "name", "category", "kind", "esco", "onet", "aliases", "implies", "context"});
    if (index < 0) continue;
    if (!first_time(index, seen)) return false;
    std::string* const strings[] = {&skill.id, &skill.name, &skill.category, &skill.kind, &skill.esco, &skill.onet};
    const bool read = index <= kOnet      ? read_string(field.value, *strings[index])
                      : index == kAliases ? read_aliases(field.value, skill.aliases)
                      : index == kImplies ? read_strings(field.value, skill.implies)
                                          : read_context(field.value, skill.context);
    if (!read) return false;
  }
  constexpr unsigned kRequired = 1u << kId | 1u << kName | 1u << kCategory | 1u << kKind | 1u << kAliases;
  return (seen & kRequired) == kRequired && !skill.id.empty();
}

}  // namespace

std::optional<std::vector<Skill>> read_skills(std::string_view text) {
  simdjson::dom::parser parser;
  const auto root = parse_commented_json(text, parser);
  simdjson::dom::object top;
  if (!root || root->get(top) != simdjson::SUCCESS) return std::nullopt;
  std::optional<std::vector<Skill>> skills;
  for (const auto field : top) {
    if (field.key != "skills") continue;
    simdjson::dom::array array;
    if (skills || field.value.get(array) != simdjson::SUCCESS) return std::nullopt;  // a duplicate, or no array
    skills.emplace().reserve(array.size());
    for (const element entry : array) {
      if (!read_skill(entry, skills->emplace_back())) return std::nullopt;
    }
  }
  return skills;
}

}  // namespace skillmatch::detail
