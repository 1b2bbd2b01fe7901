// The skills and role profiles skillmatch knows, as loaded from rules/.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <skillmatch/sections.hpp>

namespace skillmatch {

// One way a document may name a skill.
struct Alias {
  std::string text;             // a literal, or an RE2 pattern when is_pattern
  bool is_pattern = false;
  bool case_sensitive = false;
  bool ambiguous = false;       // an ordinary word: kept only with supporting context
  // An ambiguous alias nearly always meant as the skill ("Python", "Java"): kept without
  // support unless the sense model says it is the everyday word ("a cup of java").
  bool mostly_skill = false;
};

// What supports or rules out an ambiguous alias near a mention; RE2 fragments.
struct ContextRule {
  std::vector<std::string> cues;
  std::vector<std::string> forbid;
  // Forbid phrases: words, stems and marks with the gaps between them ("puppet show",
  // "puppet theat*", "r & d"; rules/README.md); a mention one of them covers is dropped.
  std::vector<std::string> forbid_phrases;
  // Cue phrases: cues written in the forbid phrases' syntax, found anywhere in the window as the
  // cue regex \b(?:...) they stand for was (a last stem runs on, a last word is whole).
  std::vector<std::string> cue_phrases;
};

struct Skill {
  std::string id;
  std::string name;
  std::string category;  // "Top / Sub", " / " between levels
  std::string kind;
  // Standard codes, empty when the skill has none: ESCO's concept URI
  // ("http://data.europa.eu/esco/skill/..."), and O*NET's technology product title
  // ("Microsoft Active Directory") or commodity code ("43232303").
  std::string esco;
  std::string onet;
  std::vector<Alias> aliases;
  std::vector<std::string> implies;
  ContextRule context;
  std::string origin;  // "file:line" where it was defined, for messages
};

enum class RequirementLevel { kRequired, kPreferred };
enum class GroupMode { kAllOf, kAnyOf };

struct RequirementGroup {
  std::string name;
  RequirementLevel level = RequirementLevel::kRequired;
  GroupMode mode = GroupMode::kAllOf;
  int min = 1;  // any-of: how many members are enough
  double weight = 1.0;
  std::vector<std::string> skills;
  std::string shared_from;  // id of the shared group set it came from, if any
};

struct Role {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::string summary;
  std::string seed;    // the seed documents it was derived from, by file name
  std::string source;  // where the profile comes from, in words people read
  std::vector<std::string> includes;
  std::vector<RequirementGroup> groups;  // shared groups already merged in
  std::string origin;
};

// Negation triggers of one meaning, by the direction they govern (rules/extraction.json).
struct NegationTriggers {
  std::vector<std::string> pre;   // govern what follows: "no experience with Java"
  std::vector<std::string> post;  // govern what precedes: "Kubernetes (not yet)"
  std::vector<std::string> both;  // either side: "no experience in Rust", "Rust: no experience"
};

// Negation as clause-scoped triggers (rules/extraction.json "negation"); every list holds
// RE2 fragments, case-insensitive.
struct NegationRule {
  NegationTriggers triggers;   // negate a mention in any document
  NegationTriggers not_asked;  // "X is not required": negate, except in a resume
  std::vector<std::string> pseudo;        // look like a trigger and are not: "not only"
  std::vector<std::string> terminations;  // end a scope: "but", "however"
  std::vector<std::string> pre_terminations;  // clause joiners ("and"): end a scope, and split a trigger's span before a subject
  std::vector<std::string> list_words;    // join a list under one trigger: "no Java, C++ or Go"
  std::size_t scope_words = 8;  // words (not counting mentions) a scope reaches at most
  std::size_t window = 100;     // bytes around a mention searched for triggers
  std::string origin = "rules/extraction.json";  // "file:line" that set them, for errors
};

// What vetoes every skill of some kinds (rules/extraction.json "kind_forbid"): a concept
// inside a cited title or the name of an event, award or body is no skill shown. The line
// classifier finds those spans; its words are data.
struct KindForbidRule {
  std::vector<std::string> kinds;
  // The classifier's word lists by field name ("name_ends", "sources"...; rules/README.md).
  std::map<std::string, std::vector<std::string>> words;
  std::string origin = "rules/extraction.json";  // "file:line" that set them, for errors
};

// How lists of skills are read (rules/extraction.json "lists").
struct ListRule {
  // A tag line ("Technologies: c, go, oracle"; a short line of a Skills section) lets an
  // item that is a case-sensitive alias match in any case, and supports ambiguous aliases.
  bool tag_lines = false;
  std::size_t min_items = 3;       // outside a Skills section: items a list line needs
  std::size_t max_item_words = 4;  // longer items make a line prose, not a list
  // Ambiguous aliases of different skills next to each other in a list support each other.
  bool ambiguous_support_each_other = false;
  // A skill word labelling a list line ("Testing: Selenium, JUnit"): "rules" (decided by the
  // skill's cues and forbid patterns), "drop" (never a mention) or "keep" (always one).
  std::string labels = "rules";
};

// Short acronyms (rules/extraction.json "short_acronyms"): an alias written in capitals and
// digits, of at most `max_length` of them, that is not ambiguous ("IAM", "POC", "T5") has
// other senses in other trades ("IAM Local 751", a point of contact, a vertebra). It is a
// skill only where the document shows the technical domain: a list or Skills section holds
// it, a skill that is no short acronym is near it on its line, or the document names at least
// `min_document_skills` kept skills of `evidence_kinds`; elsewhere the sense model drops it
// when it scores the skill sense below `veto`. max_length 0: no rule.
struct ShortAcronymRule {
  std::size_t max_length = 0;
  std::size_t min_document_skills = 1;
  double veto = 0.0;
  std::vector<std::string> evidence_kinds;
  std::string origin = "rules/extraction.json";  // "file:line" that set them, for errors
};

// Company names (rules/extraction.json "company_names"): a mention followed on its line by
// at most `max_words_between` capitalised words and a legal suffix ("Spark Energy Inc.",
// "Oracle Corporation") names a company, for every skill: no suffix given, no rule.
struct CompanyNameRule {
  std::vector<std::string> suffixes;  // capitalised in the text, any case after; an optional "." may follow
  std::size_t max_words_between = 2;
  std::string origin = "rules/extraction.json";  // "file:line" that set them, for errors
};

// The word-sense model of ambiguous aliases (rules/senses.json, written by
// tools/train_senses.py): a logistic regression over hashed features of a mention's context,
// scored by core/src/sense_model.cpp. Without one an ambiguous alias needs support, as ever.
struct SenseWeights {
  unsigned hash_bits = 0;      // 0: no model
  std::size_t window = 60;     // bytes of context either side, never past the line
  double bias = 0.0;
  double accept = 1.0;         // at or above: the skill sense, no other support needed
  // The same for a match not written as a capitalised name ("Spark", "PyTorch"): a word in
  // lower case ("reporting") or a run of capitals (initials "RL", a grade "C") needs a surer score.
  double accept_plain = 1.0;
  double veto = 0.0;           // below: the everyday sense, whatever supports it
  std::vector<double> weights;  // 1 << hash_bits
  std::string origin;          // "file:line" that set them, for messages
};

// How job titles are compared (rules/titles.json): words as lowercase tokens, phrases
// rewritten to one canonical spelling, words that say nothing about the role dropped.
struct TitleRule {
  std::vector<std::pair<std::string, std::string>> synonyms;  // phrase -> canonical ("ml" -> "machine learning")
  std::vector<std::string> ignored;    // seniority and filler: "senior", "lead", "ii"
  std::vector<std::string> not_held;   // a headline with one of these is a wish: "aspiring"
  // The synonyms as words, longest phrase first: compile_title_rule() fills it once, so
  // reading a title does not split every phrase again.
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> phrases;
};

class Taxonomy {
 public:
  std::vector<Skill> skills;
  std::vector<Role> roles;
  SectionVocabulary sections;
  NegationRule negation;
  KindForbidRule kind_forbid;
  std::size_t context_window = 60;
  ListRule lists;
  ShortAcronymRule short_acronyms;
  CompanyNameRule company_names;
  // Sections of a posting that ask for no skill: their mentions are kept, marked informational.
  std::vector<std::string> posting_ignored_sections;
  SenseWeights senses;
  TitleRule titles;

  // Index of the skill or role with this id; nullopt when unknown. Call reindex() after edits.
  std::optional<std::size_t> skill_index(const std::string& id) const;
  std::optional<std::size_t> role_index(const std::string& id) const;
  // Up to `most` role ids a user who typed `typed` probably meant ("data engineer",
  // "ml-enginer", "MLOps"), closest first: for an "unknown role" message.
  std::vector<std::string> closest_role_ids(const std::string& typed, std::size_t most = 3) const;
  // The skills `skill`'s `implies` reach, directly or not, sorted (kept by reindex()).
  const std::vector<std::size_t>& implied_closure(std::size_t skill) const;
  void reindex();

 private:
  std::vector<std::vector<std::size_t>> implied_;  // implied_closure, by skill
  std::unordered_map<std::string, std::size_t> skill_by_id_;
  std::unordered_map<std::string, std::size_t> role_by_id_;
};

}  // namespace skillmatch
