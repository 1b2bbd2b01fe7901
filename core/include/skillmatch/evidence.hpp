// What a candidate's documents show about each skill: how strongly, for how long, where.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <skillmatch/dates.hpp>
#include <skillmatch/extractor.hpp>

namespace skillmatch {

// Ordered: a concrete sentence in Experience or Projects beats a Skills-list entry, which
// beats a summary line, which beats being implied by another skill.
enum class Strength { kNone = 0, kImplied, kSummary, kListed, kDemonstrated };
std::string_view to_string(Strength strength);

// One mention, as a reader would check it.
struct EvidenceRef {
  std::size_t document = 0;  // index into CandidateProfile::sources
  std::size_t offset = 0;
  std::size_t length = 0;
  std::size_t line = 0;
  std::string section;
  std::string snippet;  // the mention's line, trimmed
  Strength strength = Strength::kNone;
};

// How many of a skill's mentions a profile keeps to explain a score: what a report quotes.
inline constexpr std::size_t kEvidenceShown = 3;

struct SkillEvidence {
  std::size_t skill = 0;
  Strength strength = Strength::kNone;  // the best of its mentions
  int months = 0;                       // dated work entries that mention it, overlaps once
  std::optional<YearMonth> last_used;   // end of the latest such entry
  bool at_work = false;                 // demonstrated in a job, not only in a project or list
  int mentioned = 0;                    // how often the documents name it, negated mentions left out
  // The kEvidenceShown strongest mentions, strongest first, earlier first among equals;
  // negated mentions are left out.
  std::vector<EvidenceRef> mentions;
  std::vector<std::size_t> implied_by;
};

// One dated entry of a resume: a job, or a dated project.
struct Position {
  std::size_t document = 0;  // index into CandidateProfile::sources
  std::string heading;       // the entry's first line without its dates ("Data Engineer, Acme |")
  YearMonth start;
  YearMonth finish;
  bool project = false;              // under Projects or Publications: shown use, not a job
  std::vector<std::size_t> skills;   // skills its lines show (not negated), sorted, once each
  bool ongoing = false;              // "- Present", "since 2020": finish is the profile's date
};

// One candidate: a resume, or a portfolio folder of several documents merged.
struct CandidateProfile {
  std::vector<std::string> sources;  // per document
  std::string title;                 // of the first document
  std::vector<std::string> headlines;  // the first document's lines before its first section
  int experience_months = 0;         // union of all dated work entries
  std::vector<Position> positions;   // every dated entry, in document order
  // A work section holds entries but no date in it could be read: years are unknown, not 0.
  bool undated_work = false;
  YearMonth as_of;                   // what "Present" meant when the profile was built
  int degree = 0;                    // the highest DegreeLevel (resume_structure.hpp) its Education names
  std::vector<SkillEvidence> skills; // sorted by skill index
  const SkillEvidence* find(std::size_t skill) const;
};

struct ExtractedDocument {
  Document document;
  Extraction extraction;
};

// How much a profile keeps: each skill's strongest mentions with their snippets (to explain
// a score), or only what a score is computed from (strength, months, implied_by), which is
// what screening needs for each of thousands of resumes and costs no string at all.
enum class EvidenceDetail { kMentions, kScoreOnly };

// One document's dated entries with the skills each shows, as ProfileBuilder finds them,
// without the skills' evidence: what a resume's structured profile needs of them.
std::vector<Position> read_positions(const Document& document, const Extraction& extraction, YearMonth today);

// Merges the documents' evidence. `today` is what "Present" means (injectable for tests).
CandidateProfile build_profile(const std::vector<ExtractedDocument>& documents, YearMonth today,
                               EvidenceDetail detail = EvidenceDetail::kMentions);

// build_profile a document at a time, so that each document and its extraction can be
// dropped once added: a candidate of many documents (a feed read as one) held them all.
class ProfileBuilder {
 public:
  explicit ProfileBuilder(YearMonth today, EvidenceDetail detail = EvidenceDetail::kMentions);
  // Adds the next document's evidence; documents are numbered in the order added.
  void add(const ExtractedDocument& item) { add(item.document, item.extraction); }
  // The same for a document and its extraction held apart.
  void add(const Document& document, const Extraction& extraction);
  // Adds the documents `later` was built from, as if each had been added here after ours.
  void merge(ProfileBuilder&& later);
  // How many documents were added.
  std::size_t documents() const { return profile_.sources.size(); }
  // The profile of every document added.
  CandidateProfile finish() &&;

 private:
  YearMonth today_;
  EvidenceDetail detail_;
  CandidateProfile profile_;
  std::map<std::size_t, SkillEvidence> by_skill_;
  std::map<std::size_t, std::vector<std::pair<YearMonth, YearMonth>>> periods_;
  std::vector<std::pair<YearMonth, YearMonth>> all_periods_;
};

}  // namespace skillmatch
