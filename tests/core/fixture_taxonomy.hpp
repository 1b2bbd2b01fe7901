// The fixture taxonomy (tests/data/fixture_rules) and documents extracted with it, shared
// by the evidence, posting analysis and scoring tests: what they pin does not move when
// rules/ is tuned.
#pragma once

#include <string>

#include <skillmatch/evidence.hpp>
#include <skillmatch/posting_analysis.hpp>
#include <skillmatch/rules_loader.hpp>
#include <skillmatch/sections.hpp>

namespace skillmatch::fixture_rules {

// What "Present" means in these tests.
inline const YearMonth kToday{2026, 11};

// The fixture rules, loaded once.
inline const RulesLoad& fixture() {
  static const RulesLoad rules = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/tests/data/fixture_rules"});
  return rules;
}

// Their extractor, compiled once.
inline const Extractor& extractor() {
  static const Extractor compiled = std::move(Extractor::compile(fixture().taxonomy)).value();
  return compiled;
}

// The index of a fixture skill.
inline std::size_t id(const std::string& skill) { return *fixture().taxonomy.skill_index(skill); }

// `text` as a document of `kind` ("test.txt"), with its sections detected, and its extraction.
inline ExtractedDocument extracted(const std::string& text, DocumentKind kind = DocumentKind::kResume) {
  Document document;
  document.source = "test.txt";
  document.text = text;
  document.kind = kind;
  document.sections = detect_sections(text, fixture().taxonomy.sections);
  auto extraction = extractor().extract(document);
  return {document, std::move(extraction).value()};
}

// The profile of one resume.
inline CandidateProfile profile(const std::string& text) { return build_profile({extracted(text)}, kToday); }

// What a posting of `text` asks for.
inline PostingRequirements posting_requirements(const std::string& text) {
  const ExtractedDocument item = extracted(text, DocumentKind::kPosting);
  return analyze_posting(item.document, item.extraction);
}

// The requirement for `skill`, or nullptr.
inline const SkillRequirement* find(const PostingRequirements& requirements, const std::string& skill) {
  for (const auto& s : requirements.skills) {
    if (s.skill == id(skill)) return &s;
  }
  return nullptr;
}

}  // namespace skillmatch::fixture_rules
