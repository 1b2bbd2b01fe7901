// context_rules: the forbid and cue patterns around a mention, and the literal scan that
// lets the kind_forbid patterns run only in windows that hold the literals they need.
#include <gtest/gtest.h>

#include <stdexcept>

#include <skillmatch/rules_loader.hpp>

#include "context_reference.hpp"
#include "context_rules.hpp"
#include "literal_scan.hpp"

namespace skillmatch::detail {
namespace {

const std::string kSource = SKILLMATCH_SOURCE_DIR;

std::vector<std::pair<std::size_t, std::uint32_t>> hits_of(const LiteralScan& scan, std::string_view text) {
  std::vector<LiteralHit> hits;
  scan.find(text, hits);
  std::vector<std::pair<std::size_t, std::uint32_t>> out;
  for (const auto& hit : hits) out.emplace_back(hit.offset, hit.literal);
  return out;
}

TEST(LiteralScan, FindsEveryOccurrenceOverlappingOnesAndAtTheEnd) {
  const LiteralScan scan({"review", "view", "\"\"", "(20"});
  using Hits = std::vector<std::pair<std::size_t, std::uint32_t>>;
  EXPECT_EQ(hits_of(scan, "a review"), (Hits{{2, 0}, {4, 1}}));
  EXPECT_EQ(hits_of(scan, "said \"\"\" (2019) (20"), (Hits{{5, 2}, {6, 2}, {9, 3}, {16, 3}}));
  EXPECT_EQ(hits_of(scan, "vie"), Hits{});
  EXPECT_EQ(hits_of(scan, ""), Hits{});
}

TEST(LiteralScan, IgnoresTheCaseOfAsciiAndLatin1Letters) {
  // "\xE9t\xE9" is "été" in Latin-1, "\xC9T\xC9" its capitals.
  const LiteralScan scan({"Journal", "\xE9t\xE9"});
  using Hits = std::vector<std::pair<std::size_t, std::uint32_t>>;
  EXPECT_EQ(hits_of(scan, "JOURNAL journal jOuRnAl"), (Hits{{0, 0}, {8, 0}, {16, 0}}));
  EXPECT_EQ(hits_of(scan, "\xC9T\xC9"), (Hits{{0, 1}}));
  EXPECT_EQ(hits_of(scan, "journa1"), Hits{});
}

TEST(LiteralScan, RejectsALiteralTooShortToFilterOn) {
  EXPECT_THROW(LiteralScan({"a"}), std::invalid_argument);
}

const Taxonomy& built_in() {
  static const RulesLoad rules = load_rules({kSource + "/rules"});
  return rules.taxonomy;
}

// The answer before the scan: one RE2 of all kind_forbid patterns searched in the window,
// every match start tried until one covers the mention.
class Reference {
 public:
  explicit Reference(const Taxonomy& taxonomy) : window_(taxonomy.context_window) {
    std::string pattern = "(?i)(?:";
    for (std::size_t i = 0; i < taxonomy.kind_forbid.forbid.size(); ++i) {
      pattern += (i > 0 ? "|" : "") + taxonomy.kind_forbid.forbid[i];
    }
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingLatin1);
    options.set_longest_match(true);
    options.set_max_mem(64 << 20);
    regex_ = std::make_unique<RE2>(pattern + ")", options);
  }
  bool forbidden(std::string_view text, std::size_t offset, std::size_t length) const {
    std::size_t start = offset > window_ ? offset - window_ : 0;
    std::size_t end = std::min(text.size(), offset + length + window_);
    if (const auto line = text.substr(start, offset - start).rfind('\n'); line != std::string_view::npos) start += line + 1;
    if (const auto line = text.substr(offset + length, end - offset - length).find('\n'); line != std::string_view::npos) {
      end = offset + length + line;
    }
    return testing::regex_covers(*regex_, text, start, end, offset, length);
  }

