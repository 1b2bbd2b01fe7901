#include "skills_reader.hpp"

#include <algorithm>
#include <initializer_list>

#include "commented_json.hpp"

namespace skillmatch::detail {
namespace {

// Where the reader stands in a skills file.
enum class At { kTop, kSkills, kSkill, kAliases, kAlias, kImplies, kContext, kCues, kForbid, kForbidPhrases, kCuePhrases, kDone };

// The member names the reader knows, told apart once per key rather than at every value.
enum class Member { kNone, kSkills, kId, kName, kCategory, kKind, kEsco, kOnet, kAliases, kImplies, kContext,
                    kText, kPattern, kCase, kAmbiguous, kMostlySkill, kCues, kForbid, kForbidPhrases, kCuePhrases, kOther };

// kNone for "" (as for no key at all), kOther for a name the reader does not know.
Member member_named(std::string_view key) {
  static constexpr std::pair<std::string_view, Member> kNames[] = {
      {"skills", Member::kSkills},     {"id", Member::kId},           {"name", Member::kName},
      {"category", Member::kCategory}, {"kind", Member::kKind},       {"esco", Member::kEsco},
      {"onet", Member::kOnet},         {"aliases", Member::kAliases}, {"implies", Member::kImplies},
      {"context", Member::kContext},   {"text", Member::kText},       {"pattern", Member::kPattern},
      {"case", Member::kCase},         {"ambiguous", Member::kAmbiguous}, {"mostly_skill", Member::kMostlySkill},
      {"cues", Member::kCues},         {"forbid", Member::kForbid},   {"forbid_phrases", Member::kForbidPhrases},
      {"cue_phrases", Member::kCuePhrases}};
  if (key.empty()) return Member::kNone;
  for (const auto& [name, member] : kNames) {
    if (name == key) return member;
  }
  return Member::kOther;
}

// Reads the events of a parsed skills file (walk_events below) and accepts only a
// well-formed one. A member it does not know is skipped whatever it holds, as the tree
// reader ignores it.
class SkillsHandler {
 public:
  std::vector<Skill> skills;
  // The file was one object holding a "skills" array, read to its end.
  bool complete() const { return at_ == At::kDone && saw_skills_; }

  // A null or a number: the reader skips it, or it is of the wrong type where it expected a member.
  bool scalar() const { return skip_ > 0 || skipping_member(); }
  bool boolean(bool value) {
    if (skip_ == 0 && at_ == At::kAlias && member_ == Member::kAmbiguous) return alias_.ambiguous = value, true;
    if (skip_ == 0 && at_ == At::kAlias && member_ == Member::kMostlySkill) return mostly_skill_ = value, true;
    return scalar();
  }
  bool string(std::string value);
  bool start_object();
  bool key(std::string_view key);
  bool end_object();
  bool start_array();
  bool end_array();

 private:
  // Whether the current member is one the reader does not know where it stands, so any value will do.
  bool skipping_member() const {
    const auto is_one_of = [this](std::initializer_list<Member> members) {
      return std::find(members.begin(), members.end(), member_) != members.end();
    };
    switch (at_) {
      case At::kTop: return member_ != Member::kSkills;
      case At::kSkill:
        return !is_one_of({Member::kId, Member::kName, Member::kCategory, Member::kKind, Member::kEsco, Member::kOnet,
                           Member::kAliases, Member::kImplies, Member::kContext});
      case At::kAlias: return !is_one_of({Member::kText, Member::kPattern, Member::kCase, Member::kAmbiguous, Member::kMostlySkill});
      case At::kContext: return !is_one_of({Member::kCues, Member::kForbid, Member::kForbidPhrases, Member::kCuePhrases});
      default: return false;
    }
  }
  bool skill_string(std::string value);
  bool alias_string(std::string value);
  bool finish_alias();
  bool finish_skill();

