// A skill's cues that are plain words or phrases ("ansible", "data pipeline", "ci/cd"),
// found without RE2: most cues are such words, and compiling them was a fifth of compiling
// every context pattern when the rules load. They match exactly as the skill's cue regex
// did, (?i)\b(?:...) in Latin-1: starting at a word start (the byte before is no ASCII word
// character), ignoring the case of ASCII letters, and possibly as a stem ("label" in
// "labeling").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace skillmatch::detail {

class CueWords {
 public:
  // Whether the cue fragment is a plain word or phrase: ASCII letters, digits, spaces,
  // hyphens and slashes, starting with a letter or a digit; no RE2 syntax.
  static bool plain(std::string_view fragment);

  // The plain cues of the next skill (skills are added in order, one call each).
  void add_skill(const std::vector<std::string>& words);

  // Whether `skill` has plain cues.
  bool has_words(std::size_t skill) const { return !words_[skill].empty(); }
  // A plain cue of `skill` lies wholly in text[start, end).
  bool found(std::size_t skill, std::string_view text, std::size_t start, std::size_t end) const;

 private:
  std::vector<std::vector<std::string>> words_;  // per skill, lower case
};

}  // namespace skillmatch::detail
