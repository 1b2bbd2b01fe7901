// Job titles compared as words (rules/titles.json): a posting's title or a role's name
// against a resume's headline and its recent job titles.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <skillmatch/evidence.hpp>
#include <skillmatch/taxonomy.hpp>

namespace skillmatch {

// Fills rule.phrases from rule.synonyms (the rules loader does, once).
void compile_title_rule(TitleRule& rule);

// The words of a title that name the role: lowercase, parenthesised asides left out,
// synonyms rewritten to one spelling, seniority and filler dropped.
std::vector<std::string> title_words(std::string_view title, const TitleRule& rule);

// The words of the role a posting's title names: its part before a qualifier ("Data
// Analyst, Growth & Marketing", "Data Scientist - Forecasting", "Engineer | Remote").
std::vector<std::string> wanted_title_words(std::string_view title, const TitleRule& rule);

// A resume's titles, read once and compared with many postings or roles.
struct CandidateTitles {
  struct Title {
    std::string text;   // as the resume writes it
    // title_words of it, each after a space, and a space at the end (" data engineer "):
    // one string, where a string per word held 2 KB per title, 23 MB for a one-line resume's.
    std::string words;
    double weight = 1.0;             // a wish or an old job counts less than a recent one
    int position = -1;               // index into CandidateProfile::positions; -1: a headline
  };
  std::vector<Title> titles;
};

// The headline lines and the job titles of positions that ended in the last five years
// (older ones weigh half; a headline naming a wish, "Aspiring Data Engineer", half).
CandidateTitles candidate_titles(const CandidateProfile& candidate, const TitleRule& rule);

// Share (0-1) of `wanted`'s words that `words` (as a Title holds them) holds.
double title_coverage(const std::vector<std::string>& wanted, std::string_view words);

// How well a candidate's titles fit a wanted title, 0-1, and the title that fits best.
struct TitleFit {
  double score = 0;
  std::string matched;  // empty when nothing fits
};
TitleFit title_fit(const CandidateTitles& titles, const std::vector<std::string>& wanted);
// title_fit's score alone, with no copy of the title (screening asks it per pair).
double title_score(const CandidateTitles& titles, const std::vector<std::string>& wanted);
// The positions (into CandidateProfile::positions) whose job title holds every word of `wanted`.
std::vector<std::size_t> titled_positions(const CandidateTitles& titles, const std::vector<std::string>& wanted);

}  // namespace skillmatch