  At at_ = At::kTop;
  Member member_ = Member::kNone;
  int skip_ = 0;          // depth inside a skipped member's object or array
  bool saw_skills_ = false;
  Skill skill_;
  int required_seen_ = 0;  // name, category and kind, as bits
  Alias alias_;
  bool has_text_ = false, has_pattern_ = false, mostly_skill_ = false, case_sensitive_ = false;
  std::string text_, pattern_;
};

bool SkillsHandler::string(std::string value) {
  if (skip_ > 0) return true;
  switch (at_) {
    case At::kSkill: return skipping_member() || skill_string(std::move(value));
    case At::kAliases: alias_ = Alias{}; alias_.text = std::move(value); skill_.aliases.push_back(std::move(alias_)); return true;
    case At::kAlias: return skipping_member() || alias_string(std::move(value));
    case At::kImplies: skill_.implies.push_back(std::move(value)); return true;
    case At::kCues: skill_.context.cues.push_back(std::move(value)); return true;
    case At::kForbid: skill_.context.forbid.push_back(std::move(value)); return true;
    case At::kForbidPhrases: skill_.context.forbid_phrases.push_back(std::move(value)); return true;
    case At::kCuePhrases: skill_.context.cue_phrases.push_back(std::move(value)); return true;
    default: return scalar();
  }
}

bool SkillsHandler::skill_string(std::string value) {
  switch (member_) {
    case Member::kId: skill_.id = std::move(value); break;
    case Member::kName: skill_.name = std::move(value), required_seen_ |= 1; break;
    case Member::kCategory: skill_.category = std::move(value), required_seen_ |= 2; break;
    case Member::kKind: skill_.kind = std::move(value), required_seen_ |= 4; break;
    case Member::kEsco: skill_.esco = std::move(value); break;
    case Member::kOnet: skill_.onet = std::move(value); break;
    default: return false;
  }  // aliases, implies or context given as a string
  return true;
}

bool SkillsHandler::alias_string(std::string value) {
  if (member_ == Member::kText) text_ = std::move(value), has_text_ = true;
  else if (member_ == Member::kPattern) pattern_ = std::move(value), has_pattern_ = true;
  else if (member_ == Member::kCase) case_sensitive_ = value == "sensitive";
  else return false;  // ambiguous or mostly_skill given as a string
  return true;
}

bool SkillsHandler::start_object() {
  if (skip_ > 0 || ((at_ == At::kTop || at_ == At::kSkill || at_ == At::kAlias || at_ == At::kContext) &&
                    member_ != Member::kNone && skipping_member())) {
    ++skip_;
    return true;
  }
  if (at_ == At::kTop && member_ == Member::kNone) return true;  // the file's own object
  if (at_ == At::kSkills) {
    skill_ = Skill{};
    required_seen_ = 0;
    at_ = At::kSkill;
  } else if (at_ == At::kAliases) {
    alias_ = Alias{};
    has_text_ = has_pattern_ = mostly_skill_ = case_sensitive_ = false;
    text_.clear();
    pattern_.clear();
    at_ = At::kAlias;
  } else if (at_ == At::kSkill && member_ == Member::kContext) {
    at_ = At::kContext;
  } else {
    return false;
  }
  member_ = Member::kNone;
  return true;
}

bool SkillsHandler::key(std::string_view key) {
  if (skip_ == 0) member_ = member_named(key);
  return true;
}

bool SkillsHandler::end_object() {
  if (skip_ > 0) {
    --skip_;
    return true;
  }
  member_ = Member::kNone;
  switch (at_) {
    case At::kAlias: at_ = At::kAliases; return finish_alias();
    case At::kSkill: at_ = At::kSkills; return finish_skill();
    case At::kContext: at_ = At::kSkill; return true;
    case At::kTop: at_ = At::kDone; return true;
    default: return false;
  }
}

bool SkillsHandler::finish_alias() {
  if (!has_text_ && !has_pattern_) return false;
  alias_.is_pattern = has_pattern_;
  alias_.text = has_pattern_ ? std::move(pattern_) : std::move(text_);
  alias_.case_sensitive = case_sensitive_;
  alias_.mostly_skill = alias_.ambiguous && mostly_skill_;
  skill_.aliases.push_back(std::move(alias_));
  return true;
}

bool SkillsHandler::finish_skill() {
  if (skill_.id.empty() || required_seen_ != 7 || skill_.aliases.empty()) return false;
  skills.push_back(std::move(skill_));
  return true;
}

bool SkillsHandler::start_array() {
  if (skip_ > 0 || (at_ != At::kSkills && at_ != At::kAliases && member_ != Member::kNone && skipping_member())) {
    ++skip_;
    return true;
  }
  const At from = at_;
  if (from == At::kTop && member_ == Member::kSkills) at_ = At::kSkills, saw_skills_ = true;
  else if (from == At::kSkill && member_ == Member::kAliases) at_ = At::kAliases;
  else if (from == At::kSkill && member_ == Member::kImplies) at_ = At::kImplies;
  else if (from == At::kContext && member_ == Member::kCues) at_ = At::kCues;
  else if (from == At::kContext && member_ == Member::kForbid) at_ = At::kForbid;
  else if (from == At::kContext && member_ == Member::kForbidPhrases) at_ = At::kForbidPhrases;
  else if (from == At::kContext && member_ == Member::kCuePhrases) at_ = At::kCuePhrases;
  member_ = Member::kNone;
  return at_ != from;
}

bool SkillsHandler::end_array() {
  if (skip_ > 0) {
    --skip_;
    return true;
  }
  switch (at_) {
    case At::kSkills: at_ = At::kTop; return true;
    case At::kAliases: case At::kImplies: at_ = At::kSkill; return true;
    case At::kCues: case At::kForbid: case At::kForbidPhrases: case At::kCuePhrases: at_ = At::kContext; return true;
    default: return false;
  }
}

// Feeds `element` to `handler` as the events of reading it in order; false when the handler
// refuses one. Numbers and nulls are skipped alike. Nesting is bounded by simdjson's depth limit.
bool walk_events(simdjson::dom::element element, SkillsHandler& handler) {
  using simdjson::dom::element_type;
  switch (element.type()) {
    case element_type::OBJECT:
      if (!handler.start_object()) return false;
      for (const auto field : simdjson::dom::object(element)) {
        if (!handler.key(field.key) || !walk_events(field.value, handler)) return false;
      }
      return handler.end_object();
    case element_type::ARRAY:
      if (!handler.start_array()) return false;
      for (const auto item : simdjson::dom::array(element)) {
        if (!walk_events(item, handler)) return false;
      }
      return handler.end_array();
    case element_type::STRING: return handler.string(std::string(std::string_view(element)));
    case element_type::BOOL: return handler.boolean(bool(element));
    default: return handler.scalar();
  }
}

}  // namespace

std::optional<std::vector<Skill>> read_skills(std::string_view text) {
  simdjson::dom::parser parser;
  const auto root = parse_commented_json(text, parser);
  if (!root) return std::nullopt;
  SkillsHandler handler;
  if (!walk_events(*root, handler) || !handler.complete()) return std::nullopt;
  return std::move(handler.skills);
}

}  // namespace skillmatch::detail