 private:
  std::size_t window_;
  std::unique_ptr<RE2> regex_;
};

// A concept of the built-in taxonomy with no forbid patterns of its own: only kind_forbid decides.
std::size_t plain_concept(const Taxonomy& taxonomy) {
  for (std::size_t i = 0; i < taxonomy.skills.size(); ++i) {
    const Skill& skill = taxonomy.skills[i];
    if (skill.kind == "concept" && skill.context.forbid.empty()) return i;
  }
  throw std::logic_error("no concept without forbid patterns");
}

std::vector<std::string> texts_to_check() {
  std::vector<std::string> texts = {
      "Smith, J. (2019). Leadership in distributed teams. Journal of Management, 12(3), 45-67.\n"
      "Received the Excellence in Mentoring Award; led the Freshman Mentoring Program, Senior Week.\n"
      "Workshop on \xE2\x80\x9cIntelligent Systems and Robotics\xE2\x80\x9d held at MIT. \"\"Quoted,\"\" said she.\n"
      "Charted Classified Coached Collected Compiled data. Gumport, P. 2012. Strategic Thinking in\n"
      "Special Issue: Sustainability, Resilience, and Leadership. Los Angeles: Sage Publications, et al., 2001.\n"
      "Best Paper in Innovation Education Track. Administration in Social Work, 33(2), 186-201 (eds.)",
      // One long line: stretches and windows far from any line break.
      std::string(3000, ' ') + "data analysis for the Society for Risk Analysis, Vol. 3 " + std::string(500, 'x'),
  };
  for (std::string& text : testing::sample_texts()) texts.push_back(std::move(text));
  return texts;
}

// Every word of the texts taken as a mention, checked in document order and backwards.
TEST(ContextRules, KindForbidAnswersAsOneSearchOfAllItsPatternsInTheWindowDid) {
  const Taxonomy& taxonomy = built_in();
  ASSERT_FALSE(taxonomy.kind_forbid.forbid.empty());
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  ASSERT_TRUE(problems.empty()) << problems.front().to_string();
  const std::size_t skill = plain_concept(taxonomy);
  const Reference reference(taxonomy);
  std::size_t vetoed = 0, checked = 0;
  for (const std::string& text : texts_to_check()) {
    std::vector<std::pair<std::size_t, std::size_t>> words;
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t end = std::min(text.find_first_of(" \n\t,.;:()", i), text.size());
      if (end > i) words.emplace_back(i, end - i);
      i = end + 1;
    }
    ContextRules::DocumentScan scan;
    for (const bool backwards : {false, true}) {
      scan.start(text);
      for (std::size_t k = 0; k < words.size(); ++k) {
        const auto [offset, length] = words[backwards ? words.size() - 1 - k : k];
        const bool expected = reference.forbidden(text, offset, length);
        ASSERT_EQ(rules.forbidden(skill, scan, offset, length), expected)
            << "'" << text.substr(offset, length) << "' at " << offset << (backwards ? " (backwards)" : "");
        vetoed += expected;
        ++checked;
      }
    }
  }
  // The texts exercise both answers.
  EXPECT_GT(vetoed, 20u);
  EXPECT_GT(checked - vetoed, 1000u);
}

Taxonomy one_skill(const std::string& kind, std::vector<std::string> forbid, std::vector<std::string> kind_forbid) {
  Taxonomy taxonomy;
  Skill skill;
  skill.id = "mentoring";
  skill.kind = kind;
  skill.context.forbid = std::move(forbid);
  taxonomy.skills.push_back(skill);
  taxonomy.kind_forbid = {{"soft-skill"}, std::move(kind_forbid)};
  return taxonomy;
}

bool forbidden_in(const Taxonomy& taxonomy, const std::string& text, const std::string& mention) {
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  EXPECT_TRUE(problems.empty());
  ContextRules::DocumentScan scan;
  scan.start(text);
  return rules.forbidden(0, scan, text.find(mention), mention.size());
}

