#include "forbid_phrase_syntax.hpp"

namespace skillmatch::detail {
namespace {

bool letter_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
// ASCII punctuation, but the phrase syntax's own '*' and '_'.
bool mark(char c) { return c > ' ' && c < 0x7f && !letter_or_digit(c) && !(c >= 'A' && c <= 'Z') && c != '*' && c != '_'; }

std::string problem(std::string_view phrase, const std::string& what) {
  std::string out = "'";
  out.append(phrase).append("' ").append(what);
  return out;
}

// The gap at `p`: a space (any run), n '_' (exactly n) or nothing; an error for anything else
// between items (two spaces, a space beside '_').
std::string read_gap(std::string_view phrase, std::size_t& p, PhraseItem& next) {
  if (p < phrase.size() && phrase[p] == ' ') {
    ++p;
    next.gap_min = 1;
    next.gap_max = kAnyGap;
  } else {
    std::uint32_t ones = 0;
    for (; p < phrase.size() && phrase[p] == '_'; ++p) ++ones;
    next.gap_min = next.gap_max = ones;
  }
  if (p < phrase.size() && (phrase[p] == ' ' || phrase[p] == '_')) {
    return problem(phrase, "has a gap that is neither one space (any whitespace) nor '_'s (one whitespace byte each)");
  }
  if (p == phrase.size()) return problem(phrase, "ends in a gap");
  return {};
}

// The item at `p` (a word or stem, or a mark); an error for a byte no item starts with.
std::string read_item(std::string_view phrase, std::size_t& p, PhraseItem& item) {
  const char c = phrase[p];
  if (mark(c)) {
    item.kind = PhraseItem::Kind::kMark;
    item.text = std::string(1, c);
    ++p;
    return {};
  }
  if (!letter_or_digit(c)) {
    if (c >= 'A' && c <= 'Z') return problem(phrase, "holds a capital: phrases are written in lower case and match any case");
    return problem(phrase, "holds '" + std::string(1, c) + "', which is not a-z, 0-9, ASCII punctuation, a space or '_'");
  }
  const std::size_t start = p;
  while (p < phrase.size() && letter_or_digit(phrase[p])) ++p;
  item.text = std::string(phrase.substr(start, p - start));
  item.kind = PhraseItem::Kind::kWord;
  if (p < phrase.size() && phrase[p] == '*') {
    item.kind = PhraseItem::Kind::kStem;
    ++p;
    if (p < phrase.size() && (letter_or_digit(phrase[p]) || phrase[p] == '*')) {
      return problem(phrase, "has a stem ('" + item.text + "*') that does not end its word");
    }
  }
  return {};
}

}  // namespace

std::string parse_phrase(std::string_view phrase, std::vector<PhraseItem>& items) {
  items.clear();
  if (phrase.empty()) return "'' is an empty phrase";
  if (phrase[0] == ' ' || phrase[0] == '_') return problem(phrase, "starts with a gap");
  if (phrase[0] == '*') return problem(phrase, "has a stem with no letters before its '*'");
  for (std::size_t p = 0; p < phrase.size();) {
    PhraseItem item;
    if (!items.empty()) {
      if (std::string error = read_gap(phrase, p, item); !error.empty()) return error;
    }
    if (phrase[p] == '*') return problem(phrase, "has a stem with no letters before its '*'");
    if (std::string error = read_item(phrase, p, item); !error.empty()) return error;
    items.push_back(std::move(item));
  }
  return {};
}

}  // namespace skillmatch::detail
