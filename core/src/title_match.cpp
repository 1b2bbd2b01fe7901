#include <skillmatch/title_match.hpp>

#include <algorithm>
#include <cctype>

namespace skillmatch {
namespace {

constexpr int kRecentMonths = 60;       // a job that ended longer ago is an old title
constexpr double kOldTitleWeight = 0.5;
constexpr double kWishWeight = 0.5;     // "Aspiring Data Engineer"

// Lowercase words of letters, digits, '+' and '#' ("c++", "c#"), parenthesised asides
// ("Machine Learning Engineer (Recommendations)") left out.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  int depth = 0;
  const auto flush = [&] {
    if (!word.empty() && depth == 0) words.push_back(word);
    word.clear();
  };
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '(' || c == '[') ++depth;
    if (std::isalnum(u) || c == '+' || c == '#') {
      word += static_cast<char>(std::tolower(u));
      continue;
    }
    flush();
    if ((c == ')' || c == ']') && depth > 0) --depth;
  }
  flush();
  return words;
}

using Phrases = std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>>;

Phrases phrases_of(const TitleRule& rule) {
  Phrases phrases;
  for (const auto& [phrase, target] : rule.synonyms) phrases.emplace_back(words_of(phrase), words_of(target));
  std::stable_sort(phrases.begin(), phrases.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return phrases;
}

// Rewrites every synonym phrase to its canonical words, the longest phrase first.
std::vector<std::string> canonical(const std::vector<std::string>& words, const TitleRule& rule) {
  // A rule built by hand (tests) may not be compiled yet.
  const Phrases compiled = rule.phrases.empty() && !rule.synonyms.empty() ? phrases_of(rule) : Phrases{};
  const Phrases& phrases = compiled.empty() ? rule.phrases : compiled;
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size();) {
    const auto found = std::find_if(phrases.begin(), phrases.end(), [&](const auto& p) {
      return !p.first.empty() && i + p.first.size() <= words.size() &&
             std::equal(p.first.begin(), p.first.end(), words.begin() + static_cast<long>(i));
    });
    if (found == phrases.end()) {
      out.push_back(words[i++]);
      continue;
    }
    out.insert(out.end(), found->second.begin(), found->second.end());
    i += found->first.size();
  }
  return out;
}

bool contains_phrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase) {
  return !phrase.empty() && std::search(words.begin(), words.end(), phrase.begin(), phrase.end()) != words.end();
}

}  // namespace

void compile_title_rule(TitleRule& rule) { rule.phrases = phrases_of(rule); }

std::vector<std::string> title_words(std::string_view title, const TitleRule& rule) {
  std::vector<std::string> words = canonical(words_of(title), rule);
  std::erase_if(words, [&](const std::string& w) {
    return std::find(rule.ignored.begin(), rule.ignored.end(), w) != rule.ignored.end();
  });
  return words;
}

std::vector<std::string> wanted_title_words(std::string_view title, const TitleRule& rule) {
  std::size_t cut = title.size();
  for (const std::string_view separator : {", ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", ": "}) {
    cut = std::min(cut, title.find(separator));
  }
  std::vector<std::string> words = title_words(title.substr(0, cut), rule);
  return words.empty() ? title_words(title, rule) : words;
}

namespace {

// A title's words as CandidateTitles::Title holds them.
std::string joined_title_words(std::string_view title, const TitleRule& rule) {
  std::string out = " ";
  for (const std::string& word : title_words(title, rule)) out.append(word) += ' ';
  return out;
}

// Whether joined `words` hold `word`: words hold no space, so a space either side means a whole one.
bool holds_word(std::string_view words, std::string_view word) {
  for (std::size_t at = words.find(word); at != std::string_view::npos; at = words.find(word, at + 1)) {
    if (at > 0 && words[at - 1] == ' ' && at + word.size() < words.size() && words[at + word.size()] == ' ') return true;
  }
  return false;
}

}  // namespace

double title_coverage(const std::vector<std::string>& wanted, std::string_view words) {
  if (wanted.empty()) return 0;
  const auto found = std::count_if(wanted.begin(), wanted.end(), [&](const std::string& w) { return holds_word(words, w); });
  return static_cast<double>(found) / static_cast<double>(wanted.size());
}

CandidateTitles candidate_titles(const CandidateProfile& candidate, const TitleRule& rule) {
  CandidateTitles out;
  for (const auto& headline : candidate.headlines) {
    const std::vector<std::string> raw = words_of(headline);
    const bool wish = std::any_of(rule.not_held.begin(), rule.not_held.end(),
                                  [&](const std::string& phrase) { return contains_phrase(raw, words_of(phrase)); });
    out.titles.push_back({headline, joined_title_words(headline, rule), wish ? kWishWeight : 1.0, -1});
  }
  for (std::size_t p = 0; p < candidate.positions.size(); ++p) {
    const Position& position = candidate.positions[p];
    if (position.project || position.heading.empty()) continue;
    const bool recent = candidate.as_of.index() - position.finish.index() <= kRecentMonths;
    out.titles.push_back({position.heading, joined_title_words(position.heading, rule), recent ? 1.0 : kOldTitleWeight,
                          static_cast<int>(p)});
  }
  return out;
}

namespace {

// The best-fitting title, or null when none fits at all.
const CandidateTitles::Title* best_title(const CandidateTitles& titles, const std::vector<std::string>& wanted, double& score) {
  const CandidateTitles::Title* best = nullptr;
  score = 0;
  for (const auto& title : titles.titles) {
    const double fit = title.weight * title_coverage(wanted, title.words);
    if (fit > score) best = &title, score = fit;
  }
  return best;
}

}  // namespace

TitleFit title_fit(const CandidateTitles& titles, const std::vector<std::string>& wanted) {
  double score = 0;
  const CandidateTitles::Title* best = best_title(titles, wanted, score);
  return best == nullptr ? TitleFit{} : TitleFit{score, best->text};
}

std::vector<std::size_t> titled_positions(const CandidateTitles& titles, const std::vector<std::string>& wanted) {
  std::vector<std::size_t> out;
  for (const auto& title : titles.titles) {
    if (title.position >= 0 && title_coverage(wanted, title.words) == 1.0) out.push_back(static_cast<std::size_t>(title.position));
  }
  return out;
}

double title_score(const CandidateTitles& titles, const std::vector<std::string>& wanted) {
  double score = 0;
  best_title(titles, wanted, score);
  return score;
}

}  // namespace skillmatch
