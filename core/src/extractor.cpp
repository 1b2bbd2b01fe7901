#include <skillmatch/extractor.hpp>

#include <algorithm>
#include <re2/set.h>

#include "alias_locator.hpp"
#include "context_rules.hpp"
#include "list_lines.hpp"
#include "negation_scope.hpp"
#include "sense_model.hpp"

namespace skillmatch {
namespace {

static_assert(sizeof(Mention) == 24, "a mention's size is what a large document's extraction costs");

// Offsets, lengths, lines and columns are held in 32 bits past a mention's offset.
constexpr std::size_t kMaxDocumentBytes = std::size_t{1} << 32;
// A thread's reusable buffers above this many bytes are freed after the document that grew
// them, so one huge document does not pin its peak for the thread's life (the server's).
constexpr std::size_t kKeptBufferBytes = std::size_t{1} << 20;

template <class T>
void release_if_large(std::vector<T>& buffer) {
  if (buffer.capacity() * sizeof(T) > kKeptBufferBytes) std::vector<T>().swap(buffer);
}

// Pattern aliases are few, but a user's overlay may add many; RE2 reports exhaustion, never grows past it.
constexpr int64_t kPatternMemoryBudget = 64ll << 20;

struct AliasInfo {
  std::uint32_t skill;
  bool ambiguous;
  bool mostly_skill;
  std::unique_ptr<RE2> pattern;  // pattern aliases only: locates them once the Set saw them
};

// Maps byte offsets to 1-based line and code-point column. Offsets asked in increasing
// order continue from the previous answer, so a long line with many mentions is read once.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
  std::pair<std::uint32_t, std::uint32_t> locate(std::size_t offset) {
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset) - 1;
    const auto line = static_cast<std::uint32_t>(it - starts_.begin()) + 1;
    if (line != last_line_ || offset < last_offset_) {
      last_line_ = line;
      last_offset_ = *it;
      last_column_ = 1;
    }
    for (std::size_t i = last_offset_; i < offset; ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++last_column_;
    }
    last_offset_ = offset;
    return {line, last_column_};
  }

 private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_;  // documents are under 4 GiB
  std::uint32_t last_line_ = 0;
  std::size_t last_offset_ = 0;
  std::uint32_t last_column_ = 1;
};

bool same_line_near(std::string_view text, const detail::RawMatch& a, const detail::RawMatch& b, std::size_t window) {
  const std::size_t from = std::min(a.offset + a.length, b.offset + b.length);
  const std::size_t to = std::max(a.offset, b.offset);
  if (to > from && to - from > window) return false;
  const std::size_t lo = std::min(a.offset, b.offset);
  const std::size_t hi = std::max(a.offset + a.length, b.offset + b.length);
  return text.substr(lo, hi - lo).find('\n') == std::string_view::npos;
}

}  // namespace

struct Extractor::Compiled {
  const Taxonomy* taxonomy = nullptr;
  std::vector<AliasInfo> aliases;
  std::vector<std::uint32_t> pattern_aliases;  // alias id of each entry of pattern_presence
  std::vector<std::vector<std::size_t>> implies;  // per skill, as indices
  std::unique_ptr<RE2::Set> pattern_presence;     // null when the taxonomy has no pattern alias
  detail::AliasLocator locator;
  detail::ContextRules context;
  detail::NegationScope negation;
  detail::ListLines lists;
  detail::SenseModel senses;
};