TEST(ContextRules, KindForbidAppliesOnlyToTheKindsItNamesAndOwnPatternsToTheirSkill) {
  const std::string text = "Winner of the Excellence in Mentoring Award";
  const std::vector<std::string> award = {"(?-i:[A-Z])\\w*( (?-i:[A-Z])\\w*| in)* Award"};
  EXPECT_TRUE(forbidden_in(one_skill("soft-skill", {}, award), text, "Mentoring"));
  EXPECT_FALSE(forbidden_in(one_skill("tool", {}, award), text, "Mentoring"));
  EXPECT_TRUE(forbidden_in(one_skill("tool", {"mentoring award"}, {}), text, "Mentoring"));
  // The pattern needs "award": a window without it is not forbidden.
  EXPECT_FALSE(forbidden_in(one_skill("soft-skill", {}, award), "Excellence in Mentoring juniors", "Mentoring"));
  // A match must lie inside the mention's line.
  EXPECT_FALSE(forbidden_in(one_skill("soft-skill", {}, award), "Excellence in Mentoring\nAward", "Mentoring"));
}

TEST(ContextRules, APatternWithoutLiteralsIsStillSearched) {
  // Three capitalised words in a row: nothing FilteredRE2 can look for.
  const std::vector<std::string> capitals = {"(?-i:[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+)"};
  EXPECT_TRUE(forbidden_in(one_skill("soft-skill", {}, capitals), "the Peer Mentoring Scheme ran", "Mentoring"));
  EXPECT_FALSE(forbidden_in(one_skill("soft-skill", {}, capitals), "the peer Mentoring scheme ran", "Mentoring"));
}

TEST(ContextRules, EveryBadPatternIsOneErrorNamingItsSkillAndRulesFile) {
  Taxonomy taxonomy = one_skill("tool", {"(worse", "fine", "[bad"}, {"(unclosed"});
  taxonomy.skills[0].origin = "my-rules/skills/people.json:12";
  taxonomy.skills[0].context.cues = {"mentor\\", "coach"};
  taxonomy.kind_forbid.origin = "my-rules/extraction.json:40";
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  std::vector<std::string> lines;
  for (const Error& problem : problems) lines.push_back(problem.to_string());
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].rfind("my-rules/skills/people.json:12: skill 'mentoring' cue: RE2 cannot compile 'mentor\\'", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1].rfind("my-rules/skills/people.json:12: skill 'mentoring' forbid: RE2 cannot compile '(worse'", 0), 0u) << lines[1];
  EXPECT_EQ(lines[2].rfind("my-rules/skills/people.json:12: skill 'mentoring' forbid: RE2 cannot compile '[bad'", 0), 0u) << lines[2];
  EXPECT_EQ(lines[3].rfind("my-rules/extraction.json:40: kind_forbid: RE2 cannot compile '(unclosed'", 0), 0u) << lines[3];
}

TEST(ContextRules, CuesAreSoughtOnTheMentionsLineWithinTheWindowFromAWordStart) {
  Taxonomy taxonomy = one_skill("tool", {}, {});
  taxonomy.context_window = 20;
  taxonomy.skills[0].context.cues = {"coach"};
  std::vector<Error> problems;
  const ContextRules rules = ContextRules::compile(taxonomy, problems);
  ASSERT_TRUE(problems.empty());
  const auto cued = [&](const std::string& text) { return rules.has_cue(0, text, text.find("Mentoring"), 9); };
  EXPECT_TRUE(cued("Mentoring and coaching juniors"));      // a stem, from a word start
  EXPECT_FALSE(cued("Mentoring and autocoach juniors"));    // not from a word start
  EXPECT_FALSE(cued("Mentoring\ncoaching juniors"));        // another line
  EXPECT_FALSE(cued("Mentoring and then, much later, coaching"));  // past the window
}

}  // namespace
}  // namespace skillmatch::detail
