// Locates literal aliases in one pass over the text: each word is looked up once in a
// table keyed by the aliases' first tokens, and only candidates that RE2 reported present
// are compared. Token boundaries are checked here, in C++: RE2 has no look-behind and its
// \b is ASCII-only.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace skillmatch::detail {

struct RawMatch {
  std::uint32_t alias;
  std::size_t offset;
  std::size_t length;
};

class AliasLocator {
 public:
  // Lowercases (unless case-sensitive) and folds runs of spaces and hyphens to one space.
  static std::string fold(std::string_view literal, bool case_sensitive);

  void add(std::uint32_t alias_id, std::string_view literal, bool case_sensitive);
  // Orders each first-token bucket longest alias first; call once after the last add().
  void finish();

  // Appends leftmost-longest whole-token matches of the aliases flagged in `present`.
  void locate(std::string_view text, const std::vector<char>& present, std::vector<RawMatch>& out) const;

  // Whether a match at [start, end) stands on token boundaries ("Java" not in
  // "JavaScript", "C" not in "C++", "R" not in "R&D", "python" not in "www.python.org").
  static bool on_boundaries(std::string_view text, std::size_t start, std::size_t end);

 private:
  struct Entry {
    std::uint32_t alias_id;
    std::string folded;
    bool case_sensitive;
  };
  std::size_t match_at(std::string_view text, std::size_t start, const Entry& entry) const;
  bool try_candidates(std::string_view text, std::size_t start, const std::string& key,
                      const std::vector<char>& present, std::vector<RawMatch>& out) const;

  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_first_token_;  // -> entries_ indices
  std::array<bool, 256> punctuation_starts_alias_{};
  std::size_t longest_key_ = 0;
};

}  // namespace skillmatch::detail