Extractor::Extractor(std::unique_ptr<Compiled> compiled) : compiled_(std::move(compiled)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

const Taxonomy& Extractor::taxonomy() const { return *compiled_->taxonomy; }
std::size_t Extractor::alias_count() const { return compiled_->aliases.size(); }
CompileResult Extractor::compile(const Taxonomy& taxonomy) {
  auto compiled = std::make_unique<Compiled>();
  compiled->taxonomy = &taxonomy;
  compiled->lists = detail::ListLines(taxonomy.lists);
  compiled->senses = detail::SenseModel(&taxonomy.senses);
  std::vector<Error> problems;
  compiled->context = detail::ContextRules::compile(taxonomy, problems);
  auto negation = detail::NegationScope::compile(taxonomy.negation);
  if (!negation) problems.push_back(negation.error());
  if (!problems.empty()) return CompileResult(std::move(problems));
  compiled->negation = std::move(negation).value();
  RE2::Options options;
  options.set_max_mem(kPatternMemoryBudget);
  options.set_log_errors(false);
  options.set_case_sensitive(false);
  auto pattern_presence = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (std::uint32_t s = 0; s < taxonomy.skills.size(); ++s) {
    const Skill& skill = taxonomy.skills[s];
    for (const Alias& alias : skill.aliases) {
      const auto id = static_cast<std::uint32_t>(compiled->aliases.size());
      AliasInfo info{s, alias.ambiguous, alias.mostly_skill, nullptr};
      if (alias.is_pattern) {
        options.set_case_sensitive(alias.case_sensitive);
        info.pattern = std::make_unique<RE2>(alias.text, options);
        options.set_case_sensitive(false);
        std::string error;
        if (pattern_presence->Add(alias.text, &error) != static_cast<int>(compiled->pattern_aliases.size())) {
          return CompileResult({Error{skill.origin, "skill '" + skill.id + "': alias '" + alias.text + "': " + error}});
        }
        compiled->pattern_aliases.push_back(id);
      } else {
        compiled->locator.add(id, alias.text, alias.case_sensitive);
        if (alias.case_sensitive) compiled->lists.add_any_case(id, alias.text);
      }
      compiled->aliases.push_back(std::move(info));
    }
  }
  const bool patterns_compiled = compiled->pattern_aliases.empty() || pattern_presence->Compile();
  if (!patterns_compiled) {
    return CompileResult({Error{"rules", "RE2 could not compile the pattern aliases within its memory budget"}});
  }
  if (!compiled->pattern_aliases.empty()) compiled->pattern_presence = std::move(pattern_presence);
  compiled->locator.finish();
  for (const Skill& skill : taxonomy.skills) {
    std::vector<std::size_t> implied;
    for (const auto& id : skill.implies) {
      if (const auto index = taxonomy.skill_index(id)) implied.push_back(*index);
    }
    compiled->implies.push_back(std::move(implied));
  }
  return Extractor(std::move(compiled));
}

Result<Extraction> Extractor::extract(const Document& document) const {
  const Compiled& c = *compiled_;
  const std::string_view text = document.text;
  if (text.size() >= kMaxDocumentBytes || document.sections.size() >= Mention::kNoSection) {
    return Error{document.source, "too large to extract skills from (4 GiB or more, or a billion sections)"};
  }
  Extraction extraction;

  // Buffers reused by every document a thread extracts: allocation was a tenth of the work.
  thread_local std::vector<int> present_patterns;
  thread_local std::vector<detail::RawMatch> raw;
  thread_local std::vector<std::uint32_t> unambiguous;  // indices into kept
  thread_local std::vector<char> list_neighbour, negated, accepted;
  thread_local detail::ContextRules::DocumentScan context_scan;
  // Unwinds with every return below: a huge document's buffers are not kept for the next.
  struct ReleaseLarge {
    ~ReleaseLarge() {
      release_if_large(raw);
      release_if_large(unambiguous);
      release_if_large(list_neighbour);
      release_if_large(negated);
      release_if_large(accepted);
    }
  } release;
  context_scan.start(text);
  raw.clear();
  c.locator.locate(text, raw);
  present_patterns.clear();
  RE2::Set::ErrorInfo error_info{};
  if (c.pattern_presence != nullptr && !c.pattern_presence->Match(text, &present_patterns, &error_info) &&
      error_info.kind != RE2::Set::kNoError) {
    return Error{document.source, "the extractor ran out of RE2 memory on this document"};
  }
  // Set indices come back unordered; sorted, the raw matches are appended in a stable order.
  std::sort(present_patterns.begin(), present_patterns.end());
  for (const int index : present_patterns) {
    const std::uint32_t id = c.pattern_aliases[static_cast<std::size_t>(index)];
    re2::StringPiece match;
    for (std::size_t from = 0; from < text.size() &&
                               c.aliases[id].pattern->Match(text, from, text.size(), RE2::UNANCHORED, &match, 1);) {
      const auto start = static_cast<std::size_t>(match.data() - text.data());
      if (!match.empty() && detail::AliasLocator::on_boundaries(text, start, start + match.size())) {
        raw.push_back({.offset = start, .alias = id, .length = static_cast<std::uint32_t>(match.size())});
      }
      from = start + std::max<std::size_t>(match.size(), 1);
    }
  }
  // Leftmost-longest across both finders; ties broken by alias id, so output is stable.
  std::sort(raw.begin(), raw.end(), [](const auto& a, const auto& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length != b.length ? a.length > b.length : a.alias < b.alias;
  });
  // Compacted in place, so a large document holds its candidates once.
  std::vector<detail::RawMatch>& kept = raw;
  std::size_t kept_count = 0;
  for (const auto& match : raw) {
    if (kept_count == 0 || match.offset >= kept[kept_count - 1].offset + kept[kept_count - 1].length) {
      kept[kept_count++] = match;
    }
  }
  kept.resize(kept_count);

  // List lines: items that are case-sensitive aliases in another case ("c, go, oracle").
  thread_local std::vector<detail::ListLine> list_lines;
  thread_local std::vector<detail::RawMatch> list_items;
  c.lists.find(text, document.sections, list_lines);
  list_items.clear();
  c.lists.locate_items(text, list_lines, kept, list_items);
  if (!list_items.empty()) {
    kept.insert(kept.end(), list_items.begin(), list_items.end());
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
  }
  // Ambiguous product names (case-sensitive aliases: "Airflow", "Flask") of different skills
  // side by side in a list support each other; common words ("reporting") do not.
  list_neighbour.assign(kept.size(), 0);
  if (c.lists.rule().ambiguous_support_each_other) {
    for (std::size_t i = 0; i + 1 < kept.size(); ++i) {
      const auto& a = kept[i];
      const auto& b = kept[i + 1];
      if (c.aliases[a.alias].ambiguous && c.aliases[b.alias].ambiguous && c.lists.case_sensitive(a.alias) &&
          c.lists.case_sensitive(b.alias) &&
          c.aliases[a.alias].skill != c.aliases[b.alias].skill &&
          detail::ListLines::list_gap(text, a.offset + a.length, b.offset)) {
        list_neighbour[i] = list_neighbour[i + 1] = 1;
      }
    }
  }

  // Ambiguous aliases need support: a Skills section, a cue, or an unambiguous neighbour.
  unambiguous.clear();
  for (std::size_t k = 0; k < kept.size(); ++k) {
    if (!c.aliases[kept[k].alias].ambiguous) unambiguous.push_back(static_cast<std::uint32_t>(k));
  }
  // An unambiguous mention of another skill on the same line within the window: found by
  // binary search from the nearest neighbours outwards, so dense text stays linear.
  const auto has_neighbour = [&](const detail::RawMatch& match) {
    const std::size_t skill = c.aliases[match.alias].skill;
    const std::size_t window = c.context.window();
    const auto nearest = std::lower_bound(unambiguous.begin(), unambiguous.end(), match.offset,
                                          [&](std::uint32_t k, std::size_t offset) { return kept[k].offset < offset; });
    for (auto it = nearest; it != unambiguous.end() && kept[*it].offset <= match.offset + match.length + window; ++it) {
      if (c.aliases[kept[*it].alias].skill != skill && same_line_near(text, match, kept[*it], window)) return true;
    }
    for (auto it = nearest; it != unambiguous.begin();) {
      const detail::RawMatch& other = kept[*--it];
      if (other.offset + other.length + window < match.offset) break;
      if (c.aliases[other.alias].skill != skill && same_line_near(text, match, other, window)) return true;
    }
    return false;
  };

  // Support first (cheap checks before RE2), then the forbid patterns, which only matter
  // for a mention that would otherwise be kept.
  // A tag line or a list neighbour supports like a Skills section does. A skill word
  // labelling a list line ("Testing: Selenium") is kept or dropped as extraction.json says.
  detail::ListLineCursor list_cursor(list_lines);
  const std::string& labels = c.lists.rule().labels;
  const auto has_cue = [&](std::size_t skill, const detail::RawMatch& match) {
    return c.context.has_cue(skill, text, match.offset, match.length);
  };
  // The skills around kept[k] the sense model reads: other skills within its window, and
  // the document's mentions that need no support (unambiguous, or mostly a skill: "Python").
  const auto confident = static_cast<std::size_t>(std::count_if(kept.begin(), kept.end(), [&](const detail::RawMatch& m) {
    return !c.aliases[m.alias].ambiguous || c.aliases[m.alias].mostly_skill;
  }));
  const auto others_near = [&](std::size_t k) {
    const auto [lo, hi] = c.senses.window(text, kept[k].offset, kept[k].length);
    const auto counts = [&](const detail::RawMatch& m) { return c.aliases[m.alias].skill != c.aliases[kept[k].alias].skill; };
    detail::Neighbours near{0, confident};
    for (std::size_t i = k; i-- > 0 && kept[i].offset >= lo;) near.on_line += kept[i].offset + kept[i].length <= kept[k].offset && counts(kept[i]);
    for (std::size_t i = k + 1; i < kept.size() && kept[i].offset + kept[i].length <= hi; ++i) near.on_line += counts(kept[i]);
    return near;
  };
  const auto supported = [&](std::size_t k, bool in_list) {
    const detail::RawMatch& match = kept[k];
    const std::size_t skill = c.aliases[match.alias].skill;
    const detail::ListLine* line = list_cursor.at(match.offset);
    if (line != nullptr && match.offset >= line->label_start && match.offset + match.length <= line->label_end) {
      if (labels == "drop") return false;
      if (labels == "keep") return true;
    }
    const bool on_tag_line = line != nullptr && line->tag && match.offset >= line->items_start &&
                             detail::ListLines::whole_item(text, *line, match.offset, match.length);
    // A document's own structure (an item of a skills list or tag line, a Skills section)
    // outweighs the sense model, which reads only words around the mention; in prose the
    // model decides first: a clear sense needs nothing else, an unsure one the usual support.
    const Section* section = section_at(document.sections, match.offset);
    const bool listed = in_list || on_tag_line || (section != nullptr && section->name == "skills");
    const detail::Sense sense = c.senses.judge(text, match.offset, match.length, others_near(k));
    if (sense == detail::Sense::kEveryday && !listed) return false;
    const bool support = listed || sense == detail::Sense::kSkill || c.aliases[match.alias].mostly_skill ||
                         has_neighbour(match) || has_cue(skill, match);
    return support && !c.context.forbidden(skill, context_scan, match.offset, match.length);
  };
  // A posting's sections that ask for nothing (benefits, about us): their mentions are kept,
  // so that a user sees them, and marked so that they never become requirements.
  const auto informational = [&](const Section* section) {
    if (document.kind != DocumentKind::kPosting || section == nullptr) return false;
    const auto& names = c.taxonomy->posting_ignored_sections;
    return std::find(names.begin(), names.end(), section->name) != names.end();
  };

  c.negation.mark(text, kept, document.kind == DocumentKind::kResume, negated);
  // Skill index -> its hit in extraction.skills; a vector reused per thread, reset after.
  thread_local std::vector<std::int32_t> hit_of_skill;
  hit_of_skill.assign(c.taxonomy->skills.size(), -1);
  // Which mentions are kept is decided first and they are stored second, each skill's
  // vector reserved at its size: grown by doubling, it held up to twice its mentions.
  accepted.assign(kept.size(), 0);
  std::vector<std::size_t> mention_counts;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const auto& match = kept[k];
    const std::size_t skill = c.aliases[match.alias].skill;
    // An ambiguous alias needs support; a skill's forbid patterns veto any of its aliases
    // ("Leadership" in "Leadership Institute").
    if (c.aliases[match.alias].ambiguous) {
      if (!supported(k, list_neighbour[k] != 0)) continue;
    } else if (c.context.forbidden(skill, context_scan, match.offset, match.length)) {
      continue;
    }
    if (hit_of_skill[skill] < 0) {
      hit_of_skill[skill] = static_cast<std::int32_t>(extraction.skills.size());
      extraction.skills.push_back({skill, {}, {}});
      mention_counts.push_back(0);
    }
    ++mention_counts[static_cast<std::size_t>(hit_of_skill[skill])];
    accepted[k] = 1;
  }
  for (std::size_t h = 0; h < extraction.skills.size(); ++h) extraction.skills[h].mentions.reserve(mention_counts[h]);
  LineIndex lines(text);
  for (std::size_t k = 0; k < kept.size(); ++k) {
    if (accepted[k] == 0) continue;
    const auto& match = kept[k];
    const Section* section = section_at(document.sections, match.offset);
    Mention mention;
    mention.offset = match.offset;
    mention.length = match.length;
    std::tie(mention.line, mention.column) = lines.locate(match.offset);
    if (section != nullptr) mention.section = static_cast<std::uint32_t>(section - document.sections.data());
    mention.negated = negated[k] != 0;
    mention.informational = informational(section);
    const std::size_t skill = c.aliases[match.alias].skill;
    extraction.skills[static_cast<std::size_t>(hit_of_skill[skill])].mentions.push_back(mention);
  }

  // Implied skills: everything reachable through `implies` from a skill shown positively,
  // each listed with the mentioned skills it comes from, ordered by id.
  const Taxonomy& taxonomy = *c.taxonomy;
  const std::size_t mentioned = extraction.skills.size();
  std::vector<std::size_t> stack, visited;
  for (std::size_t h = 0; h < mentioned; ++h) {
    const std::vector<Mention>& mentions = extraction.skills[h].mentions;
    if (std::all_of(mentions.begin(), mentions.end(), [](const Mention& m) { return m.negated || m.informational; })) continue;
    // By value: extraction.skills grows below, which would invalidate a reference.
    const std::size_t source = extraction.skills[h].skill;
    stack.assign(1, source);
    visited.clear();
    while (!stack.empty()) {
      const std::size_t current = stack.back();
      stack.pop_back();
      for (const std::size_t next : c.implies[current]) {
        if (std::find(visited.begin(), visited.end(), next) != visited.end()) continue;
        visited.push_back(next);
        stack.push_back(next);
        if (hit_of_skill[next] >= 0 && static_cast<std::size_t>(hit_of_skill[next]) < mentioned) continue;
        if (hit_of_skill[next] < 0) {
          hit_of_skill[next] = static_cast<std::int32_t>(extraction.skills.size());
          extraction.skills.push_back({next, {}, {}});
        }
        extraction.skills[static_cast<std::size_t>(hit_of_skill[next])].implied_by.push_back(source);
      }
    }
  }
  for (auto it = extraction.skills.begin() + static_cast<long>(mentioned); it != extraction.skills.end(); ++it) {
    std::sort(it->implied_by.begin(), it->implied_by.end());
    it->implied_by.erase(std::unique(it->implied_by.begin(), it->implied_by.end()), it->implied_by.end());
  }
  std::sort(extraction.skills.begin() + static_cast<long>(mentioned), extraction.skills.end(),
            [&](const SkillHit& a, const SkillHit& b) { return taxonomy.skills[a.skill].id < taxonomy.skills[b.skill].id; });
  // Grown by doubling, up to half of it slack: a server holds every posting's extraction of
  // a feed until its response is written.
  extraction.skills.shrink_to_fit();
  return extraction;
}

std::string_view Mention::text(const Document& document) const {
  return std::string_view(document.text).substr(offset, length);
}

std::string_view Mention::section_name(const Document& document) const {
  return section == kNoSection ? std::string_view() : std::string_view(document.sections[section].name);
}

}  // namespace skillmatch
