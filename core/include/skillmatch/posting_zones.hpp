// Tells a posting's sentences that ask for nothing (the employer describing itself, its
// benefits, its equal-opportunity statement, how to apply) from the job's own, by their
// wording, where no heading says which is which.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <skillmatch/document.hpp>

namespace skillmatch {

// A linear model of whether a sentence asks for nothing, trained by tools/train_zones.py
// (sections.json "zones" "model"): the log-odds of "other" is the bias, plus the weight of each
// distinct word of the sentence, plus each zone's cue score times that zone's weight.
struct ZoneModel {
  double bias = 0.0;
  double threshold = 0.0;  // a sentence is zoned when its log-odds reaches this
  std::unordered_map<std::string, double> words;         // normalized words
  std::unordered_map<std::string, double> zone_weights;  // by zone name
};

// A weighted cue lexicon from rules/sections.json "zones": each cue phrase found in a sentence
// (whole words, case-insensitive; once however often it occurs) adds its weight to its zone.
// The zone "job" is the job's own voice ("you will", "experience with"). With a model, the model
// decides whether a sentence is zoned and the best zone other than the job's names it (the first
// zone given when no cue is found); without one, a sentence belongs to the best other zone when
// that zone's score beats the job's by at least the margin. A sentence of more than `max_words`
// words (a whole section run into one line) mixes voices and is left to headings.
class PostingZones {
 public:
  // The zone of the job's own voice, whose score every other zone must beat.
  static constexpr std::string_view kJob = "job";

  // Adds a cue `phrase` worth `weight` to `zone`.
  void add_cue(std::string_view zone, std::string_view phrase, double weight);
  // How far a zone's score must exceed the job's for a sentence to be placed in it.
  void set_margin(double margin) { margin_ = margin; }
  // Lets `model` decide which sentences are zoned, in place of the margin.
  void set_model(ZoneModel model) { model_ = std::move(model); }
  // The longest sentence, in words, that is placed in a zone.
  void set_max_words(std::size_t words) { max_words_ = words; }
  // The zone `sentence` belongs to, or empty when it is the job's or undecided.
  std::string_view zone_of(std::string_view sentence) const;
  // The zones cues were given for, "job" included, in the order first given.
  const std::vector<std::string>& zones() const { return zones_; }
  // Whether no cue was given: marking zones then changes nothing.
  bool empty() const { return cues_.empty(); }
  // Where the cues were given ("file:line"), for the lint.
  void set_origin(std::string origin) { origin_ = std::move(origin); }
  const std::string& origin() const { return origin_; }

 private:
  struct Cue {
    std::string words;  // normalized
    std::size_t zone;   // index into zones_
    double weight;
    std::size_t id;     // its place among all cues, to count it once per sentence
  };
  // Each zone's cue score in `words` (normalized), indexed as zones_.
  std::vector<double> cue_scores(const std::string& words) const;
  // The model's log-odds that `words` (normalized) ask for nothing, given their cue scores.
  double log_odds(const std::string& words, const std::vector<double>& scores) const;

  std::vector<std::string> zones_;
  std::unordered_map<std::string, std::vector<Cue>> cues_;  // by first word
  std::size_t cue_count_ = 0;
  double margin_ = 2.0;
  std::optional<ZoneModel> model_;
  std::size_t max_words_ = 60;
  std::string origin_;
};

// Makes each run of a posting's sentences that `zones` places in a zone a section named after
// it, cut out of the section it sat in (which goes on after it). Sentences already in a
// section named like a zone, and a section's first line (its heading), are left as they are. Sentences end at a line break (unless the next
// line starts in lower case, a wrapped sentence) or at . ! ? before a space.
void mark_posting_zones(Document& document, const PostingZones& zones);

}  // namespace skillmatch
