#include "alias_locator.hpp"

#include <algorithm>

#include "char_classes.hpp"

namespace skillmatch::detail {
namespace {

std::string first_token_key(std::string_view folded) {
  std::size_t end = 0;
  while (end < folded.size() && classify(folded, end).word) end += classify(folded, end).length;
  if (end == 0) end = 1;  // an alias that starts with punctuation (".NET") is keyed by it
  std::string key(folded.substr(0, end));
  std::transform(key.begin(), key.end(), key.begin(), ascii_lower);
  return key;
}

}  // namespace

std::string AliasLocator::fold(std::string_view literal, bool case_sensitive) {
  std::string folded;
  for (char c : literal) {
    if (c == ' ' || c == '\t' || c == '-' || c == '\n') {
      if (!folded.empty() && folded.back() != ' ') folded.push_back(' ');
    } else {
      folded.push_back(case_sensitive ? c : ascii_lower(c));
    }
  }
  while (!folded.empty() && folded.back() == ' ') folded.pop_back();
  return folded;
}

void AliasLocator::add(std::uint32_t alias_id, std::string_view literal, bool case_sensitive) {
  entries_.push_back({alias_id, fold(literal, case_sensitive), case_sensitive});
}

void AliasLocator::finish() {
  by_first_token_.clear();
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const std::string key = first_token_key(entries_[i].folded);
    longest_key_ = std::max(longest_key_, key.size());
    if (!classify(key, 0).word) punctuation_starts_alias_[static_cast<unsigned char>(key[0])] = true;
    by_first_token_[key].push_back(i);
  }
  for (auto& [key, bucket] : by_first_token_) {
    std::stable_sort(bucket.begin(), bucket.end(), [&](std::uint32_t a, std::uint32_t b) {
      return entries_[a].folded.size() > entries_[b].folded.size();
    });
  }
}

std::size_t AliasLocator::match_at(std::string_view text, std::size_t start, const Entry& entry) const {
  std::size_t t = start;
  for (const char expected : entry.folded) {
    if (expected == ' ') {
      const std::size_t gap = gap_length(text, t);
      if (gap == 0) return std::string_view::npos;
      t += gap;
      continue;
    }
    if (t >= text.size()) return std::string_view::npos;
    const char actual = entry.case_sensitive ? text[t] : ascii_lower(text[t]);
    if (actual != expected) return std::string_view::npos;
    ++t;
  }
  return t;
}

bool AliasLocator::on_boundaries(std::string_view text, std::size_t start, std::size_t end) {
  if (start >= 2 && (text[start - 1] == '.' || text[start - 1] == '@') && word_before(text, start - 1)) return false;
  if (start >= 1 && classify(text, start).word && word_before(text, start)) return false;
  if (end >= text.size()) return true;
  if (classify(text, end).word) return false;
  if (!word_before(text, end)) return true;
  const char next = text[end];
  if (next == '+' || next == '#') return false;
  const bool glued = end + 1 < text.size() && is_ascii_word(static_cast<unsigned char>(text[end + 1]));
  return !((next == '.' || next == '&' || next == '@') && glued);
}

bool AliasLocator::try_candidates(std::string_view text, std::size_t start, const std::string& key,
                                  const std::vector<char>& present, std::vector<RawMatch>& out) const {
  const auto bucket = by_first_token_.find(key);
  if (bucket == by_first_token_.end()) return false;
  for (const std::uint32_t index : bucket->second) {
    const Entry& entry = entries_[index];
    if (!present[entry.alias_id]) continue;
    const std::size_t end = match_at(text, start, entry);
    if (end != std::string_view::npos && on_boundaries(text, start, end)) {
      out.push_back({entry.alias_id, start, end - start});
      return true;
    }
  }
  return false;
}

void AliasLocator::locate(std::string_view text, const std::vector<char>& present, std::vector<RawMatch>& out) const {
  std::string key;
  key.reserve(longest_key_ + 1);
  std::size_t i = 0;
  bool previous_is_word = false;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && !is_ascii_word(c)) {
      if (punctuation_starts_alias_[c] && !previous_is_word) {
        key.assign(1, static_cast<char>(c));
        if (try_candidates(text, i, key, present, out)) {
          i += out.back().length;
          previous_is_word = word_before(text, i);
          continue;
        }
      }
      previous_is_word = false;
      ++i;
      continue;
    }
    const CharInfo info = classify(text, i);
    if (!info.word) {
      previous_is_word = false;
      i += info.length;
      continue;
    }
    std::size_t end = i;
    while (end < text.size()) {
      const auto b = static_cast<unsigned char>(text[end]);
      if (b < 0x80) {
        if (!is_ascii_word(b)) break;
        ++end;
      } else {
        const CharInfo next = classify(text, end);
        if (!next.word) break;
        end += next.length;
      }
    }
    if (end - i <= longest_key_) {
      key.assign(text.substr(i, end - i));
      std::transform(key.begin(), key.end(), key.begin(), ascii_lower);
      if (try_candidates(text, i, key, present, out)) {
        i += out.back().length;
        previous_is_word = word_before(text, i);
        continue;
      }
    }
    i = end;
    previous_is_word = true;
  }
}

}  // namespace skillmatch::detail
