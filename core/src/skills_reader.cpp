#include "skills_reader.hpp"

#include <nlohmann/json.hpp>

namespace skillmatch::detail {
namespace {

using nlohmann::json;

// A SAX handler that accepts only a well-formed skills file. Where the reader stands is one
// of these; a member it does not know is skipped whatever it holds, as the tree reader
// ignores it.
enum class At { kTop, kSkills, kSkill, kAliases, kAlias, kImplies, kContext, kCues, kForbid, kForbidPhrases, kDone };

class SkillsHandler : public nlohmann::json_sax<json> {
 public:
  std::vector<Skill> skills;
  // The file was one object holding a "skills" array, read to its end.
  bool complete() const { return at_ == At::kDone && saw_skills_; }

  bool null() override { return scalar(); }
  bool boolean(bool value) override {
    if (skip_ == 0 && at_ == At::kAlias && key_ == "ambiguous") return alias_.ambiguous = value, true;
    if (skip_ == 0 && at_ == At::kAlias && key_ == "mostly_skill") return mostly_skill_ = value, true;
    return scalar();
  }
  bool number_integer(number_integer_t) override { return scalar(); }
  bool number_unsigned(number_unsigned_t) override { return scalar(); }
  bool number_float(number_float_t, const string_t&) override { return scalar(); }
  bool binary(binary_t&) override { return false; }
  bool string(string_t& value) override;
  bool start_object(std::size_t) override;
  bool key(string_t& key) override;
  bool end_object() override;
  bool start_array(std::size_t) override;
  bool end_array() override;
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  // A value the reader skips, or one of the wrong type where it expected a member.
  bool scalar() { return skip_ > 0 || skipping_member(); }
  // Whether the current member is one the reader does not know, so any value will do.
  bool skipping_member() const {
    switch (at_) {
      case At::kTop: return key_ != "skills";
      case At::kSkill:
        return key_ != "id" && key_ != "name" && key_ != "category" && key_ != "kind" && key_ != "esco" &&
               key_ != "onet" && key_ != "aliases" && key_ != "implies" && key_ != "context";
      case At::kAlias: return key_ != "text" && key_ != "pattern" && key_ != "case" && key_ != "ambiguous" && key_ != "mostly_skill";
      case At::kContext: return key_ != "cues" && key_ != "forbid" && key_ != "forbid_phrases";
      default: return false;
    }
  }
  bool skill_string(std::string value);
  bool alias_string(std::string value);
  bool finish_alias();
  bool finish_skill();

  At at_ = At::kTop;
  std::string key_;
  int skip_ = 0;          // depth inside a skipped member's object or array
  bool saw_skills_ = false;
  Skill skill_;
  int required_seen_ = 0;  // name, category and kind, as bits
  Alias alias_;
  bool has_text_ = false, has_pattern_ = false, mostly_skill_ = false, case_sensitive_ = false;
  std::string text_, pattern_;
};

bool SkillsHandler::string(string_t& value) {
  if (skip_ > 0) return true;
  switch (at_) {
    case At::kSkill: return skipping_member() || skill_string(std::move(value));
    case At::kAliases: alias_ = Alias{}; alias_.text = std::move(value); skill_.aliases.push_back(std::move(alias_)); return true;
    case At::kAlias: return skipping_member() || alias_string(std::move(value));
    case At::kImplies: skill_.implies.push_back(std::move(value)); return true;
    case At::kCues: skill_.context.cues.push_back(std::move(value)); return true;
    case At::kForbid: skill_.context.forbid.push_back(std::move(value)); return true;
    case At::kForbidPhrases: skill_.context.forbid_phrases.push_back(std::move(value)); return true;
    default: return scalar();
  }
}

bool SkillsHandler::skill_string(std::string value) {
  if (key_ == "id") skill_.id = std::move(value);
  else if (key_ == "name") skill_.name = std::move(value), required_seen_ |= 1;
  else if (key_ == "category") skill_.category = std::move(value), required_seen_ |= 2;
  else if (key_ == "kind") skill_.kind = std::move(value), required_seen_ |= 4;
  else if (key_ == "esco") skill_.esco = std::move(value);
  else if (key_ == "onet") skill_.onet = std::move(value);
  else return false;  // aliases, implies or context given as a string
  return true;
}

bool SkillsHandler::alias_string(std::string value) {
  if (key_ == "text") text_ = std::move(value), has_text_ = true;
  else if (key_ == "pattern") pattern_ = std::move(value), has_pattern_ = true;
  else if (key_ == "case") case_sensitive_ = value == "sensitive";
  else return false;  // ambiguous or mostly_skill given as a string
  return true;
}

bool SkillsHandler::start_object(std::size_t) {
  if (skip_ > 0 || ((at_ == At::kTop || at_ == At::kSkill || at_ == At::kAlias || at_ == At::kContext) &&
                    !key_.empty() && skipping_member())) {
    ++skip_;
    return true;
  }
  if (at_ == At::kTop && key_.empty()) return true;  // the file's own object
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
  } else if (at_ == At::kSkill && key_ == "context") {
    at_ = At::kContext;
  } else {
    return false;
  }
  key_.clear();
  return true;
}

bool SkillsHandler::key(string_t& key) {
  if (skip_ == 0) key_ = std::move(key);
  return true;
}

bool SkillsHandler::end_object() {
  if (skip_ > 0) {
    --skip_;
    return true;
  }
  key_.clear();
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

bool SkillsHandler::start_array(std::size_t) {
  if (skip_ > 0 || (at_ != At::kSkills && at_ != At::kAliases && !key_.empty() && skipping_member())) {
    ++skip_;
    return true;
  }
  const std::string member = std::move(key_);
  key_.clear();
  if (at_ == At::kTop && member == "skills") at_ = At::kSkills, saw_skills_ = true;
  else if (at_ == At::kSkill && member == "aliases") at_ = At::kAliases;
  else if (at_ == At::kSkill && member == "implies") at_ = At::kImplies;
  else if (at_ == At::kContext && member == "cues") at_ = At::kCues;
  else if (at_ == At::kContext && member == "forbid") at_ = At::kForbid;
  else if (at_ == At::kContext && member == "forbid_phrases") at_ = At::kForbidPhrases;
  else return false;
  return true;
}

bool SkillsHandler::end_array() {
  if (skip_ > 0) {
    --skip_;
    return true;
  }
  switch (at_) {
    case At::kSkills: at_ = At::kTop; return true;
    case At::kAliases: case At::kImplies: at_ = At::kSkill; return true;
    case At::kCues: case At::kForbid: case At::kForbidPhrases: at_ = At::kContext; return true;
    default: return false;
  }
}

}  // namespace

std::optional<std::vector<Skill>> read_skills(std::string_view text) {
  SkillsHandler handler;
  const bool ok = json::sax_parse(text.begin(), text.end(), &handler, json::input_format_t::json, /*strict=*/true,
                                  /*ignore_comments=*/true);
  if (!ok || !handler.complete()) return std::nullopt;
  return std::move(handler.skills);
}

}  // namespace skillmatch::detail
