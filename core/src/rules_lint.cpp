#include <skillmatch/rules_lint.hpp>

#include <algorithm>
#include <bitset>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <re2/re2.h>

#include "alias_locator.hpp"
#include "char_classes.hpp"
#include "extract/forbid_phrases.hpp"

namespace skillmatch {
namespace {

namespace fs = std::filesystem;

// A context fragment compiled as the extractor compiles it (context_rules.cpp): Latin-1,
// case-insensitive, forbid patterns leftmost-longest.
std::unique_ptr<RE2> compile_fragment(const std::string& fragment) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_case_sensitive(false);
  options.set_longest_match(true);
  return std::make_unique<RE2>(fragment, options);
}

// Example strings a pattern matches, enough to see where its matches can start and end:
// every alternative and every optional part shows in one example, the rest of the pattern
// at its default (first alternative, fewest repetitions). One example per variation, not
// every combination: the count stays the size of the pattern.
class ExampleWriter {
 public:
  explicit ExampleWriter(std::string_view pattern) : p_(pattern) {}
  std::vector<std::string> write() { return alternation(); }

 private:
  using Examples = std::vector<std::string>;  // never empty; the first is the default

  bool at(char c) const { return i_ < p_.size() && p_[i_] == c; }

  Examples alternation() {
    Examples out = sequence();
    while (at('|')) {
      ++i_;
      const Examples branch = sequence();
      out.insert(out.end(), branch.begin(), branch.end());
    }
    return out;
  }

  Examples sequence() {
    std::vector<Examples> items;
    while (i_ < p_.size() && !at('|') && !at(')')) items.push_back(quantified(atom()));
    Examples out{""};
    for (const auto& item : items) out[0] += item[0];
    for (std::size_t k = 0; k < items.size(); ++k) {
      for (std::size_t v = 1; v < items[k].size(); ++v) {
        std::string example;
        for (std::size_t j = 0; j < items.size(); ++j) example += j == k ? items[k][v] : items[j][0];
        out.push_back(std::move(example));
      }
    }
    return out;
  }

  // An atom's examples at its fewest repetitions, and with one more of each variant: more
  // copies only repeat what the examples already show.
  Examples quantified(Examples atom) {
    std::size_t min = 1;
    if (at('?') || at('*')) {
      min = 0;
      ++i_;
    } else if (at('+')) {
      ++i_;
    } else if (at('{') && i_ + 1 < p_.size() && std::isdigit(static_cast<unsigned char>(p_[i_ + 1]))) {
      const std::size_t close = p_.find('}', i_);
      min = std::stoul(std::string(p_.substr(i_ + 1, close - i_ - 1)));
      i_ = close + 1;
    } else {
      return atom;
    }
    if (at('?')) ++i_;  // lazy: the same strings
    std::string fewest;
    for (std::size_t k = 0; k < min; ++k) fewest += atom[0];
    Examples out{fewest};
    const std::string before = min > 0 ? fewest.substr(atom[0].size()) : fewest;
    for (std::size_t v = min > 0 ? 1 : 0; v < atom.size(); ++v) out.push_back(before + atom[v]);
    return out;
  }

  Examples atom() {
    const char c = p_[i_++];
    switch (c) {
      case '(': return group();
      case '[': return {std::string(1, character_class())};
      case '\\': return {escape()};
      case '.': return {"a"};
      case '^':
      case '$': return {""};
      default: return {std::string(1, c)};
    }
  }

  Examples group() {
    if (p_.substr(i_, 3) == "?P<") {
      i_ = std::min(p_.find('>', i_), p_.size() - 1) + 1;  // a named group
    } else if (at('?')) {
      // Flags: "(?i)" sets them (nothing to write), "(?-i:" and "(?:" open a group.
      const std::size_t end = std::min(p_.find_first_of(":)", i_), p_.size() - 1);
      i_ = end + 1;
      if (p_[end] == ')') return {""};
    }
    Examples out = alternation();
    if (at(')')) ++i_;
    return out;
  }

  // What \d, \s, \w and their complements stand for, in a class or outside.
  static std::optional<std::bitset<256>> perl_class(char c) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower != 'd' && lower != 's' && lower != 'w') return std::nullopt;
    std::bitset<256> set;
    for (int b = 0; b < 256; ++b) {
      const auto u = static_cast<unsigned char>(b);
      const bool in = lower == 'd'   ? std::isdigit(u) != 0
                      : lower == 's' ? (u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v')
                                     : detail::is_ascii_word(u);
      set[b] = in != (c != lower);  // \D, \S, \W: the complement
    }
    return set;
  }

