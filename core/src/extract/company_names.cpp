#include "company_names.hpp"

#include "../char_classes.hpp"

namespace skillmatch::detail {
namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }
bool capital(char c) { return c >= 'A' && c <= 'Z'; }

// Past one space, the gap between a name's words; a longer run of blanks, or a tab, parts the
// columns of a flattened line ("Team Lead, QA  McAfee Inc"): no gap, `at` is returned.
std::size_t skip_space(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != ' ') return at;
  return at + 1 < text.size() && blank(text[at + 1]) ? at : at + 1;
}

// The end of the ASCII word (letters, digits, "'", ".", "-" inside) starting at `at`.
std::size_t word_end(std::string_view text, std::size_t at) {
  while (at < text.size() && (is_ascii_word(static_cast<unsigned char>(text[at])) || text[at] == '\'' || text[at] == '.' ||
                              text[at] == '-')) {
    ++at;
  }
  return at;
}

}  // namespace

std::size_t CompanyNames::suffix_at(std::string_view text, std::size_t at) const {
  // A suffix is capitalised ("Inc", "LIMITED"): "no AWS, limited GCP" names no company.
  if (!capital(text[at])) return 0;
  for (const std::string& suffix : rule_->suffixes) {
    if (text.size() - at < suffix.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < suffix.size() && same; ++i) same = ascii_lower(text[at + i]) == ascii_lower(suffix[i]);
    if (!same) continue;
    std::size_t end = at + suffix.size();
    if (end < text.size() && text[end] == '.' && suffix.back() != '.') ++end;
    // "Corporation-wide" and "Incidents" go on as other words.
    if (end == text.size() || !(is_ascii_word(static_cast<unsigned char>(text[end])) || text[end] == '-')) return end - at;
  }
  return 0;
}

bool CompanyNames::ends_name(std::string_view text, std::size_t end) const {
  if (rule_ == nullptr || rule_->suffixes.empty()) return false;
  std::size_t at = end;  // just after the last word read
  for (std::size_t words = 0;; ++words) {
    const std::size_t word = skip_space(text, at);
    const std::size_t next = word < text.size() && text[word] == ',' ? skip_space(text, word + 1) : word;
    // The suffix is a word of its own, after a blank or a comma: "OracleInc" is no name.
    if (next > at && next < text.size() && suffix_at(text, next) > 0) return true;
    // Words between are capitalised and apart by blanks; a comma before no suffix ends the name.
    if (words == rule_->max_words_between || word == at || next != word || word >= text.size()) return false;
    if (text[word] == '&') {
      at = word + 1;
    } else if (capital(text[word])) {
      at = word_end(text, word);
    } else {
      return false;
    }
  }
}

}  // namespace skillmatch::detail
