// Stage 1, locate: every place an alias is named, leftmost-longest, in text order. Literal
// aliases are found in one pass (AliasLocator); the few pattern aliases by one RE2::Set
// over the document, then each one the Set saw by its own RE2.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include <skillmatch/document.hpp>
#include <skillmatch/result.hpp>
#include <skillmatch/taxonomy.hpp>

#include "../alias_locator.hpp"
#include "../list_lines.hpp"
#include "scratch.hpp"

namespace skillmatch::detail {

class Locate {
 public:
  Locate();

  // Adds alias `id` of `skill`; a pattern RE2 rejects is appended to `problems`.
  void add(std::uint32_t id, const Alias& alias, const Skill& skill, std::vector<Error>& problems);
  // Call once after the last add(); a Set RE2 cannot compile is appended to `problems`.
  void finish(std::vector<Error>& problems);

  // Replaces scratch.candidates with the document's candidates, by offset, none
  // overlapping. False when RE2 ran out of memory on the text.
  bool run(std::string_view text, Scratch& scratch) const;

 private:
  // Appends the matches of the pattern aliases the Set found in `text`.
  bool find_patterns(std::string_view text, Scratch& scratch) const;

  AliasLocator literals_;
  std::unique_ptr<RE2::Set> pattern_presence_;  // null when no alias is a pattern
  std::vector<std::uint32_t> pattern_aliases_;  // alias id of each entry of the Set
  std::vector<std::unique_ptr<RE2>> patterns_;  // each entry's own RE2, which locates its matches
};

// Items of the document's list lines that are case-sensitive aliases in another case
// ("c, go, oracle"), and such words of lines written wholly in capitals ("PYTHON, SQL, SPARK
// AND AIRFLOW ARE REQUIRED"), join the candidates; scratch.list_lines holds the list lines after.
void add_list_items(const ListLines& lists, std::string_view text, const std::vector<Section>& sections,
                    Scratch& scratch);

}  // namespace skillmatch::detail