  static char escaped_char(std::string_view p, std::size_t& i) {
    const char c = p[i++];
    if (c == 'n') return '\n';
    if (c == 't') return '\t';
    if (c == 'r') return '\r';
    if (c != 'x') return c;
    // \xHH or \x{HHHH}; a code point past Latin-1 only needs to be some byte here.
    const bool braced = i < p.size() && p[i] == '{';
    const std::size_t end = braced ? std::min(p.find('}', i), p.size()) : std::min(i + 2, p.size());
    const std::string digits(p.substr(i + (braced ? 1 : 0), end - i - (braced ? 1 : 0)));
    i = braced ? std::min(end + 1, p.size()) : end;
    return static_cast<char>(std::strtol(digits.c_str(), nullptr, 16));
  }

  // A character the class matches: a space or a letter when it allows one, so that an
  // example shows word boundaries where the pattern has them.
  char character_class() {
    const bool negated = at('^');
    if (negated) ++i_;
    std::bitset<256> members;
    bool first = true;
    while (i_ < p_.size() && (first || !at(']'))) {
      first = false;
      if (p_.substr(i_, 2) == "[:") {
        // A POSIX class ([:alpha:], [:digit:]...) stands for the letters: an example only
        // needs some member, and a wrong one only loses that example.
        i_ = std::min(p_.find(":]", i_), p_.size() - 2) + 2;
        for (char letter = 'a'; letter <= 'z'; ++letter) members.set(static_cast<unsigned char>(letter));
        continue;
      }
      if (at('\\')) {
        ++i_;
        if (const auto perl = perl_class(p_[i_])) {
          members |= *perl;
          ++i_;
          continue;
        }
        members.set(static_cast<unsigned char>(escaped_char(p_, i_)));
        continue;
      }
      const auto low = static_cast<unsigned char>(p_[i_++]);
      auto high = low;
      if (at('-') && i_ + 1 < p_.size() && p_[i_ + 1] != ']') {
        ++i_;
        high = static_cast<unsigned char>(p_[i_] == '\\' ? (++i_, escaped_char(p_, i_)) : p_[i_++]);
      }
      for (unsigned b = low; b <= high; ++b) members.set(b);
    }
    if (at(']')) ++i_;
    if (negated) members.flip();
    for (const char preferred : std::string_view(" aA1-.")) {
      if (members[static_cast<unsigned char>(preferred)]) return preferred;
    }
    for (int b = 0; b < 256; ++b) {
      if (members[b]) return static_cast<char>(b);
    }
    return 'a';
  }

  std::string escape() {
    if (i_ >= p_.size()) return "";
    const char c = p_[i_];
    if (c == 'b' || c == 'B' || c == 'A' || c == 'z') {
      ++i_;
      return "";
    }
    if (perl_class(c)) {
      ++i_;
      return c == 's' ? " " : c == 'd' ? "1" : c == 'W' ? " " : "a";
    }
    return std::string(1, escaped_char(p_, i_));
  }

  std::string_view p_;
  std::size_t i_ = 0;
};

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Where a probe shows the pattern matching inside a word, as a message; nullopt if nowhere.
// A probe is an example with a letter glued before or after it: a match that begins right
// after that letter, or ends right before it, takes part of a word for a whole one. Only
// letters count: "r=1x" or "x1 °C" ends or starts at a number, not inside a word.
std::optional<std::string> inside_word(const RE2& regex, const std::string& example) {
  re2::StringPiece match;
  if (is_letter(example.front())) {
    const std::string probe = "x" + example;
    if (regex.Match(probe, 0, probe.size(), RE2::UNANCHORED, &match, 1) && match.data() == probe.data() + 1) {
      return "can start inside a word (it matches in '" + probe + "'; start it with \\b)";
    }
  }
  if (is_letter(example.back())) {
    const std::string probe = example + "x";
    if (regex.Match(probe, 0, probe.size(), RE2::ANCHOR_START, &match, 1) && match.size() == example.size()) {
      return "can end inside a word (it matches '" + example + "' in '" + probe + "'; end it with \\b, or \\w* after a stem)";
    }
  }
  return std::nullopt;
}

void check_boundaries(const std::string& subject, const std::string& what, const std::vector<std::string>& fragments,
                      std::vector<Error>& out) {
  for (const auto& fragment : fragments) {
    const auto regex = compile_fragment(fragment);
    if (!regex->ok()) continue;  // lint_patterns reports it
    for (const auto& example : ExampleWriter(fragment).write()) {
      if (example.empty()) continue;
      if (const auto problem = inside_word(*regex, example)) {
        out.push_back({subject, what + ": pattern '" + fragment + "' " + *problem});
        break;
      }
    }
  }
}

void check_compiles(const std::string& subject, const std::string& what, const std::vector<std::string>& fragments,
                    std::vector<Error>& out) {
  for (const auto& fragment : fragments) {
    const auto regex = compile_fragment(fragment);
    if (!regex->ok()) out.push_back({subject, what + ": RE2 cannot compile '" + fragment + "': " + regex->error()});
  }
}

