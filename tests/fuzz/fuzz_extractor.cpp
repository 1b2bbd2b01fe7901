// The extractor with the real rules compiled once, on arbitrary text made valid UTF-8
// (as every parser's output is), with sections detected as the host does. Checks that
// each mention points at the bytes it quotes.
#include <string>

#include <skillmatch/extractor.hpp>
#include <skillmatch/rules_loader.hpp>
#include <skillmatch/sections.hpp>

#include "fuzz_support.hpp"

namespace {

struct Compiled {
  skillmatch::RulesLoad rules;
  skillmatch::Extractor extractor;
  Compiled()
      : rules(skillmatch::load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"})),
        extractor(compile(rules)) {}
  static skillmatch::Extractor compile(const skillmatch::RulesLoad& rules) {
    if (!rules.ok()) skillmatch::fuzz::invariant_broken("the real rules do not load");
    auto result = skillmatch::Extractor::compile(rules.taxonomy);
    if (!result.ok()) skillmatch::fuzz::invariant_broken("the real rules do not compile");
    return std::move(result).value();
  }
};

const Compiled* g_compiled = nullptr;

}  // namespace

// Loading and compiling the real rules takes seconds under ASan: done here, so it does
// not count against libFuzzer's per-input timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_compiled = new Compiled();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Compiled& compiled = *g_compiled;
  skillmatch::Document document;
  document.id = "fuzz";
  document.text = skillmatch::text::normalize_text(
      skillmatch::text::repair_utf8(std::string_view(reinterpret_cast<const char*>(data), size)));
  document.sections = skillmatch::detect_sections(document.text, compiled.rules.taxonomy.sections);
  const auto result = compiled.extractor.extract(document);
  if (!result.ok()) return 0;  // RE2 out of its memory budget: a reported failure
  for (const auto& hit : result.value().skills) {
    if (hit.skill >= compiled.rules.taxonomy.skills.size()) skillmatch::fuzz::invariant_broken("skill index out of range");
    for (const auto& mention : hit.mentions) {
      if (mention.offset > document.text.size() || mention.length > document.text.size() - mention.offset ||
          mention.length == 0) {
        skillmatch::fuzz::invariant_broken("mention outside the text");
      }
      // The section is an index into the document's sections: an index past them would make
      // every reader of section_name() read out of bounds.
      if (mention.section != skillmatch::Mention::kNoSection && mention.section >= document.sections.size()) {
        skillmatch::fuzz::invariant_broken("mention section index outside the document's sections");
      }
      if (mention.line == 0 || mention.column == 0) skillmatch::fuzz::invariant_broken("line/column not 1-based");
    }
  }
  return 0;
}
