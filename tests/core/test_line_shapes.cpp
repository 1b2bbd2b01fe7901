// line_shapes: the kind_forbid classifier, with the built-in word lists. Each shape has a
// line written for it and near misses that must not be caught. The lines are made up here,
// not taken from the dev sets.
#include <gtest/gtest.h>

#include <skillmatch/rules_loader.hpp>

#include "extract/line_shapes.hpp"

namespace skillmatch::detail {
namespace {

const LineShapes& built_in() {
  static const RulesLoad rules = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  static const LineShapes shapes(rules.taxonomy.kind_forbid, rules.taxonomy.context_window);
  return shapes;
}

// The spans of `line` (one line, classified whole).
ShapeSpans spans_of(const std::string& line) {
  ShapeSpans spans;
  std::vector<ShapeToken> tokens;
  built_in().find(line, 0, line.size(), tokens, spans.spans());
  spans.finish();
  return spans;
}

// Whether a span covers part of the first occurrence of `word` in `line`.
bool vetoed(const std::string& line, const std::string& word) {
  const std::size_t at = line.find(word);
  EXPECT_NE(at, std::string::npos) << word;
  return spans_of(line).overlaps(at, word.size());
}

TEST(LineShapes, ANameEndingInAnEventAwardOrBodyWord) {
  EXPECT_TRUE(vetoed("Received the Northwind Excellence in Coaching Award in 2019", "Coaching"));
  EXPECT_TRUE(vetoed("Member, Lakeside Negotiation Society; treasurer", "Negotiation"));
  EXPECT_TRUE(vetoed("Chair of the Budget & Forecasting Committees. Elected twice", "Forecasting"));
  // A name with a hyphen right after it ("Association-") still ends there.
  EXPECT_TRUE(vetoed("Harbour Mediation Association- board member", "Mediation"));
  // A name may start at a capital inside a word, and a byte written out as \xe2\x80\x94 (a
  // dash) is a mark, not part of the word after it.
  EXPECT_TRUE(vetoed("Judge, eLearning Award (2019)", "eLearning"));
  EXPECT_TRUE(vetoed("Keynote at the summit\\xe2\\x80\\x94Partners in Mentoring. Boston", "Mentoring"));
  // The name goes on in Title Case: the word is not where it ends.
  EXPECT_FALSE(vetoed("Coaching Award Ceremony Planner", "Coaching"));
}

TEST(LineShapes, ANameStartingWithABodyWordAndALink) {
  EXPECT_TRUE(vetoed("Fellow, Institute for Negotiation Studies, 2015", "Negotiation"));
  EXPECT_TRUE(vetoed("Spoke at the Conference on Applied Forecasting Methods", "Forecasting"));
  EXPECT_TRUE(vetoed("sponsored by DELTA-Coalition for Transparency and Ethics", "Transparency"));
  // A link into lower-case words is no name.
  EXPECT_FALSE(vetoed("Ran the forum for negotiation practice", "negotiation"));
}

TEST(LineShapes, AProgrammeName) {
  EXPECT_TRUE(vetoed("Coordinated the Summer Leadership Program, Campus Week and more", "Leadership"));
  EXPECT_TRUE(vetoed("Volunteer at the Senior Storytelling Programme for the library", "Storytelling"));
  EXPECT_TRUE(spans_of("Led Program management for three teams").spans().empty());
  EXPECT_TRUE(spans_of("Conference room booking system for the office").spans().empty());
}

TEST(LineShapes, AListOfActionVerbs) {
  EXPECT_TRUE(vetoed("Assembled Budgeted Coordinated Delegated Mentored", "Coordinated"));
  EXPECT_TRUE(spans_of("Managed Budgets and Coordinated teams").spans().empty());
  EXPECT_TRUE(spans_of("Budgeted Coordinated, Delegated").spans().empty());  // two, then a comma
}

TEST(LineShapes, ABibliographyEntry) {
  // An author and a year open the entry.
  EXPECT_TRUE(vetoed("Rivera, Q. (2011). Agile estimation in small firms. Lean Work, 8(2), 14-29.", "estimation"));
  EXPECT_TRUE(vetoed("Tanaka, M.R., Forecasting demand with scarce data. Field Notes", "Forecasting"));
  EXPECT_TRUE(vetoed("Okafor et al., Resilience in supply chains, 2020", "Resilience"));
  EXPECT_TRUE(vetoed("L. Moreau. 2009. Negotiation under deadline pressure.", "Negotiation"));
  // A source's name, then its volume or pages.
  EXPECT_TRUE(vetoed("Lean estimation in practice. Quarterly of Delivery Studies, vol. 7", "estimation"));
  EXPECT_TRUE(vetoed("Storytelling for managers. Harbor Bulletin pp. 33-41", "Storytelling"));
  // Marks of an entry by themselves.
  EXPECT_TRUE(vetoed("Negotiation at work. Refereed paper presented at the spring meeting", "Negotiation"));
  EXPECT_TRUE(vetoed("Planning for rivers, 14(3): 201-219", "Planning"));
  EXPECT_TRUE(vetoed("Ethics in design. In A. Cole (Eds.), Collected Essays", "Ethics"));
  EXPECT_TRUE(vetoed("Storytelling for Managers. Boston: Harbour Lane Press", "Storytelling"));
  EXPECT_TRUE(vetoed("Special issue: Leadership in crisis", "Leadership"));
  // A volume with no source before it, a year alone or initials with no year: evidence stays.
  EXPECT_FALSE(vetoed("Vol. 3 of my notes on leadership", "leadership"));
  EXPECT_FALSE(vetoed("Improved forecasting accuracy by 12% in 2019 (2 quarters)", "forecasting"));
  EXPECT_FALSE(vetoed("Worked with J. Smith on negotiation training for sales", "negotiation"));
}

TEST(LineShapes, AQuotedTitle) {
  EXPECT_TRUE(vetoed("\xE2\x80\x9C" "Teamwork at Scale,\xE2\x80\x9D Harbor Review", "Teamwork"));
  EXPECT_TRUE(vetoed("Speaker: \xE2\x80\x9CNegotiation for Engineers\xE2\x80\x9D at DevDays", "Negotiation"));
  EXPECT_TRUE(vetoed("Cole, A. 2018. \xE2\x80\x9C" "Mentoring remote interns\xE2\x80\x9D in Field Notes", "Mentoring"));
  // Doubled quotes from a CSV export, and quote marks written out as escaped bytes.
  EXPECT_TRUE(vetoed("Workshop on \"\"Ethics of Automation\"\" for staff", "Ethics"));
  EXPECT_TRUE(vetoed("Workshop on \\xe2\\x80\\x9cData Ethics\\xe2\\x80\\x9d for staff", "Ethics"));
  // A quoted phrase in prose, or a thesis title, is still evidence.
  EXPECT_FALSE(vetoed("Praised for \xE2\x80\x9Cgreat teamwork\xE2\x80\x9D by the client", "teamwork"));
  EXPECT_FALSE(vetoed("Thesis: \xE2\x80\x9C" "Forecasting river levels\xE2\x80\x9D", "Forecasting"));
}

TEST(LineShapes, AnEventHeldSomewhereAndABestPaperAward) {
  EXPECT_TRUE(vetoed("Webinar - Cloud Security Basics organized by the Chamber", "Cloud"));
  EXPECT_TRUE(vetoed("Best Paper on Collaboration Tools, 2020", "Collaboration"));
  EXPECT_FALSE(vetoed("Webinar hosts: Cloud Security Basics organized by the Chamber", "Cloud"));
  EXPECT_FALSE(vetoed("Best practices for collaboration", "collaboration"));
}

TEST(LineShapes, ASpanReachesOnlyAWindowFromTheWordsThatMakeIt) {
  // The word that ends the name lies more than the context window (60 bytes) past the mention.
  const std::string far = "Mentoring Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Award";
  EXPECT_FALSE(vetoed(far, "Mentoring"));
  EXPECT_TRUE(vetoed(far, "Lambda"));
  // A source and a volume that no one window holds together do not make an entry.
  const std::string apart = "Journal keeping helped my planning, which over the years grew into a shelf of notebooks "
                            "that I still read on quiet weekends and holidays, vol. 2";
  EXPECT_FALSE(vetoed(apart, "planning"));
  EXPECT_FALSE(vetoed(apart, "holidays"));
}

TEST(LineShapes, SpansAreAskedInLogTimeAcrossLines) {
  ShapeSpans spans;
  spans.spans() = {{50, 60}, {10, 40}, {12, 14}};
  spans.finish();
  EXPECT_TRUE(spans.overlaps(39, 5));   // the end of [10, 40), past a shorter span
  EXPECT_FALSE(spans.overlaps(40, 10));
  EXPECT_TRUE(spans.overlaps(45, 6));
  EXPECT_FALSE(spans.overlaps(0, 10));
  EXPECT_FALSE(spans.overlaps(60, 3));
}

TEST(LineShapes, AWordListEntryIsCheckedForItsListsCaseAndShape) {
  const ShapeWordList exact{"name_ends", true, false}, folded{"events", false, true};
  EXPECT_EQ(shape_word_problem(exact, "Award"), "");
  EXPECT_EQ(shape_word_problem(folded, "summer school"), "");
  EXPECT_EQ(shape_word_problem(folded, "Summer school"), "'Summer school' must be lower case (it matches in any case)");
  EXPECT_EQ(shape_word_problem(exact, "Best Paper"), "'Best Paper' must be one word");
  EXPECT_EQ(shape_word_problem(exact, ""), "an empty entry");
  EXPECT_EQ(shape_word_problem(folded, " talk"), "' talk': words must be separated by single spaces");
}

}  // namespace
}  // namespace skillmatch::detail