void check_phrases(const std::string& subject, const std::string& what, const std::vector<std::string>& phrases,
                   std::vector<Error>& out) {
  for (const auto& phrase : phrases) {
    if (!detail::ForbidPhrases::well_formed(phrase)) {
      out.push_back({subject, what + ": " + detail::ForbidPhrases::ill_formed(phrase)});
    }
  }
}

std::string where(const fs::path& path, std::size_t line) { return path.string() + ":" + std::to_string(line); }

// Reads a text file's lines without their line ends (LF or CRLF); none when it cannot be read.
std::vector<std::string> read_lines(const fs::path& path) {
  std::vector<std::string> lines;
  std::ifstream in(path, std::ios::binary);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<fs::path> skills_files(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder / "skills", error)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields(1);
  for (const char c : line) {
    if (c == '\t') fields.emplace_back(); else fields.back() += c;
  }
  return fields;
}

}  // namespace

RulesSources read_rules_sources(const fs::path& folder) {
  RulesSources sources;
  // In a skills file every "id" member is a skill's.
  static const RE2 kId(R"re("id"\s*:\s*"([^"]*)")re");
  for (const auto& path : skills_files(folder)) {
    const auto lines = read_lines(path);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::string id;
      if (RE2::PartialMatch(lines[i], kId, &id)) sources.definitions.push_back({id, where(path, i + 1)});
    }
  }
  const fs::path coverage = folder / "coverage.tsv";
  const auto lines = read_lines(coverage);
  for (std::size_t i = 1; i < lines.size(); ++i) {  // line 1 names the columns
    const auto fields = split_tabs(lines[i]);
    if (fields.size() < 2) continue;
    sources.coverage.push_back({where(coverage, i + 1), fields[1], fields.size() > 2 ? fields[2] : ""});
  }
  return sources;
}

std::vector<Error> lint_duplicate_ids(const RulesSources& sources) {
  std::vector<Error> out;
  std::map<std::string, std::string> first;
  for (const auto& definition : sources.definitions) {
    const auto [it, inserted] = first.emplace(definition.id, definition.origin);
    if (!inserted) out.push_back({definition.origin, "skill '" + definition.id + "': also defined at " + it->second});
  }
  return out;
}

std::vector<Error> lint_aliases(const Taxonomy& taxonomy) {
  // Keyed by the lowercased fold: a case-sensitive alias collides with another skill's
  // case-insensitive one in any case, and with a case-sensitive one in the same case.
  struct Claim {
    const Skill* skill;
    std::string folded;
    bool case_sensitive;
  };
  std::map<std::string, std::vector<Claim>> claims;
  std::vector<Error> out;
  for (const auto& skill : taxonomy.skills) {
    for (const auto& alias : skill.aliases) {
      if (alias.is_pattern) continue;
      const Claim claim{&skill, detail::AliasLocator::fold(alias.text, alias.case_sensitive), alias.case_sensitive};
      auto& others = claims[detail::AliasLocator::fold(alias.text, false)];
      const auto clash = std::find_if(others.begin(), others.end(), [&](const Claim& other) {
        return other.skill != &skill && (!other.case_sensitive || !claim.case_sensitive || other.folded == claim.folded);
      });
      if (clash != others.end()) {
        out.push_back({skill.origin, "skill '" + skill.id + "': alias '" + alias.text + "' is also claimed by skill '" +
                                         clash->skill->id + "'"});
      }
      others.push_back(claim);
    }
  }
  return out;
}

std::vector<Error> lint_implies(const Taxonomy& taxonomy) {
  std::vector<Error> out;
  for (const auto& skill : taxonomy.skills) {
    for (const auto& implied : skill.implies) {
      if (!taxonomy.skill_index(implied)) out.push_back({skill.origin, "skill '" + skill.id + "': implies unknown skill '" + implied + "'"});
    }
  }
  // Depth-first search with colours finds every cycle's entry point once.
  enum Colour { kUnseen, kOnPath, kDone };
  std::vector<Colour> colour(taxonomy.skills.size(), kUnseen);
  std::function<void(std::size_t)> visit = [&](std::size_t i) {
    colour[i] = kOnPath;
    for (const auto& implied : taxonomy.skills[i].implies) {
      const auto j = taxonomy.skill_index(implied);
      if (j && colour[*j] == kOnPath) {
        out.push_back({taxonomy.skills[i].origin,
                       "skill '" + taxonomy.skills[i].id + "': implies '" + implied + "', which leads back to it (a cycle)"});
      } else if (j && colour[*j] == kUnseen) {
        visit(*j);
      }
    }
    colour[i] = kDone;
  };
  for (std::size_t i = 0; i < taxonomy.skills.size(); ++i) {
    if (colour[i] == kUnseen) visit(i);
  }
  return out;
}

std::vector<Error> lint_roles(const Taxonomy& taxonomy) {
  std::vector<Error> out;
  for (const auto& role : taxonomy.roles) {
    for (const auto& group : role.groups) {
      for (const auto& id : group.skills) {
        if (!taxonomy.skill_index(id)) {
          out.push_back({role.origin, "role '" + role.id + "': group '" + group.name + "' names unknown skill '" + id + "'"});
        }
      }
    }
  }
  return out;
}

std::vector<Error> lint_patterns(const Taxonomy& taxonomy) {
  std::vector<Error> out;
  for (const auto& skill : taxonomy.skills) {
    check_compiles(skill.origin, "skill '" + skill.id + "' cue", skill.context.cues, out);
    check_compiles(skill.origin, "skill '" + skill.id + "' forbid", skill.context.forbid, out);
    check_phrases(skill.origin, "skill '" + skill.id + "' forbid_phrases", skill.context.forbid_phrases, out);
    check_phrases(skill.origin, "skill '" + skill.id + "' cue_phrases", skill.context.cue_phrases, out);
  }
  return out;
}

std::vector<Error> lint_forbid_boundaries(const Taxonomy& taxonomy) {
  std::vector<Error> out;
  for (const auto& skill : taxonomy.skills) check_boundaries(skill.origin, "skill '" + skill.id + "' forbid", skill.context.forbid, out);
  return out;
}

std::vector<Error> lint_zones(const Taxonomy& taxonomy) {
  std::vector<Error> out;
  const PostingZones& zones = taxonomy.sections.zones();
  const auto& ignored = taxonomy.posting_ignored_sections;
  for (const auto& zone : zones.zones()) {
    if (zone != PostingZones::kJob && std::find(ignored.begin(), ignored.end(), zone) == ignored.end()) {
      out.push_back({zones.origin(), "zones: '" + zone + "' is not one of extraction.json's posting_ignored_sections"});
    }
  }
  return out;
}

std::vector<Error> lint_company_suffixes(const Taxonomy& taxonomy) {
  std::vector<Error> out;
  const CompanyNameRule& rule = taxonomy.company_names;
  for (const auto& skill : taxonomy.skills) {
    for (const auto& alias : skill.aliases) {
      if (alias.is_pattern) continue;
      const std::string folded = detail::AliasLocator::fold(alias.text, false);
      for (const auto& suffix : rule.suffixes) {
        if (detail::AliasLocator::fold(suffix, false) == folded) {
          out.push_back({rule.origin, "company_names: suffix '" + suffix + "' is an alias of skill '" + skill.id + "'"});
        }
      }
    }
  }
  return out;
}

std::vector<Error> lint_taxonomy(const Taxonomy& taxonomy, const std::vector<RulesSources>& sources) {
  std::vector<Error> out;
  const auto append = [&out](std::vector<Error> more) { out.insert(out.end(), more.begin(), more.end()); };
  for (const auto& folder : sources) append(lint_duplicate_ids(folder));
  append(lint_aliases(taxonomy));
  append(lint_implies(taxonomy));
  append(lint_roles(taxonomy));
  append(lint_patterns(taxonomy));
  append(lint_forbid_boundaries(taxonomy));
  append(lint_zones(taxonomy));
  append(lint_company_suffixes(taxonomy));
  return out;
}

std::vector<Error> lint_coverage(const Extractor& extractor, const RulesSources& sources) {
  std::vector<Error> out;
  const Taxonomy& taxonomy = extractor.taxonomy();
  for (const auto& row : sources.coverage) {
    const std::string what = "seed term '" + row.term + "'";
    if (row.skill.empty()) {
      out.push_back({row.origin, what + ": no skill covers it"});
      continue;
    }
    const auto index = taxonomy.skill_index(row.skill);
    if (!index) {
      out.push_back({row.origin, what + ": unknown skill '" + row.skill + "'"});
      continue;
    }
    // As a line of a Skills section, where a term is named for what it is: an ambiguous
    // alias ("Go", "Airflow") needs no other support there.
    Document document;
    document.text = row.term;
    document.sections.push_back({"skills", 0, row.term.size()});
    const auto extraction = extractor.extract(document);
    const bool found = extraction && std::any_of(extraction.value().skills.begin(), extraction.value().skills.end(),
                                                 [&](const SkillHit& hit) { return hit.skill == *index && !hit.mentions.empty(); });
    if (!found) out.push_back({row.origin, what + ": extraction does not find skill '" + row.skill + "' in it"});
  }
  return out;
}

}  // namespace skillmatch
