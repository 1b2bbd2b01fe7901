// Finds every skill mention in a document: the taxonomy's aliases compiled once into one
// RE2 program that says which aliases occur, and a token-table pass that locates them.
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
  // Compiles every alias of `taxonomy`, which must outlive the extractor.
  static Result<Extractor> compile(const Taxonomy& taxonomy);

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  // Thread-safe. Fails only when RE2 runs out of its memory budget on this document.
  Result<Extraction> extract(const Document& document) const;

  const Taxonomy& taxonomy() const;
  std::size_t alias_count() const;

 private:
  struct Compiled;
  explicit Extractor(std::unique_ptr<Compiled> compiled);
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace skillmatch
