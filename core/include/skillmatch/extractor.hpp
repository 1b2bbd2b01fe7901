// Finds every skill mention in a document: one pass looks each word up in a table of the
// aliases' first words; RE2 handles pattern aliases, context, negation and sections.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <skillmatch/document.hpp>
#include <skillmatch/result.hpp>
#include <skillmatch/taxonomy.hpp>

namespace skillmatch {

// One place a skill is named, with the evidence a reader needs to find it.
struct Mention {
  std::size_t offset = 0;  // bytes into Document::text
  std::size_t length = 0;  // bytes
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 1-based, in Unicode code points
  std::string section;     // canonical section name, or empty
  std::string text;        // the matched text, exactly as in the document
  bool negated = false;    // "no experience with X": reported, never evidence
  // In a posting section that asks for nothing (benefits, about us: extraction.json
  // "posting_ignored_sections"): reported with its section, never a requirement.
  bool informational = false;
};

// A skill found in a document: mentioned (mentions non-empty) or only implied by others.
struct SkillHit {
  std::size_t skill = 0;                // index into Taxonomy::skills
  std::vector<Mention> mentions;        // in text order
  std::vector<std::size_t> implied_by;  // skills whose mentions imply this one
};

// Mentioned skills in order of first mention, then implied-only skills by id.
struct Extraction {
  std::vector<SkillHit> skills;
};

class Extractor {
 public:
  // Compiles every alias of `taxonomy`, which must outlive the extractor. A skill's context
  // rules are compiled the first time a document needs them.
  static Result<Extractor> compile(const Taxonomy& taxonomy);

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  // Thread-safe. Fails only when RE2 runs out of its memory budget on this document.
  Result<Extraction> extract(const Document& document) const;

  const Taxonomy& taxonomy() const;
  std::size_t alias_count() const;
  // Compiles every skill's context rules now (extraction compiles each on first use) and
  // returns one Error per rule RE2 rejects.
  std::vector<Error> check_context_rules() const;

 private:
  struct Compiled;
  explicit Extractor(std::unique_ptr<Compiled> compiled);
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace skillmatch
