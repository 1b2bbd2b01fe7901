#include "support.hpp"

#include <algorithm>
#include <optional>

#include <skillmatch/extractor.hpp>

namespace skillmatch::detail {
namespace {

// Whether a and b lie on one line with at most `window` bytes between them.
bool same_line_near(std::string_view text, const RawMatch& a, const RawMatch& b, std::size_t window) {
  const std::size_t from = std::min(a.offset + a.length, b.offset + b.length);
  const std::size_t to = std::max(a.offset, b.offset);
  if (to > from && to - from > window) return false;
  const std::size_t lo = std::min(a.offset, b.offset);
  const std::size_t hi = std::max(a.offset + a.length, b.offset + b.length);
  return text.substr(lo, hi - lo).find('\n') == std::string_view::npos;
}

// One document's decisions; each check reads only what the rules and the scratch hold.
class Judge {
 public:
  Judge(const SupportRules& rules, const Document& document, Scratch& scratch)
      : rules_(rules), text_(document.text), document_(document), scratch_(scratch),
        candidates_(scratch.candidates), list_cursor_(scratch.list_lines) {}

  void run();

 private:
  const AliasInfo& alias(const RawMatch& match) const { return rules_.aliases[match.alias]; }
  void mark_list_neighbours();
  void find_unambiguous();
  bool has_neighbour(const RawMatch& match) const;
  Neighbours others_near(std::size_t k) const;
  bool listed(std::size_t k, const ListLine* line) const;
  bool supported(std::size_t k);
  void judge_short_acronyms();
  std::size_t domain_skills() const;
  bool domain_neighbour(std::size_t k) const;
  bool forbidden(const RawMatch& match) const {
    return rules_.context.forbidden(alias(match).skill, scratch_.context, match.offset, match.length);
  }

