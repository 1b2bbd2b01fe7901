// Finds every skill mention in a document: one pass looks each word up in a table of the
// aliases' first words; RE2 handles pattern aliases, context, negation and sections.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <skillmatch/document.hpp>
#include <skillmatch/result.hpp>
#include <skillmatch/taxonomy.hpp>

namespace skillmatch {

// One place a skill is named, with the evidence a reader needs to find it. 24 bytes: a large
// document holds a mention every 15-30 bytes, so its text and section name are not copied
// into each one but read from the document it came from (text(), section_name()).
struct Mention {
  // Index of no section in `section`.
  static constexpr std::uint32_t kNoSection = (1u << 30) - 1;
  std::size_t offset = 0;    // bytes into Document::text
  std::uint32_t length = 0;  // bytes
  std::uint32_t line = 0;    // 1-based
  std::uint32_t column = 0;  // 1-based, in Unicode code points
  std::uint32_t section : 30 = kNoSection;  // index into Document::sections, or kNoSection
  bool negated : 1 = false;  // "no experience with X": reported, never evidence
  // In a posting section that asks for nothing (benefits, about us: extraction.json
  // "posting_ignored_sections"): reported with its section, never a requirement.
  bool informational : 1 = false;

  // The matched text, exactly as in `document`, the document it was extracted from.
  std::string_view text(const Document& document) const;
  // The canonical name of its section in `document` ("experience", "skills"...), or empty.
  std::string_view section_name(const Document& document) const;
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

class CompileResult;

class Extractor {
 public:
  // Compiles every alias and every context, negation and list rule of `taxonomy`, which
  // must outlive the extractor; a rule RE2 rejects is known here, before any document.
  static CompileResult compile(const Taxonomy& taxonomy);

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  // Thread-safe. Fails when RE2 runs out of its memory budget on this document, and on
  // documents of 4 GiB or more (a mention's length, line and column are 32-bit).
  Result<Extraction> extract(const Document& document) const;

  const Taxonomy& taxonomy() const;
  std::size_t alias_count() const;

 private:
  struct Compiled;
  explicit Extractor(std::unique_ptr<Compiled> compiled);
  std::unique_ptr<Compiled> compiled_;
};

// Extractor::compile's answer: the extractor, or every problem of the rules, one Error per
// pattern RE2 rejects (naming the skill and its rules file); error() is the first of them.
class [[nodiscard]] CompileResult : public Result<Extractor> {
 public:
  CompileResult(Extractor extractor) : Result<Extractor>(std::move(extractor)) {}
  // `errors` is not empty.
  explicit CompileResult(std::vector<Error> errors) : Result<Extractor>(errors.front()), errors_(std::move(errors)) {}
  // Every problem, in the order of the rules; empty when ok().
  const std::vector<Error>& errors() const { return errors_; }

 private:
  std::vector<Error> errors_;
};

}  // namespace skillmatch
