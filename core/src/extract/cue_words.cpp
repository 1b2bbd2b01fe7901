#include "cue_words.hpp"

#include <algorithm>

namespace skillmatch::detail {
namespace {

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
// RE2's \w and \b: ASCII only, in any encoding.
bool re2_word(char c) { return ascii_alnum(c) || c == '_'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

}  // namespace

bool CueWords::plain(std::string_view fragment) {
  return !fragment.empty() && ascii_alnum(fragment.front()) &&
         std::all_of(fragment.begin(), fragment.end(),
                     [](char c) { return ascii_alnum(c) || c == ' ' || c == '-' || c == '/'; });
}

void CueWords::add_skill(const std::vector<std::string>& words) {
  std::vector<std::string>& lowered = words_.emplace_back();
  for (const std::string& word : words) {
    lowered.push_back(word);
    std::transform(word.begin(), word.end(), lowered.back().begin(), lower);
  }
}

bool CueWords::found(std::size_t skill, std::string_view text, std::size_t start, std::size_t end) const {
  const std::vector<std::string>& words = words_[skill];
  if (words.empty()) return false;
  for (std::size_t p = start; p < end; ++p) {
    // A word start: a plain cue begins with a word character, so \b there needs a byte
    // before that is none (the text before the window counts, as it did for RE2).
    if (!re2_word(text[p]) || (p > 0 && re2_word(text[p - 1]))) continue;
    for (const std::string& word : words) {
      if (word.size() > end - p) continue;
      if (std::equal(word.begin(), word.end(), text.begin() + static_cast<std::ptrdiff_t>(p),
                     [](char a, char b) { return a == lower(b); })) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace skillmatch::detail