  const SupportRules& rules_;
  std::string_view text_;
  const Document& document_;
  Scratch& scratch_;
  const std::vector<RawMatch>& candidates_;
  ListLineCursor list_cursor_;
  // Candidates that need no support (unambiguous, or mostly a skill: "Python"): the sense
  // model reads how many the document holds.
  std::size_t confident_ = 0;
};

void Judge::run() {
  scratch_.context.start(text_);
  // kind_forbid's classifier reads the windows of the mentions of its kinds, once.
  for (const RawMatch& match : candidates_) {
    if (rules_.context.kind_checked(alias(match).skill)) {
      rules_.context.classify_around(scratch_.context, match.offset, match.length);
    }
  }
  rules_.context.classified(scratch_.context);
  mark_list_neighbours();
  find_unambiguous();
  scratch_.accepted.assign(candidates_.size(), 0);
  for (std::size_t k = 0; k < candidates_.size(); ++k) {
    // Short acronyms wait for the others, which tell the document's domain.
    if (alias(candidates_[k]).short_acronym) continue;
    // A skill's forbid patterns veto any of its aliases ("Leadership" in "Leadership Institute").
    const bool kept = alias(candidates_[k]).ambiguous ? supported(k) : !forbidden(candidates_[k]);
    scratch_.accepted[k] = kept ? 1 : 0;
  }
  judge_short_acronyms();
}

// A short acronym ("IAM", "POC") names the skill in a document of the technical domain, in a
// list or Skills section, or beside a kept skill that shows the domain. Elsewhere (a nurse's
// resume, a lone line) the sense model may veto it below the rule's own threshold, lower
// than the model's: "IAM Local 751" goes, "No SQL experience" alone stays.
void Judge::judge_short_acronyms() {
  const ShortAcronymRule& rule = rules_.short_acronyms;
  std::optional<bool> technical;  // counted at the first short acronym: most documents have none
  ListLineCursor cursor(scratch_.list_lines);
  for (std::size_t k = 0; k < candidates_.size(); ++k) {
    const RawMatch& match = candidates_[k];
    if (!alias(match).short_acronym) continue;
    if (!technical) technical = domain_skills() >= rule.min_document_skills;
    const ListLine* line = cursor.at(match.offset);
    const bool shown = *technical || listed(k, line) || domain_neighbour(k) || !rules_.senses.loaded() ||
                       rules_.senses.probability(text_, match.offset, match.length, others_near(k)) >= rule.veto;
    scratch_.accepted[k] = shown && !forbidden(match);
  }
}

// The distinct skills kept so far that show the technical domain: a nurse's resume naming
// Excel five times shows it once.
std::size_t Judge::domain_skills() const {
  std::vector<std::uint32_t>& skills = scratch_.domain_skills;
  skills.clear();
  for (std::size_t k = 0; k < candidates_.size(); ++k) {
    if (scratch_.accepted[k] != 0 && alias(candidates_[k]).shows_domain) skills.push_back(alias(candidates_[k]).skill);
  }
  std::sort(skills.begin(), skills.end());
  return static_cast<std::size_t>(std::unique(skills.begin(), skills.end()) - skills.begin());
}

// A kept mention of a skill that shows the domain, on candidate k's line within the window.
bool Judge::domain_neighbour(std::size_t k) const {
  const RawMatch& match = candidates_[k];
  const std::size_t window = rules_.context.window();
  const auto near = [&](std::size_t i) {
    return scratch_.accepted[i] != 0 && alias(candidates_[i]).shows_domain && same_line_near(text_, match, candidates_[i], window);
  };
  for (std::size_t i = k; i-- > 0 && candidates_[i].offset + candidates_[i].length + window >= match.offset;) {
    if (near(i)) return true;
  }
  for (std::size_t i = k + 1; i < candidates_.size() && candidates_[i].offset <= match.offset + match.length + window; ++i) {
    if (near(i)) return true;
  }
  return false;
}

// Ambiguous product names (case-sensitive aliases: "Airflow", "Flask") of different skills
// side by side in a list support each other; common words ("reporting") do not.
void Judge::mark_list_neighbours() {
  scratch_.list_neighbour.assign(candidates_.size(), 0);
  if (!rules_.lists.rule().ambiguous_support_each_other) return;
  for (std::size_t i = 0; i + 1 < candidates_.size(); ++i) {
    const RawMatch& a = candidates_[i];
    const RawMatch& b = candidates_[i + 1];
    if (alias(a).ambiguous && alias(b).ambiguous && rules_.lists.case_sensitive(a.alias) &&
        rules_.lists.case_sensitive(b.alias) && alias(a).skill != alias(b).skill &&
        ListLines::list_gap(text_, a.offset + a.length, b.offset)) {
      scratch_.list_neighbour[i] = scratch_.list_neighbour[i + 1] = 1;
    }
  }
}

void Judge::find_unambiguous() {
  scratch_.unambiguous.clear();
  confident_ = 0;
  for (std::size_t k = 0; k < candidates_.size(); ++k) {
    const AliasInfo& info = alias(candidates_[k]);
    if (!info.ambiguous) scratch_.unambiguous.push_back(static_cast<std::uint32_t>(k));
    confident_ += !info.ambiguous || info.mostly_skill;
  }
}

// An unambiguous mention of another skill on the same line within the window: found by
// binary search from the nearest neighbours outwards, so dense text stays linear.
bool Judge::has_neighbour(const RawMatch& match) const {
  const std::size_t skill = alias(match).skill;
  const std::size_t window = rules_.context.window();
  const std::vector<std::uint32_t>& unambiguous = scratch_.unambiguous;
  const auto nearest = std::lower_bound(unambiguous.begin(), unambiguous.end(), match.offset,
                                        [&](std::uint32_t k, std::size_t offset) { return candidates_[k].offset < offset; });
  for (auto it = nearest; it != unambiguous.end() && candidates_[*it].offset <= match.offset + match.length + window;
       ++it) {
    if (alias(candidates_[*it]).skill != skill && same_line_near(text_, match, candidates_[*it], window)) return true;
  }
  for (auto it = nearest; it != unambiguous.begin();) {
    const RawMatch& other = candidates_[*--it];
    if (other.offset + other.length + window < match.offset) break;
    if (alias(other).skill != skill && same_line_near(text_, match, other, window)) return true;
  }
  return false;
}

// The skills around candidate k the sense model reads: other skills within its window, and
// the document's candidates that need no support.
Neighbours Judge::others_near(std::size_t k) const {
  const RawMatch& match = candidates_[k];
  const auto [lo, hi] = rules_.senses.window(text_, match.offset, match.length);
  const auto other_skill = [&](const RawMatch& m) { return alias(m).skill != alias(match).skill; };
  Neighbours near{0, confident_};
  for (std::size_t i = k; i-- > 0 && candidates_[i].offset >= lo;) {
    near.on_line += candidates_[i].offset + candidates_[i].length <= match.offset && other_skill(candidates_[i]);
  }
  for (std::size_t i = k + 1; i < candidates_.size() && candidates_[i].offset + candidates_[i].length <= hi; ++i) {
    near.on_line += other_skill(candidates_[i]);
  }
  return near;
}

// An item of a list (a list neighbour, a whole item of a tag line) or a word of a Skills
// section: a document's own structure, which supports like a Skills section does.
bool Judge::listed(std::size_t k, const ListLine* line) const {
  const RawMatch& match = candidates_[k];
  if (scratch_.list_neighbour[k] != 0) return true;
  if (line != nullptr && line->tag && match.offset >= line->items_start &&
      ListLines::whole_item(text_, *line, match.offset, match.length)) {
    return true;
  }
  const std::uint32_t section = section_index(document_, match.offset);
  return section != Mention::kNoSection && scratch_.sections[section].lists_skills;
}

bool Judge::supported(std::size_t k) {
  const RawMatch& match = candidates_[k];
  const ListLine* line = list_cursor_.at(match.offset);
  if (line != nullptr && match.offset >= line->label_start && match.offset + match.length <= line->label_end) {
    if (rules_.labels == LabelRule::kDrop) return false;
    if (rules_.labels == LabelRule::kKeep) return true;
  }
  // A document's own structure outweighs the sense model, which reads only words around the
  // mention; in prose the model decides first: a clear sense needs nothing else, an unsure
  // one the usual support.
  bool support = listed(k, line);
  if (!support) {
    const Sense sense = rules_.senses.judge(text_, match.offset, match.length, others_near(k));
    if (sense == Sense::kEveryday) return false;
    support = sense == Sense::kSkill || alias(match).mostly_skill || has_neighbour(match) ||
              rules_.context.has_cue(alias(match).skill, scratch_.context, match.offset, match.length);
  }
  return support && !forbidden(match);
}

}  // namespace

void decide_support(const SupportRules& rules, const Document& document, Scratch& scratch) {
  Judge(rules, document, scratch).run();
}

}  // namespace skillmatch::detail
