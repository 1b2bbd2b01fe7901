#include <skillmatch/posting_zones.hpp>

#include <algorithm>

#include <skillmatch/sections.hpp>

#include "heading_words.hpp"

namespace skillmatch {
namespace {

struct Span {
  std::size_t begin;
  std::size_t end;
  std::string_view zone;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Whether the line after the line break at `at` starts in lower case: a wrapped line that goes
// on with the sentence above it ("measuring campaigns,\nbuilding the dashboards ..."), whose
// voice ("You will") is that sentence's.
bool continues_sentence(std::string_view text, std::size_t at) {
  std::size_t next = at + 1;
  while (next < text.size() && is_space(text[next])) ++next;
  return next < text.size() && text[next] >= 'a' && text[next] <= 'z';
}

// The end of the sentence starting at `from`: a line break (unless the next line goes on with the
// sentence), or . ! ? before a space or a line break ("e.g." inside a sentence ends it too: a cut
// too many costs little).
std::size_t sentence_end(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] == '\n' && !continues_sentence(text, i)) return i;
    const bool final = text[i] == '.' || text[i] == '!' || text[i] == '?';
    if (final && (i + 1 == text.size() || is_space(text[i + 1]) || text[i + 1] == '\n')) return i + 1;
  }
  return text.size();
}

// Whether the sentence at `offset` is left as it is: in a section named like a zone already, or
// the first line of a section, its heading ("Bonus" heads a list of nice-to-haves).
bool left_alone(const Document& document, std::size_t offset, const PostingZones& zones) {
  const Section* section = section_at(document.sections, offset);
  if (section == nullptr) return false;
  const auto& names = zones.zones();
  return section->offset == offset || std::find(names.begin(), names.end(), section->name) != names.end();
}

// The runs of sentences placed in a zone, in text order; neighbours in the same zone joined.
std::vector<Span> zone_spans(const Document& document, const PostingZones& zones) {
  const std::string_view text = document.text;
  std::vector<Span> spans;
  std::size_t begin = 0;
  while (begin < text.size()) {
    while (begin < text.size() && (is_space(text[begin]) || text[begin] == '\n')) ++begin;
    if (begin == text.size()) break;
    const std::size_t end = sentence_end(text, begin);
    const std::string_view zone =
        left_alone(document, begin, zones) ? std::string_view() : zones.zone_of(text.substr(begin, end - begin));
    if (!zone.empty()) {
      if (!spans.empty() && spans.back().zone == zone &&
          text.substr(spans.back().end, begin - spans.back().end).find_first_not_of(" \t\r\n") == std::string_view::npos) {
        spans.back().end = end;
      } else {
        spans.push_back({begin, end, zone});
      }
    }
    begin = end;
  }
  return spans;
}

// `sections` with every span cut out of them and added as a section of its zone, by offset;
// what is left of a section between spans is kept unless it is only blank space.
std::vector<Section> cut_spans(std::string_view text, const std::vector<Section>& sections, const std::vector<Span>& spans) {
  std::vector<Section> out;
  const auto keep = [&](const Section& section, std::size_t from, std::size_t to) {
    if (text.substr(from, to - from).find_first_not_of(" \t\r\n") != std::string_view::npos) out.push_back({section.name, from, to - from});
  };
  for (const Section& section : sections) {
    std::size_t from = section.offset;
    const std::size_t end = section.offset + section.length;
    for (const Span& span : spans) {
      if (span.end <= from || span.begin >= end) continue;
      if (span.begin > from) keep(section, from, span.begin);
      from = std::max(from, span.end);
    }
    if (from < end) keep(section, from, end);
  }
  for (const Span& span : spans) out.push_back({std::string(span.zone), span.begin, span.end - span.begin});
  std::stable_sort(out.begin(), out.end(), [](const Section& a, const Section& b) { return a.offset < b.offset; });
  return out;
}

}  // namespace

void PostingZones::add_cue(std::string_view zone, std::string_view phrase, double weight) {
  std::string words = detail::normalize_words(phrase);
  if (words.empty()) return;
  auto known = std::find(zones_.begin(), zones_.end(), zone);
  if (known == zones_.end()) known = zones_.insert(zones_.end(), std::string(zone));
  const auto index = static_cast<std::size_t>(known - zones_.begin());
  std::string first = words.substr(0, words.find(' '));
  cues_[std::move(first)].push_back({std::move(words), index, weight, cue_count_++});
}

std::vector<double> PostingZones::cue_scores(const std::string& words) const {
  std::vector<double> score(zones_.size(), 0.0);
  std::vector<char> counted(cue_count_, 0);
  for (std::size_t at = 0; at < words.size();) {
    const std::size_t word_end = std::min(words.find(' ', at), words.size());
    if (const auto starting = cues_.find(words.substr(at, word_end - at)); starting != cues_.end()) {
      for (const Cue& cue : starting->second) {
        const std::size_t end = at + cue.words.size();
        if (counted[cue.id] == 0 && words.compare(at, cue.words.size(), cue.words) == 0 &&
            (end == words.size() || words[end] == ' ')) {
          score[cue.zone] += cue.weight;
          counted[cue.id] = 1;
        }
      }
    }
    at = word_end + 1;
  }
  return score;
}

double PostingZones::log_odds(const std::string& words, const std::vector<double>& scores) const {
  double sum = model_->bias;
  for (std::size_t z = 0; z < zones_.size(); ++z) {
    if (const auto weight = model_->zone_weights.find(zones_[z]); weight != model_->zone_weights.end()) sum += weight->second * scores[z];
  }
  // Each distinct word once, as the model was trained ("our ... our" is one "our").
  std::vector<std::string_view> seen;
  for (std::size_t at = 0; at < words.size();) {
    const std::size_t word_end = std::min(words.find(' ', at), words.size());
    const std::string_view word = std::string_view(words).substr(at, word_end - at);
    if (std::find(seen.begin(), seen.end(), word) == seen.end()) {
      seen.push_back(word);
      if (const auto weight = model_->words.find(std::string(word)); weight != model_->words.end()) sum += weight->second;
    }
    at = word_end + 1;
  }
  return sum;
}

std::string_view PostingZones::zone_of(std::string_view sentence) const {
  if (cues_.empty()) return {};
  const std::string words = detail::normalize_words(sentence);
  if (static_cast<std::size_t>(std::count(words.begin(), words.end(), ' ')) >= max_words_) return {};
  const std::vector<double> score = cue_scores(words);
  const auto job = std::find(zones_.begin(), zones_.end(), kJob);
  const double job_score = job == zones_.end() ? 0.0 : score[static_cast<std::size_t>(job - zones_.begin())];
  std::size_t best = zones_.size();
  for (std::size_t z = 0; z < zones_.size(); ++z) {
    if (zones_[z] != kJob && (best == zones_.size() || score[z] > score[best])) best = z;
  }
  if (best == zones_.size()) return {};
  const bool zoned = model_ ? log_odds(words, score) >= model_->threshold : score[best] - job_score >= margin_;
  return zoned ? std::string_view(zones_[best]) : std::string_view();
}

void mark_posting_zones(Document& document, const PostingZones& zones) {
  if (zones.empty()) return;
  const std::vector<Span> spans = zone_spans(document, zones);
  if (!spans.empty()) document.sections = cut_spans(document.text, document.sections, spans);
}

}  // namespace skillmatch
