#include "trigger_index.hpp"

#include <algorithm>

#include "char_classes.hpp"
#include "leading_bytes.hpp"

namespace skillmatch::detail {
namespace {

// Whether `regex` matches the empty string at a word's start or end, beside the text's edge
// or not: a fragment that can match nothing does so there.
bool matches_empty_at_word_edges(const RE2& regex) {
  struct Place {
    std::string_view text;
    std::size_t at;
  };
  for (const Place place : {Place{"a", 0}, Place{"a", 1}, Place{" a", 1}, Place{"a ", 1}}) {
    if (regex.Match(place.text, place.at, place.at, RE2::ANCHOR_BOTH, nullptr, 0)) return true;
  }
  return false;
}

// The strings of a fragment that must still be run, without those another of them begins
// whatever follows it: on one walk a fragment is then met about once.
std::vector<LiteralPrefix> shortest_prefixes(const std::vector<LiteralPrefix>& strings) {
  std::vector<LiteralPrefix> kept;
  for (const LiteralPrefix& s : strings) {  // sorted: a string's prefixes come before it
    const bool covered = std::any_of(kept.begin(), kept.end(), [&](const LiteralPrefix& k) {
      return !k.word_end && s.text.compare(0, k.text.size(), k.text) == 0;
    });
    if (!covered) kept.push_back(s);
  }
  return kept;
}

}  // namespace

RE2::Options negation_options() {
  RE2::Options options;
  options.set_log_errors(false);
  // ASCII fragments; a UTF-8 literal ("’") still matches its own bytes. Leftmost-longest:
  // "not only" (pseudo) beats "not", "no experience" (both) beats "no" (pre).
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_longest_match(true);
  return options;
}

Result<TriggerIndex> TriggerIndex::build(const std::vector<const std::vector<std::string>*>& classes, const std::string& origin) {
  TriggerIndex index;
  index.root_.fill(kNoNode);
  index.nodes_.emplace_back();
  index.classes_ = classes.size();
  const RE2::Options options = negation_options();
  for (std::size_t cls = 0; cls < classes.size(); ++cls) {
    for (const std::string& fragment : *classes[cls]) {
      const LiteralPrefixes prefixes = literal_prefixes(fragment);
      // Checked without "(?i)", which does not change the syntax: case folding is most of what
      // RE2's parsing costs, and parse_error asks RE2 only about what regex_syntax cannot tell.
      if (const std::string error = parse_error("(?:" + fragment + ")", options); !error.empty()) {
        const std::string alone = parse_error(fragment, options);
        return Error{origin, "negation: RE2 cannot compile '" + fragment + "': " + (alone.empty() ? error : alone)};
      }
      const std::string pattern = "(?i)(?:" + fragment + ")";
      const auto id = static_cast<std::uint32_t>(index.fragments_.size());
      const bool wild = prefixes.strings.empty();
      Fragment entry{.cls = cls};
      // Compiled now when it runs at every place, or when compiling it later might fail.
      const bool now = wild || !surely_fits(pattern, options);
      if (!prefixes.whole) entry.regex = std::make_unique<LazyRegex>(pattern, options, now);
      if (now && entry.regex != nullptr && !entry.regex->get().ok()) {
        return Error{origin, "negation: RE2 cannot compile '" + fragment + "': " + entry.regex->get().error()};
      }
      if (wild) {
        entry.leading = leading_non_word_bytes(fragment, true);
        index.matches_empty_ = index.matches_empty_ || matches_empty_at_word_edges(entry.regex->get());
        index.wild_.push_back(id);
      }
      index.fragments_.push_back(std::move(entry));
      const auto strings = prefixes.whole ? prefixes.strings : shortest_prefixes(prefixes.strings);
      for (const auto& s : strings) index.add(id, s, prefixes.whole);
    }
  }
  return index;
}

void TriggerIndex::add(std::uint32_t fragment, const LiteralPrefix& prefix, bool whole) {
  const std::string& text = prefix.text;
  std::uint32_t node = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::uint32_t next = kNoNode;
    if (i == 0) {
      next = root_[c];
    } else {
      for (const auto& [byte, child] : nodes_[node].children) {
        if (byte == c) next = child;
      }
    }
    if (next == kNoNode) {
      next = static_cast<std::uint32_t>(nodes_.size());
      nodes_.emplace_back();
      if (i == 0) root_[c] = next;
      else nodes_[node].children.emplace_back(c, next);
    }
    node = next;
  }
  std::uint32_t key = 0;
  for (std::size_t n = 0; n < std::min(text.size(), kFilterBytes); ++n) {
    key = key << 8 | static_cast<unsigned char>(text[n]);
    (n + 1 == text.size() ? whole_ : begun_)[n].set(bucket(key));
  }
  Node& last = nodes_[node];
  (whole ? last.ends : prefix.word_end ? last.candidates_at_word_end : last.candidates).push_back(fragment);
}

void TriggerIndex::collect(std::string_view text, std::size_t p, std::size_t to, std::vector<Hit>& hits) const {
  hits.clear();
  if (p >= to) return;
  const auto c = static_cast<unsigned char>(text[p]);
  std::uint32_t node = root_[kFoldLatin1[c]];
  for (std::size_t i = p; node != kNoNode;) {
    const Node& here = nodes_[node];
    for (const std::uint32_t f : here.ends) hits.push_back({f, i + 1});
    for (const std::uint32_t f : here.candidates) hits.push_back({f, kNone});
    if (i + 1 == text.size() || !is_ascii_word(static_cast<unsigned char>(text[i + 1]))) {
      for (const std::uint32_t f : here.candidates_at_word_end) hits.push_back({f, kNone});
    }
    if (++i >= to) break;
    const auto next = kFoldLatin1[static_cast<unsigned char>(text[i])];
    node = kNoNode;
    for (const auto& [byte, child] : here.children) {
      if (byte == next) node = child;
    }
  }
  for (const std::uint32_t f : wild_) {
    if (is_ascii_word(c) || fragments_[f].leading.test(c)) hits.push_back({f, kNone});
  }
}

void TriggerIndex::longest_at(std::string_view text, std::size_t p, std::size_t to, Ends& ends, std::uint32_t classes) const {
  ends.fill(kNone);
  thread_local std::vector<Hit> hits;
  collect(text, p, to, hits);
  for (const Hit& hit : hits) {
    const Fragment& fragment = fragments_[hit.fragment];
    if (((classes >> fragment.cls) & 1u) == 0) continue;
    std::size_t end = hit.end;
    if (end == kNone) {
      re2::StringPiece match;
      if (!fragment.regex->get().Match(text, p, to, RE2::ANCHOR_START, &match, 1)) continue;
      end = p + match.size();
    }
    if (ends[fragment.cls] == kNone || end > ends[fragment.cls]) ends[fragment.cls] = end;
  }
}

std::size_t TriggerIndex::first_class_matching(std::string_view text, std::size_t start, std::size_t end) const {
  thread_local std::vector<Hit> hits;
  collect(text, start, end, hits);
  std::size_t first = classes_;
  for (const Hit& hit : hits) {
    const Fragment& fragment = fragments_[hit.fragment];
    if (fragment.cls >= first) continue;
    const bool whole = hit.end != kNone ? hit.end == end
                                        : fragment.regex->get().Match(text, start, end, RE2::ANCHOR_BOTH, nullptr, 0);
    if (whole) first = fragment.cls;
  }
  return first;
}

}  // namespace skillmatch::detail
