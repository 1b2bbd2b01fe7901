#include <skillmatch/extractor.hpp>

#include "context_rules.hpp"
#include "extract/alias_info.hpp"
#include "extract/assemble.hpp"
#include "extract/locate.hpp"
#include "extract/scratch.hpp"
#include "extract/sections.hpp"
#include "extract/short_acronyms.hpp"
#include "extract/support.hpp"
#include "list_lines.hpp"
#include "negation_scope.hpp"
#include "sense_model.hpp"

namespace skillmatch {
namespace {

static_assert(sizeof(Mention) == 24, "a mention's size is what a large document's extraction costs");

// Offsets, lengths, lines and columns are held in 32 bits past a mention's offset.
constexpr std::size_t kMaxDocumentBytes = std::size_t{1} << 32;

}  // namespace

// Everything the stages read, compiled once from the taxonomy.
struct Extractor::Compiled {
  explicit Compiled(const Taxonomy& rules)
      : taxonomy(&rules), lists(rules.lists), senses(&rules.senses), sections(rules),
        labels(detail::label_rule(rules.lists.labels)) {}

  const Taxonomy* taxonomy;
  std::vector<detail::AliasInfo> aliases;         // by alias id
  std::vector<std::vector<std::size_t>> implies;  // per skill, as indices
  detail::Locate locate;
  detail::ListLines lists;
  detail::ContextRules context;
  detail::NegationScope negation;
  detail::SenseModel senses;
  detail::SectionRules sections;
  detail::LabelRule labels;

  // Every alias, to the stages that find them; the problems of pattern aliases appended.
  void add_aliases(std::vector<Error>& problems);
};

void Extractor::Compiled::add_aliases(std::vector<Error>& problems) {
  for (std::uint32_t s = 0; s < taxonomy->skills.size(); ++s) {
    const Skill& skill = taxonomy->skills[s];
    for (const Alias& alias : skill.aliases) {
      const auto id = static_cast<std::uint32_t>(aliases.size());
      aliases.push_back({s, alias.ambiguous, alias.mostly_skill, detail::is_short_acronym(alias, taxonomy->short_acronyms),
                         detail::shows_domain(alias, skill, taxonomy->short_acronyms)});
      locate.add(id, alias, skill, problems);
      if (!alias.is_pattern && alias.case_sensitive) lists.add_any_case(id, alias.text);
    }
    std::vector<std::size_t> implied;
    for (const auto& id : skill.implies) {
      if (const auto index = taxonomy->skill_index(id)) implied.push_back(*index);
    }
    implies.push_back(std::move(implied));
  }
  locate.finish(problems);
}

Extractor::Extractor(std::unique_ptr<Compiled> compiled) : compiled_(std::move(compiled)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

const Taxonomy& Extractor::taxonomy() const { return *compiled_->taxonomy; }
std::size_t Extractor::alias_count() const { return compiled_->aliases.size(); }

CompileResult Extractor::compile(const Taxonomy& taxonomy) {
  auto compiled = std::make_unique<Compiled>(taxonomy);
  std::vector<Error> problems;
  compiled->add_aliases(problems);
  compiled->context = detail::ContextRules::compile(taxonomy, problems);
  auto negation = detail::NegationScope::compile(taxonomy.negation);
  if (!negation) problems.push_back(negation.error());
  if (!problems.empty()) return CompileResult(std::move(problems));
  compiled->negation = std::move(negation).value();
  return Extractor(std::move(compiled));
}

Result<Extraction> Extractor::extract(const Document& document) const {
  const Compiled& c = *compiled_;
  if (document.text.size() >= kMaxDocumentBytes || document.sections.size() >= Mention::kNoSection) {
    return Error{document.source, "too large to extract skills from (4 GiB or more, or a billion sections)"};
  }
  thread_local detail::Scratch scratch;
  // Unwinds with every return below: a huge document's buffers are not kept for the next.
  struct ReleaseLarge {
    detail::Scratch& scratch;
    ~ReleaseLarge() { scratch.release_large(); }
  } release{scratch};
  const std::string_view text = document.text;
  if (!c.locate.run(text, scratch)) return Error{document.source, "the extractor ran out of RE2 memory on this document"};
  detail::add_list_items(c.lists, text, document.sections, scratch);
  c.sections.resolve(document, scratch.sections);
  detail::decide_support({c.aliases, c.lists, c.context, c.senses, c.labels, c.taxonomy->short_acronyms}, document, scratch);
  c.negation.mark(text, scratch.candidates, document.kind == DocumentKind::kResume, scratch.negated);
  return detail::assemble({*c.taxonomy, c.aliases, c.implies}, document, scratch);
}

std::string_view Mention::text(const Document& document) const {
  return std::string_view(document.text).substr(offset, length);
}

std::string_view Mention::section_name(const Document& document) const {
  return section == kNoSection ? std::string_view() : std::string_view(document.sections[section].name);
}

}  // namespace skillmatch
