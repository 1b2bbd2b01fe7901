// Finds the usual resume and posting headings in plain text and turns them into sections.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <skillmatch/document.hpp>
#include <skillmatch/posting_zones.hpp>

namespace skillmatch {

// What names a section, from rules/sections.json: heading text (lowercase, single spaces) ->
// canonical section name; headings that start with a phrase and go on with a proper name
// ("About Globex", "Life at Acme"); and cue phrases that make an unheaded paragraph a section
// by its wording ("We are an equal opportunity employer...", "We offer...").
class SectionVocabulary {
 public:
  void add(std::string_view canonical, std::string_view heading);
  void add_name_prefix(std::string_view canonical, std::string_view prefix);
  void add_cue(std::string_view canonical, std::string_view phrase);
  // The canonical name of `heading` text, or empty when it is not a known heading.
  std::string_view canonical(std::string_view heading) const;
  // The section the earliest cue phrase in `opening` (a paragraph's first sentence) names, or empty.
  std::string_view cued(std::string_view opening) const;
  bool empty() const { return by_heading_.empty(); }
  // The cues that place a posting's unheaded sentences in zones (sections.json "zones").
  PostingZones& zones() { return zones_; }
  const PostingZones& zones() const { return zones_; }

 private:
  struct Phrase {
    std::string words;  // normalized; a name prefix ends with a space
    std::string canonical;
  };
  std::string_view named(std::string_view heading, const std::string& normalized) const;

  std::unordered_map<std::string, std::string> by_heading_;
  std::vector<Phrase> name_prefixes_;
  std::unordered_map<std::string, std::vector<Phrase>> cues_;  // by first word, longest first
  PostingZones zones_;
};

// Sections of `text`: each known heading line (upper case, title case, with a colon,
// underlined, numbered or '#'-prefixed) starts one that runs to the next heading. A paragraph
// whose first sentence carries a cue phrase, outside a resume's sections, is a section of its
// own; the section it interrupts goes on after it.
std::vector<Section> detect_sections(std::string_view text, const SectionVocabulary& vocabulary);

// The section containing byte `offset`, or nullptr (sections sorted by offset).
const Section* section_at(const std::vector<Section>& sections, std::size_t offset);

// Guesses resume or posting from sections and wording, for parsers that cannot tell.
DocumentKind guess_kind(const Document& document);

}  // namespace skillmatch
