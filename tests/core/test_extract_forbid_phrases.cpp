// extract/forbid_phrases: a skill's forbid and cue phrases (words, stems, marks and gaps), matched
// from the words around a mention without RE2, exactly as the regex each stands for.
#include <gtest/gtest.h>

#include <cctype>

#include <re2/re2.h>
#include <skillmatch/rules_loader.hpp>

#include "context_reference.hpp"
#include "context_rules.hpp"
#include "extract/forbid_phrases.hpp"

namespace skillmatch::detail {
namespace {

TEST(ForbidPhrases, WordsStemsAndMarksJoinedByOneSpaceUnderscoresOrNothingAreWellFormed) {
  for (const char* good : {"puppet show", "less than", "r2", "chef de chef", "m/s", "e-business", "chef's", "a_b",
                           "puppet theat*", "r & d", "(hcl )", "x__y", "stem*: done", "ll.m."}) {
    EXPECT_TRUE(ForbidPhrases::well_formed(good)) << good;
  }
  for (const char* bad : {"", " show", "show ", "puppet  show", "Puppet", "puppet\tshow", "caf\xC3\xA9", "ab*c", "*ab",
                          "a *", "a _b", "a_ b", "ab**", "show_", "_show", "a*b*"}) {
    EXPECT_FALSE(ForbidPhrases::well_formed(bad)) << bad;
    EXPECT_FALSE(ForbidPhrases::ill_formed(bad).empty()) << bad;
  }
  EXPECT_EQ(ForbidPhrases::ill_formed("ab*c"), "'ab*c' has a stem ('ab*') that does not end its word");
  EXPECT_EQ(ForbidPhrases::ill_formed(""), "'' is an empty phrase");
}

// Whether a phrase of skill 0 covers `mention` (its first occurrence) in the whole of `text`.
bool covered(const ForbidPhrases& phrases, std::string_view text, std::string_view mention) {
  ForbidPhrases::Scratch scratch;
  return phrases.covers(0, text, 0, text.size(), text.find(mention), mention.size(), scratch);
}

TEST(ForbidPhrases, APhraseIsWholeWordsOfAnyCaseJoinedByAnyWhitespaceOverlappingTheMention) {
  ForbidPhrases phrases;
  phrases.add_skill({"puppet show", "sock puppet"});
  phrases.add_skill({});
  phrases.finish();
  EXPECT_TRUE(covered(phrases, "ran a Puppet Show for kids", "Puppet"));
  EXPECT_TRUE(covered(phrases, "ran a PUPPET \t show", "PUPPET"));
  EXPECT_TRUE(covered(phrases, "a sock puppet.", "puppet"));
  EXPECT_TRUE(covered(phrases, "a puppet show", "et sh"));  // any overlap counts, as for a pattern
  EXPECT_FALSE(covered(phrases, "puppet shows", "puppet"));
  EXPECT_FALSE(covered(phrases, "puppet_show", "puppet"));
  EXPECT_FALSE(covered(phrases, "puppet-show", "puppet"));
  EXPECT_FALSE(covered(phrases, "sockpuppet show", "show"));
  EXPECT_FALSE(covered(phrases, "the puppet, show", "puppet"));
  EXPECT_FALSE(covered(phrases, "Puppet, then a puppet show", "Puppet"));  // not this mention's
  EXPECT_FALSE(phrases.has_phrases(1));
  ForbidPhrases::Scratch scratch;
  EXPECT_FALSE(phrases.covers(1, "puppet show", 0, 11, 0, 6, scratch));
}

TEST(ForbidPhrases, APhraseLiesWhollyInTheWindowAndTheTextBeyondItStillBoundsAWord) {
  ForbidPhrases phrases;
  phrases.add_skill({"puppet show"});
  phrases.finish();
  ForbidPhrases::Scratch scratch;
  const std::string_view text = "xpuppet show";
  EXPECT_FALSE(phrases.covers(0, text, 1, text.size(), 1, 6, scratch));  // "x" before the window
  EXPECT_FALSE(phrases.covers(0, "puppet shows", 0, 11, 0, 6, scratch));  // "s" after it
  EXPECT_FALSE(phrases.covers(0, "puppet show", 0, 10, 0, 6, scratch));   // "show" cut by it
  EXPECT_TRUE(phrases.covers(0, "puppet show", 0, 11, 0, 6, scratch));
}

TEST(ForbidPhrases, StemsMarksAndCountedGapsMatchAsTheirRegexDoes) {
  ForbidPhrases phrases;
  phrases.add_skill({"puppet theat*", "ray_tracing", "ray-tracing", "r & d", "c/o", "(hcl)", "word count*"});
  phrases.finish();
  EXPECT_TRUE(covered(phrases, "a Puppet Theatre", "Puppet"));
  EXPECT_TRUE(covered(phrases, "a puppet theat", "puppet"));        // \w* may match nothing
  EXPECT_FALSE(covered(phrases, "a puppet xtheatre", "puppet"));    // a stem starts its word
  EXPECT_TRUE(covered(phrases, "Ray Tracing", "Ray"));
  EXPECT_TRUE(covered(phrases, "Ray\ttracing", "Ray"));             // one whitespace byte of any kind
  EXPECT_FALSE(covered(phrases, "Ray  tracing", "Ray"));           // '_' is exactly one
  EXPECT_TRUE(covered(phrases, "ray-tracing", "ray"));
  EXPECT_FALSE(covered(phrases, "ray - tracing", "ray"));          // nothing beside a mark is nothing
  EXPECT_TRUE(covered(phrases, "in R  &\tD", "R"));
  EXPECT_FALSE(covered(phrases, "in R&D", "R"));                    // a space is at least one
  EXPECT_TRUE(covered(phrases, "C/O the office", "C"));
  EXPECT_FALSE(covered(phrases, "C/Os", "C"));
  EXPECT_TRUE(covered(phrases, "HashiCorp (HCL)", "HCL"));
  ForbidPhrases::Scratch scratch;
  const std::string_view cut = "word counting";
  EXPECT_TRUE(phrases.covers(0, cut, 0, 10, 0, 4, scratch));   // a last stem may run past the window
  EXPECT_TRUE(phrases.covers(0, "puppet theatre", 0, 13, 0, 6, scratch));
  EXPECT_FALSE(phrases.covers(0, "ray-tracing", 0, 9, 0, 3, scratch));  // a last word may not
  EXPECT_FALSE(phrases.covers(0, "xword counting", 1, 15, 1, 4, scratch));  // a word the window cuts at its start
}

// The reference: the regex a list of phrases stands for, in Latin-1, case-insensitive,
// leftmost-longest, every match start tried until one covers the mention (as ContextRules does).
class Reference {
 public:
  explicit Reference(const std::vector<std::string>& phrases) {
    std::string pattern = "(?i)(?:";
    std::vector<PhraseItem> items;
    for (std::size_t i = 0; i < phrases.size(); ++i) {
      EXPECT_EQ(parse_phrase(phrases[i], items), "");
      pattern += (i > 0 ? "|" : "") + std::string("(?:") + regex_of(items) + ")";
    }
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingLatin1);
    options.set_longest_match(true);
    regex_ = std::make_unique<RE2>(pattern + ")", options);
  }
  bool ok() const { return regex_->ok(); }
  bool covers(std::string_view text, std::size_t start, std::size_t end, std::size_t offset, std::size_t length) const {
    return testing::regex_covers(*regex_, text, start, end, offset, length);
  }
  // A match lies anywhere in text[start, end), as a cue is searched for.
  bool found(std::string_view text, std::size_t start, std::size_t end) const {
    return regex_->Match(text, start, end, RE2::UNANCHORED, nullptr, 0);
  }

