// What the context tests compare with: the samples' texts, and a forbid regex's answer for a
// mention as ContextRules searched it before its checks were rewritten without RE2.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

namespace skillmatch::testing {

// Every resume and posting of samples/, whole.
inline std::vector<std::string> sample_texts() {
  std::vector<std::string> texts;
  for (const char* folder : {"/samples/resumes", "/samples/postings"}) {
    for (const auto& entry : std::filesystem::directory_iterator(std::string(SKILLMATCH_SOURCE_DIR) + folder)) {
      std::stringstream text;
      text << std::ifstream(entry.path()).rdbuf();
      texts.push_back(text.str());
    }
  }
  return texts;
}

// A match of `regex` (leftmost-longest) in text[start, end) overlaps [offset, offset + length):
// every match start is tried until one covers the mention or lies past it.
inline bool regex_covers(const RE2& regex, std::string_view text, std::size_t start, std::size_t end,
                         std::size_t offset, std::size_t length) {
  re2::StringPiece match;
  for (std::size_t from = start; from < end && regex.Match(text, from, end, RE2::UNANCHORED, &match, 1);) {
    const auto match_start = static_cast<std::size_t>(match.data() - text.data());
    if (match_start >= offset + length) return false;
    if (match_start + match.size() > offset) return true;
    from = match_start + 1;
  }
  return false;
}

}  // namespace skillmatch::testing
