// The regression corpus (tests/data/extraction_cases.tsv): hundreds of sentences as real
// resumes and postings write them, each with a skill that must or must not be found by
// the built-in rules. One test, so the rules compile once; every failing line is reported.
#include <gtest/gtest.h>

#include <skillmatch/extractor.hpp>
#include <skillmatch/rules_loader.hpp>

#include "case_file.hpp"

namespace skillmatch {
namespace {

struct CorpusLine {
  std::size_t number;
  bool expect_found;
  bool expect_positive;  // "positive": found, and at least one mention is not negated
  std::string skill;
  std::string sentence;
};

std::vector<CorpusLine> read_corpus() {
  std::vector<CorpusLine> lines;
  for (auto& [number, expect, skill, sentence] :
       testing::read_case_file(std::string(SKILLMATCH_SOURCE_DIR) + "/tests/data/extraction_cases.tsv")) {
    EXPECT_TRUE(expect == "found" || expect == "absent" || expect == "positive")
        << "extraction_cases.tsv:" << number << ": unknown expectation '" << expect << "'";
    lines.push_back({number, expect != "absent", expect == "positive", std::move(skill), std::move(sentence)});
  }
  return lines;
}

TEST(RegressionCorpus, EverySentenceFindsExactlyWhatItShould) {
  const RulesLoad rules = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  ASSERT_TRUE(rules.ok());
  auto extractor = Extractor::compile(rules.taxonomy);
  ASSERT_TRUE(extractor.ok()) << extractor.error().to_string();
  const auto corpus = read_corpus();
  ASSERT_GE(corpus.size(), 300u);
  std::size_t failures = 0;
  for (const auto& line : corpus) {
    ASSERT_TRUE(rules.taxonomy.skill_index(line.skill)) << "line " << line.number << ": unknown skill " << line.skill;
    Document document;
    document.text = line.sentence;
    document.sections = detect_sections(document.text, rules.taxonomy.sections);
    const auto extraction = extractor.value().extract(document);
    ASSERT_TRUE(extraction.ok());
    bool found = false, positive = false;
    for (const auto& hit : extraction.value().skills) {
      if (rules.taxonomy.skills[hit.skill].id != line.skill) continue;
      found = found || !hit.mentions.empty();
      for (const auto& mention : hit.mentions) positive = positive || !mention.negated;
    }
    if (line.expect_positive && found && !positive) {
      ++failures;
      ADD_FAILURE() << "extraction_cases.tsv:" << line.number << ": " << line.skill << " wrongly negated in: " << line.sentence;
    }
    if (found != line.expect_found) {
      ++failures;
      ADD_FAILURE() << "extraction_cases.tsv:" << line.number << ": " << line.skill
                    << (line.expect_found ? " not found in: " : " wrongly found in: ") << line.sentence;
    }
  }
  EXPECT_EQ(failures, 0u) << "of " << corpus.size() << " sentences";
}

}  // namespace
}  // namespace skillmatch