 private:
  // \b before a first word or stem and after a last word; a stem stem\w*; gaps \s+ or \s{n}.
  static std::string regex_of(const std::vector<PhraseItem>& items) {
    std::string out = items.front().kind == PhraseItem::Kind::kMark ? "" : "\\b";
    for (const PhraseItem& item : items) {
      if (&item != &items.front() && item.gap_max == kAnyGap) out += "\\s+";
      if (&item != &items.front() && item.gap_max != kAnyGap && item.gap_max > 0) out += "\\s{" + std::to_string(item.gap_max) + "}";
      out += RE2::QuoteMeta(item.text) + (item.kind == PhraseItem::Kind::kStem ? "\\w*" : "");
    }
    return out + (items.back().kind == PhraseItem::Kind::kWord ? "\\b" : "");
  }
  std::unique_ptr<RE2> regex_;
};

// A phrase written out: its gaps as `run` (a space), `one` per '_' or `none` (nothing beside a
// mark), each stem followed by `more`.
std::string written(std::string_view phrase, std::string_view run, std::string_view one, std::string_view more,
                    std::string_view none = "") {
  std::vector<PhraseItem> items;
  EXPECT_EQ(parse_phrase(phrase, items), "");
  std::string out;
  for (const PhraseItem& item : items) {
    if (item.gap_max == kAnyGap) out += run;
    if (item.gap_max == 0 && &item != &items.front()) out += none;
    for (std::uint32_t n = 0; item.gap_max != kAnyGap && n < item.gap_max; ++n) out += one;
    out += item.text + (item.kind == PhraseItem::Kind::kStem ? std::string(more) : "");
  }
  return out;
}

// The samples, and each skill's phrases written into text with other spacing and case, stems
// run on, cut short or run on.
std::vector<std::string> texts_for(const std::vector<std::string>& phrases) {
  std::vector<std::string> texts = testing::sample_texts();
  std::string text;
  for (const std::string& phrase : phrases) {
    const std::string plain = written(phrase, " ", " ", ""), spaced = written(phrase, "\t", "\t", "ing"),
                      wide = written(phrase, "  ", "\n", "_9"), near = written(phrase, "", "  ", "", " ");
    std::string upper = written(phrase, " \f", "\r", "Ed");
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    text += "a " + plain + ", " + spaced + "  \xC3\xA9" + upper + " x" + plain + "s_" + wide + "\n" +
            plain.substr(0, plain.size() - 1) + " (" + spaced + ") -" + wide + "- \f" + plain + "\r\n" + near + "\n";
  }
  texts.push_back(text);
  return texts;
}

// How many skills had phrases, words were checked and checks found a phrase.
struct Checked {
  std::size_t skills = 0, words = 0, found = 0;
};

// For each skill of the built-in rules with phrases in `list_of(skill)`, at every word
// [i, end) of the texts written for them, the matcher (`ask(phrases, scratch, text, i, end)`)
// answers as their regex (`expect(reference, text, i, end)`); stops at the first difference.
template <typename ListOf, typename Ask, typename Expect>
Checked check_built_in(ListOf list_of, Ask ask, Expect expect) {
  const RulesLoad rules = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  Checked checked;
  ForbidPhrases::Scratch scratch;
  for (const Skill& skill : rules.taxonomy.skills) {
    const std::vector<std::string>& list = list_of(skill);
    if (list.empty()) continue;
    ++checked.skills;
    ForbidPhrases phrases;
    phrases.add_skill(list);
    phrases.finish();
    const Reference reference(list);
    EXPECT_TRUE(reference.ok()) << skill.id;
    for (const std::string& text : texts_for(list)) {
      for (std::size_t i = 0; i < text.size();) {
        const std::size_t end = std::min(text.find_first_of(" \n\t,.;:()-", i), text.size());
        if (end > i) {
          const bool expected = expect(reference, text, i, end);
          EXPECT_EQ(ask(phrases, scratch, text, i, end), expected)
              << skill.id << " at " << i << ": '" << text.substr(i, end - i) << "' in '" << text.substr(i, 80) << "'";
          if (::testing::Test::HasFailure()) return checked;
          checked.found += expected;
          ++checked.words;
        }
        i = end + 1;
      }
    }
  }
  return checked;
}

// The window around [i, end) in `text`, `reach` bytes either side: it cuts words at both ends.
std::pair<std::size_t, std::size_t> window(std::string_view text, std::size_t i, std::size_t end, std::size_t reach) {
  return {i > reach ? i - reach : 0, std::min(text.size(), end + reach)};
}

// Every skill's phrases in the built-in rules, with every word of the texts taken as a
// mention, in a window cutting words at both ends, answer as the regex they stand for (the
// forbid pattern tools/forbid_phrases.py converted them from, checked there).
TEST(ForbidPhrases, AnswerAsTheRegexTheyStandForOnTheBuiltInRules) {
  const Checked checked = check_built_in(
      [](const Skill& skill) -> const auto& { return skill.context.forbid_phrases; },
      [](const ForbidPhrases& phrases, ForbidPhrases::Scratch& scratch, std::string_view text, std::size_t i,
         std::size_t end) {
        const auto [from, to] = window(text, i, end, 60);
        return phrases.covers(0, text, from, to, i, end - i, scratch);
      },
      [](const Reference& reference, std::string_view text, std::size_t i, std::size_t end) {
        const auto [from, to] = window(text, i, end, 60);
        return reference.covers(text, from, to, i, end - i);
      });
  EXPECT_GT(checked.skills, 50u);
  EXPECT_GT(checked.found, 1000u);
  EXPECT_GT(checked.words - checked.found, 100000u);
}

// Every skill's cue phrases in the built-in rules, searched in the window around every word of
// the texts (cutting words at both ends), answer as the regex they stand for (the cue pattern
// tools/forbid_phrases.py converted them from, \b(?:cue) open at its end, checked there).
TEST(ForbidPhrases, CuePhrasesAnswerAsTheRegexTheyStandForSearchedInTheWindow) {
  const Checked checked = check_built_in(
      [](const Skill& skill) -> const auto& { return skill.context.cue_phrases; },
      [](const ForbidPhrases& phrases, ForbidPhrases::Scratch& scratch, std::string_view text, std::size_t i,
         std::size_t end) {
        const auto [from, to] = window(text, i, end, 30);
        return phrases.covers(0, text, from, to, from, to - from, scratch);
      },
      [](const Reference& reference, std::string_view text, std::size_t i, std::size_t end) {
        const auto [from, to] = window(text, i, end, 30);
        return reference.found(text, from, to);
      });
  EXPECT_GT(checked.skills, 100u);
  EXPECT_GT(checked.found, 10000u);
  EXPECT_GT(checked.words - checked.found, 100000u);
}

TEST(ForbidPhrases, AnIllFormedPhraseIsOneErrorNamingItsSkillAndRulesFile) {
  Taxonomy taxonomy;
  Skill& skill = taxonomy.skills.emplace_back();
  skill.id = "puppet";
  skill.kind = "tool";
  skill.origin = "my-rules/skills/tools.json:7";
  skill.context.forbid_phrases = {"puppet show", "Puppet  Master", "sock puppet"};
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].to_string().rfind("my-rules/skills/tools.json:7: skill 'puppet' forbid_phrases: 'Puppet  Master'", 0), 0u)
      << problems[0].to_string();
  ContextRules::DocumentScan scan;
  const std::string text = "a sock puppet";
  scan.start(text);
  EXPECT_TRUE(rules.forbidden(0, scan, text.find("puppet"), 6));  // the well-formed ones still count
}

}  // namespace
}  // namespace skillmatch::detail
