#include <skillmatch/rules_loader.hpp>
#include <skillmatch/title_match.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <re2/re2.h>
#include <functional>
#include <optional>
#include <set>
#include <unordered_map>

#include "char_classes.hpp"
#include "commented_json.hpp"
#include "extract/line_shapes.hpp"
#include "lazy_regex.hpp"
#include "senses_reader.hpp"
#include "skills_reader.hpp"

namespace skillmatch {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

const std::set<std::string> kSkillKinds = {"language", "library", "tool", "platform", "database",
                                           "concept", "practice", "soft-skill", "certification"};
// [a-z0-9][a-z0-9.+#_-]*
bool is_valid_id(std::string_view id) {
  const auto allowed = [](char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (!first && std::string_view(".+#_-").find(c) != std::string_view::npos);
  };
  if (id.empty() || !allowed(id[0], true)) return false;
  return std::all_of(id.begin() + 1, id.end(), [&](char c) { return allowed(c, false); });
}

// A rules file with its text kept, so problems can name a line.
struct RulesFile {
  fs::path path;
  std::string text;
  json data;
  std::vector<std::size_t> line_starts;

  void index_lines() {
    line_starts.assign(1, 0);
    for (std::size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1)) line_starts.push_back(i + 1);
  }
  std::size_t line_at(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(line_starts.begin(), line_starts.end(), offset) - line_starts.begin());
  }
  // The line of the first occurrence of `needle` at or after `from_line`.
  std::size_t line_of(std::string_view needle, std::size_t from_line = 1) const {
    const std::size_t from = from_line - 1 < line_starts.size() ? line_starts[from_line - 1] : text.size();
    // glibc's memmem, not std::string::find: find compares at every '"' of the text, and start-up
    // looks up every skill's id this way.
    const void* found = ::memmem(text.data() + from, text.size() - from, needle.data(), needle.size());
    return found == nullptr ? from_line : line_at(static_cast<std::size_t>(static_cast<const char*>(found) - text.data()));
  }
  // One allocation: every skill's origin is one of these.
  std::string where(std::size_t line) const {
    std::string out;
    out.reserve(path.native().size() + 24);
    out.append(path.native()).append(1, ':').append(std::to_string(line));
    return out;
  }
  std::string where_id(const std::string& id) const { return where(line_of("\"" + id + "\"")); }
};

class Loader {
 public:
  explicit Loader(RulesLoad& out) : out_(out) {}

  void load_folder(const fs::path& folder) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
      // A missing folder sets no error; a symlink loop does.
      problem(folder.string(), "not a rules folder (" + (error ? error.message() : "no such directory") + ")");
      return;
    }
    // Every file, in the order it is applied (a later skill or role overrides an earlier one).
    std::vector<std::pair<fs::path, FileKind>> files = {{folder / "sections.json", FileKind::kSections},
                                                       {folder / "extraction.json", FileKind::kExtraction},
                                                       {folder / "senses.json", FileKind::kSenses},
                                                       {folder / "titles.json", FileKind::kTitles}};
    for (const auto& path : json_files(folder / "skills")) files.emplace_back(path, FileKind::kSkills);
    for (const auto& path : json_files(folder / "roles" / "shared")) files.emplace_back(path, FileKind::kSharedGroups);
    for (const auto& path : json_files(folder / "roles")) files.emplace_back(path, FileKind::kRole);
    // One file at a time, its JSON tree freed before the next is parsed: the next tree
    // reuses that memory. Parsing on two threads was slower on two cores: it needed
    // twice the fresh pages (page faults were a third of start-up) and competed with
    // the thread that loads the plugins.
    for (std::size_t i = 0; i < files.size(); ++i) {
      // A skills or senses file is read without a tree when it can be (load_skills_file, load_senses_file).
      ParsedFile outcome = parse_file(files[i].first, required(files[i].second), has_tree(files[i].second));
      if (outcome.problem) problem(outcome.problem->first, outcome.problem->second);
      if (!outcome.file) continue;
      fingerprint_ = hash_bytes(fingerprint_, files[i].first.filename().string());
      fingerprint_ = hash_bytes(fingerprint_, outcome.file->text);
      if (outcome.problem) continue;
      // A member of the wrong type ("name": [1], "min": "two") makes nlohmann throw when it
      // is read: it is a problem of this file, never a crash.
      try {
        switch (files[i].second) {
          case FileKind::kSections: load_sections(*outcome.file); break;
          case FileKind::kExtraction: load_extraction(*outcome.file); break;
          case FileKind::kSenses: load_senses_file(*outcome.file); break;
          case FileKind::kTitles: load_titles(*outcome.file); break;
          case FileKind::kSkills: load_skills_file(*outcome.file); break;
          case FileKind::kSharedGroups: load_shared_groups(*outcome.file); break;
          case FileKind::kRole: load_role(*outcome.file); break;
        }
      } catch (const json::type_error& e) {
        problem(outcome.file->path.string(), std::string("a value has the wrong type: ") + e.what());
      }
    }
  }

  void finish() {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fingerprint_));
    out_.fingerprint = hex;
    auto& taxonomy = out_.taxonomy;
    taxonomy.skills.clear();
    taxonomy.skills.reserve(skills_.size());
    for (auto& [id, skill] : skills_) taxonomy.skills.push_back(std::move(skill));
    for (auto& [id, role] : roles_) taxonomy.roles.push_back(std::move(role));
    taxonomy.reindex();
    check_aliases();
    check_implies();
    resolve_roles();
  }

 private:
  void problem(std::string subject, std::string message) { out_.problems.push_back({std::move(subject), std::move(message)}); }

  // The .json files in `folder`. An entry that cannot be looked at (a symlink loop) is a
  // problem naming it; it threw an uncaught filesystem_error, which aborted the command.
  std::vector<fs::path> json_files(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    if (!fs::is_directory(folder, error)) return files;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
      if (entry.path().extension() != ".json") continue;
      const bool regular = entry.is_regular_file(error);
      if (error) problem(entry.path().string(), "cannot read: " + error.message());
      if (regular) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
  }

  enum class FileKind { kSections, kExtraction, kSenses, kTitles, kSkills, kSharedGroups, kRole };
  static bool has_tree(FileKind kind) { return kind != FileKind::kSkills && kind != FileKind::kSenses; }
  static bool required(FileKind kind) {
    return kind != FileKind::kSections && kind != FileKind::kExtraction && kind != FileKind::kSenses &&
           kind != FileKind::kTitles;
  }

  // A file read and parsed, or the problem that stopped it. A file with a problem was read
  // but is not a usable JSON object: it still counts in the fingerprint.
  struct ParsedFile {
    std::optional<RulesFile> file;
    std::optional<std::pair<std::string, std::string>> problem;  // subject, message
  };

  // The whole of an open file, read into one string sized for it (a string stream copied it
  // twice). A read that fails leaves what was read, as the stream did.
  static std::string read_text(const fs::path& path, std::ifstream& in) {
    std::string text;
    std::error_code error;
    if (const auto size = fs::file_size(path, error); !error) text.reserve(size);
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) text.append(buffer, static_cast<std::size_t>(in.gcount()));
    return text;
  }

  static ParsedFile parse_file(const fs::path& path, bool required, bool build_tree) {
    ParsedFile out;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      if (required) out.problem.emplace(path.string(), "cannot read");
      return out;
    }
    RulesFile& file = out.file.emplace(RulesFile{path, read_text(path, in), {}, {}});
    file.index_lines();
    if (build_tree) out.problem = parse_tree(file);
    return out;
  }

  // Parses a file's text into its JSON tree; the problem (subject, message) when it is not a
  // JSON object.
  static std::optional<std::pair<std::string, std::string>> parse_tree(RulesFile& file) {
    try {
      auto tree = detail::commented_json_tree(file.text);
      file.data = tree ? std::move(*tree) : json::parse(file.text, nullptr, true, /*ignore_comments=*/true);
    } catch (const json::parse_error& e) {
      return std::make_pair(file.where(file.line_at(std::min(e.byte, file.text.size()) - (e.byte > 0 ? 1 : 0))),
                            std::string("invalid JSON: ") + e.what());
    } catch (const json::out_of_range& e) {
      // A number beyond a double (406) has no byte offset; its message quotes the number,
      // so the line is where that number is first written.
      const std::string what = e.what();
      const std::size_t open = what.find('\''), close = what.rfind('\'');
      const std::size_t line = open < close ? file.line_of(what.substr(open + 1, close - open - 1)) : 1;
      return std::make_pair(file.where(line), "invalid JSON: " + what);
    }
    if (!file.data.is_object()) return std::make_pair(file.where(1), std::string("expected a JSON object at the top level"));
    return std::nullopt;
  }

  // Reads an optional string member; a member of another type is a problem.
  std::string string_member(const RulesFile& file, const json& object, const char* key, const std::string& what,
                            bool required) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
      if (required) problem(file.where_id(what), what + ": missing \"" + key + "\"");
      return {};
    }
    if (!it->is_string()) {
      problem(file.where_id(what), what + ": \"" + key + "\" must be a string");
      return {};
    }
    return it->get<std::string>();
  }

  std::vector<std::string> string_list(const RulesFile& file, const json& object, const char* key, const std::string& what) {
    std::vector<std::string> values;
    const auto it = object.find(key);
    if (it == object.end()) return values;
    if (!it->is_array()) {
      problem(file.where_id(what), what + ": \"" + key + "\" must be an array of strings");
      return values;
    }
    for (const auto& value : *it) {
      if (value.is_string()) {
        values.push_back(value.get<std::string>());
      } else {
        problem(file.where_id(what), what + ": \"" + key + "\" must hold only strings");
      }
    }
    return values;
  }

  // Why `pattern` cannot be an alias, or nullopt when it can.
  static std::optional<std::string> regex_problem(const std::string& pattern) {
    RE2 compiled(pattern, RE2::Quiet);
    if (!compiled.ok()) return "RE2 cannot compile '" + pattern + "': " + compiled.error();
    if (RE2::FullMatch("", compiled)) return "pattern '" + pattern + "' matches the empty string";
    return std::nullopt;
  }

  void load_sections(const RulesFile& file) {
    const auto it = file.data.find("sections");
    if (it == file.data.end() || !it->is_object()) {
      problem(file.where(1), "expected {\"sections\": {name: [headings...]}}");
      return;
    }
    SectionVocabulary& vocabulary = out_.taxonomy.sections;
    const auto each_phrase = [&](const char* key, void (SectionVocabulary::*add)(std::string_view, std::string_view)) {
      const auto found = file.data.find(key);
      if (found == file.data.end() || !found->is_object()) return;
      for (const auto& [name, phrases] : found->items()) {
        for (const auto& phrase : phrases) {
          if (phrase.is_string()) (vocabulary.*add)(name, phrase.get<std::string>());
        }
      }
    };
    each_phrase("sections", &SectionVocabulary::add);
    each_phrase("name_prefixes", &SectionVocabulary::add_name_prefix);
    each_phrase("cues", &SectionVocabulary::add_cue);
    if (const auto zones = file.data.find("zones"); zones != file.data.end()) load_zones(file, *zones, vocabulary.zones());
  }

  // sections.json "zones": {"margin": number, "max_words": n, "cues": {zone: {phrase: weight}}, "model": {...}};
  // a folder's cues add to an earlier folder's, its model replaces an earlier one's.
  void load_zones(const RulesFile& file, const json& zones, PostingZones& out) {
    const std::size_t line = file.line_of("\"zones\"");
    const auto cues = zones.find("cues");
    if (!zones.is_object() || cues == zones.end() || !cues->is_object()) {
      return problem(file.where(line), "zones: expected {\"margin\": number, \"cues\": {zone: {phrase: weight}}}");
    }
    out.set_origin(file.where(line));
    if (const auto margin = zones.find("margin"); margin != zones.end()) {
      if (!margin->is_number()) return problem(file.where(file.line_of("\"margin\"", line)), "zones: \"margin\" must be a number");
      out.set_margin(margin->get<double>());
    }
    if (const auto words = zones.find("max_words"); words != zones.end()) {
      if (!words->is_number_unsigned()) return problem(file.where(file.line_of("\"max_words\"", line)), "zones: \"max_words\" must be a whole number");
      out.set_max_words(words->get<std::size_t>());
    }
    for (const auto& [zone, phrases] : cues->items()) {
      const std::size_t zone_line = file.line_of("\"" + zone + "\"", line);
      if (!phrases.is_object()) {
        problem(file.where(zone_line), "zones: cues of '" + zone + "' must be {phrase: weight}");
        continue;
      }
      for (const auto& [phrase, weight] : phrases.items()) {
        if (weight.is_number()) {
          out.add_cue(zone, phrase, weight.get<double>());
        } else {
          problem(file.where(file.line_of("\"" + phrase + "\"", zone_line)), "zones: the weight of '" + phrase + "' must be a number");
        }
      }
    }
    if (const auto model = zones.find("model"); model != zones.end()) load_zone_model(file, *model, out);
  }

  // sections.json "zones" "model" (tools/train_zones.py): {"bias", "threshold", "zone_weights": {zone: w}, "words": {word: w}}.
  void load_zone_model(const RulesFile& file, const json& data, PostingZones& out) {
    const std::string where = file.where(file.line_of("\"model\""));
    const auto numbers = [](const json& map) {
      return map.is_object() && std::all_of(map.begin(), map.end(), [](const json& v) { return v.is_number(); });
    };
    if (!data.is_object() || !data.value("bias", json()).is_number() || !data.value("threshold", json()).is_number() ||
        !numbers(data.value("zone_weights", json())) || !numbers(data.value("words", json()))) {
      return problem(where, "zones: expected \"model\": {\"bias\": number, \"threshold\": number, \"zone_weights\": {zone: number}, \"words\": {word: number}}");
    }
    ZoneModel model{data["bias"].get<double>(), data["threshold"].get<double>(), {}, {}};
    for (const auto& [word, weight] : data["words"].items()) model.words.emplace(word, weight.get<double>());
    for (const auto& [zone, weight] : data["zone_weights"].items()) model.zone_weights.emplace(zone, weight.get<double>());
    out.set_model(std::move(model));
  }

  // titles.json: {"synonyms": {canonical: [phrases...]}, "ignored": [...], "not_held": [...]}.
  void load_titles(const RulesFile& file) {
    TitleRule& titles = out_.taxonomy.titles;
    if (const auto it = file.data.find("synonyms"); it != file.data.end() && it->is_object()) {
      for (const auto& [canonical, phrases] : it->items()) {
        for (const auto& phrase : string_list(file, *it, canonical.c_str(), "titles.synonyms")) titles.synonyms.emplace_back(phrase, canonical);
      }
    }
    if (file.data.contains("ignored")) titles.ignored = string_list(file, file.data, "ignored", "titles");
    if (file.data.contains("not_held")) titles.not_held = string_list(file, file.data, "not_held", "titles");
    compile_title_rule(titles);
  }

  // The line classifier's word lists (detail::kShapeWordLists), each entry checked. The RE2
  // patterns they replaced are refused by name, so that an older rules folder is not read as
  // if it still vetoed what they matched.
  void load_kind_forbid_words(const RulesFile& file, const json& object) {
    auto& rule = out_.taxonomy.kind_forbid;
    if (object.contains("forbid")) {
      problem(rule.origin, "kind_forbid: \"forbid\" patterns are no longer read: the line classifier's word lists replace them (rules/README.md)");
    }
    for (const auto& list : detail::kShapeWordLists) {
      if (!object.contains(list.name)) continue;
      auto& words = rule.words[list.name] = string_list(file, object, list.name, "kind_forbid");
      for (const auto& word : words) {
        if (const std::string why = detail::shape_word_problem(list, word); !why.empty()) {
          problem(rule.origin, std::string("kind_forbid.") + list.name + ": " + why);
        }
      }
    }
  }

  // "short_acronyms": which aliases count as short acronyms, and what shows their domain.
  void load_short_acronyms(const RulesFile& file, const json& object) {
    auto& rule = out_.taxonomy.short_acronyms;
    rule.origin = file.where(file.line_of("\"short_acronyms\""));
    rule.max_length = object.value("max_length", rule.max_length);
    rule.min_document_skills = object.value("min_document_skills", rule.min_document_skills);
    rule.veto = object.value("veto", rule.veto);
    if (rule.veto < 0.0 || rule.veto >= 1.0) problem(rule.origin, "short_acronyms: veto must be at least 0 and below 1");
    // An overlay that sets only a number keeps the kinds before it.
    if (object.contains("evidence_kinds")) rule.evidence_kinds = string_list(file, object, "evidence_kinds", "short_acronyms");
    for (const auto& kind : rule.evidence_kinds) {
      if (!kSkillKinds.count(kind)) problem(rule.origin, "short_acronyms: unknown kind '" + kind + "'");
    }
    if (rule.min_document_skills == 0) problem(rule.origin, "short_acronyms: min_document_skills must be at least 1");
  }

  // "company_names": the legal suffixes that end a company's name, each one word.
  void load_company_names(const RulesFile& file, const json& object) {
    auto& rule = out_.taxonomy.company_names;
    rule.origin = file.where(file.line_of("\"company_names\""));
    rule.max_words_between = object.value("max_words_between", rule.max_words_between);
    if (object.contains("suffixes")) rule.suffixes = string_list(file, object, "suffixes", "company_names");
    for (const auto& suffix : rule.suffixes) {
      const bool word = !suffix.empty() && std::all_of(suffix.begin(), suffix.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.';
      });
      if (!word) problem(rule.origin, "company_names: suffix '" + suffix + "' is not one word of ASCII letters and dots");
    }
  }

  void load_extraction(const RulesFile& file) {
    auto& taxonomy = out_.taxonomy;
    taxonomy.context_window = file.data.value("context_window", taxonomy.context_window);
    if (const auto it = file.data.find("negation"); it != file.data.end() && it->is_object()) load_negation(file, *it);
    if (const auto it = file.data.find("kind_forbid"); it != file.data.end() && it->is_object()) {
      taxonomy.kind_forbid.kinds = string_list(file, *it, "kinds", "kind_forbid");
      taxonomy.kind_forbid.origin = file.where(file.line_of("\"kind_forbid\""));
      load_kind_forbid_words(file, *it);
      for (const auto& kind : taxonomy.kind_forbid.kinds) {
        if (!kSkillKinds.count(kind)) problem(taxonomy.kind_forbid.origin, "kind_forbid: unknown kind '" + kind + "'");
      }
    }
    if (const auto it = file.data.find("lists"); it != file.data.end() && it->is_object()) {
      auto& lists = taxonomy.lists;
      lists.tag_lines = it->value("tag_lines", lists.tag_lines);
      lists.min_items = it->value("min_items", lists.min_items);
      lists.max_item_words = it->value("max_item_words", lists.max_item_words);
      lists.ambiguous_support_each_other = it->value("ambiguous_support_each_other", lists.ambiguous_support_each_other);
      lists.labels = it->value("labels", lists.labels);
      if (lists.labels != "rules" && lists.labels != "drop" && lists.labels != "keep") {
        problem(file.where(1), "lists.labels: expected \"rules\", \"drop\" or \"keep\"");
        lists.labels = "rules";
      }
    }
    if (const auto it = file.data.find("short_acronyms"); it != file.data.end() && it->is_object()) {
      load_short_acronyms(file, *it);
    }
    if (const auto it = file.data.find("company_names"); it != file.data.end() && it->is_object()) {
      load_company_names(file, *it);
    }
    if (file.data.contains("posting_ignored_sections")) {
      taxonomy.posting_ignored_sections = string_list(file, file.data, "posting_ignored_sections", "extraction");
    }
  }

  // "negation" (see rules/extraction.json). A list given replaces the one before it (an
  // overlay may change only the terminations); the older "cues" and "clause_breaks" are
  // read as pre triggers and terminations. Each fragment is checked here, so a bad one
  // names its own line.
  void load_negation(const RulesFile& file, const json& object) {
    NegationRule& rule = out_.taxonomy.negation;
    const std::size_t line = file.line_of("\"negation\"");
    rule.origin = file.where(line);
    static const std::set<std::string> kKeys = {"triggers", "not_asked", "pseudo", "terminations", "pre_terminations",
                                                "list_words", "scope_words", "window", "cues", "clause_breaks"};
    for (const auto& [key, value] : object.items()) {
      if (!kKeys.count(key)) problem(file.where(file.line_of("\"" + key + "\"", line)), "negation: unknown key '" + key + "'");
    }
    if (object.contains("cues") && object.contains("triggers")) {
      problem(rule.origin, "negation: \"cues\" is the older name of \"triggers\".pre; give one of them");
    }
    read_triggers(file, object, "triggers", line, rule.triggers);
    read_triggers(file, object, "not_asked", line, rule.not_asked);
    if (object.contains("cues")) rule.triggers = {negation_list(file, object, "cues", line), {}, {}};
    for (const auto& [key, list] : {std::pair{"pseudo", &rule.pseudo}, {"terminations", &rule.terminations},
                                    {"clause_breaks", &rule.terminations}, {"pre_terminations", &rule.pre_terminations},
                                    {"list_words", &rule.list_words}}) {
      if (object.contains(key)) *list = negation_list(file, object, key, line);
    }
    rule.scope_words = object.value("scope_words", rule.scope_words);
    rule.window = object.value("window", rule.window);
    if (rule.scope_words == 0) problem(file.where(file.line_of("\"scope_words\"", line)), "negation: scope_words must be positive");
  }

  // {"pre": [...], "post": [...], "both": [...]}; a key given replaces `triggers` whole.
  void read_triggers(const RulesFile& file, const json& object, const char* key, std::size_t line,
                     NegationTriggers& triggers) {
    const auto it = object.find(key);
    if (it == object.end()) return;
    const std::string what = std::string("negation.") + key;
    if (!it->is_object()) {
      problem(file.where(file.line_of(std::string("\"") + key + "\"", line)), what + ": expected {\"pre\", \"post\", \"both\"}");
      return;
    }
    triggers = {};
    for (const auto& [direction, value] : it->items()) {
      std::vector<std::string>* list = direction == "pre" ? &triggers.pre : direction == "post" ? &triggers.post
                                      : direction == "both" ? &triggers.both : nullptr;
      if (list == nullptr) {
        problem(file.where(file.line_of("\"" + direction + "\"", line)), what + ": unknown direction '" + direction +
                                                                             "' (pre, post or both)");
      } else {
        *list = negation_list(file, *it, direction.c_str(), line);
      }
    }
  }

  // A list of RE2 fragments; one RE2 cannot parse is a problem at its line and left out.
  // Only their syntax is checked here: compiling each was a sixth of loading the rules, and
  // the negation scope compiles them all again (refusing one that matches the empty string).
  std::vector<std::string> negation_list(const RulesFile& file, const json& object, const char* key, std::size_t line) {
    std::vector<std::string> fragments;
    for (auto& fragment : string_list(file, object, key, "negation")) {
      const std::string error = detail::parse_error(fragment, RE2::Quiet);
      if (error.empty()) {
        fragments.push_back(std::move(fragment));
      } else {
        problem(file.where(file.line_of(json(fragment).dump(), line)),
                std::string("negation ") + key + ": RE2 cannot compile '" + fragment + "': " + error);
      }
    }
    return fragments;
  }

  // rules/senses.json (tools/train_senses.py): the whole model, replacing an earlier folder's.
  // Read without a tree when it is sound (senses_reader.hpp); otherwise as a tree, which names
  // the problem.
  void load_senses_file(RulesFile& file) {
    if (auto model = detail::read_senses(file.text)) {
      model->origin = file.where(1);
      out_.taxonomy.senses = std::move(*model);
      return;
    }
    if (const auto trouble = parse_tree(file)) return problem(trouble->first, trouble->second);
    load_senses(file);
  }

  void load_senses(const RulesFile& file) {
    const json& data = file.data;
    const auto where = [&](const char* key) { return file.where(file.line_of("\"" + std::string(key) + "\"")); };
    for (const char* key : {"hash_bits", "window", "bias", "accept", "veto"}) {
      if (!data.contains(key) || !data[key].is_number()) return problem(where(key), std::string("senses: \"") + key + "\" must be a number");
    }
    SenseWeights model;
    model.hash_bits = data["hash_bits"].get<unsigned>();
    model.window = data["window"].get<std::size_t>();
    model.bias = data["bias"].get<double>();
    model.accept = data["accept"].get<double>();
    model.veto = data["veto"].get<double>();
    model.accept_plain = model.accept;  // optional: a model file written before it had one threshold
    if (const auto plain = data.find("accept_plain"); plain != data.end()) {
      if (!plain->is_number()) return problem(where("accept_plain"), "senses: \"accept_plain\" must be a number");
      model.accept_plain = plain->get<double>();
    }
    model.origin = file.where(1);
    if (const auto numbers = detail::sense_numbers_problem(model)) return problem(where(numbers->first), numbers->second);
    model.weights.assign(std::size_t{1} << model.hash_bits, 0.0);
    const auto weights = data.find("weights");
    if (weights == data.end() || !weights->is_array()) return problem(where("weights"), "senses: \"weights\" must be an array");
    for (const auto& pair : *weights) {
      if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number_unsigned() || !pair[1].is_number() ||
          pair[0].get<std::size_t>() >= model.weights.size()) {
        return problem(where("weights"), "senses: a weight is not [index below 2^hash_bits, number]: " + pair.dump());
      }
      model.weights[pair[0].get<std::size_t>()] = pair[1].get<double>();
    }
    out_.taxonomy.senses = std::move(model);
  }

  // A skills file read in one pass (skills_reader.hpp) when it is well-formed and has no
  // problem; otherwise as a tree, which names each problem. Building and freeing the tree of
  // 2,700 skills was most of start-up.
  void load_skills_file(RulesFile& file) {
    if (auto skills = detail::read_skills(file.text); skills && add_if_sound(file, *skills)) return;
    if (const auto trouble = parse_tree(file)) {
      problem(trouble->first, trouble->second);
      return;
    }
    load_skills(file);
  }

  // Adds the skills a file's one-pass read gave when none has a problem load_skills would
  // report; false, adding none, when one has.
  bool add_if_sound(const RulesFile& file, std::vector<Skill>& skills) {
    std::vector<std::string_view> ids;  // sorted, a duplicate is next to its twin
    ids.reserve(skills.size());
    for (const auto& skill : skills) {
      if (!is_valid_id(skill.id)) return false;
      if (!skill.kind.empty() && !kSkillKinds.count(skill.kind)) return false;
      for (const auto& alias : skill.aliases) {
        if (alias.is_pattern ? regex_problem(alias.text).has_value() : !literal_can_match(alias.text)) return false;
      }
      ids.push_back(skill.id);
    }
    std::sort(ids.begin(), ids.end());
    if (std::adjacent_find(ids.begin(), ids.end()) != ids.end()) return false;
    std::size_t search_from_line = 1;  // skills come in file order: search on from the last one
    for (auto& skill : skills) {
      search_from_line = file.line_of("\"" + skill.id + "\"", search_from_line);
      skill.origin = file.where(search_from_line);
      std::string id = skill.id;
      skills_.insert_or_assign(std::move(id), std::move(skill));
    }
    return true;
  }

  // A literal alias that can match: not empty, and not starting or ending with a space or hyphen.
  static bool literal_can_match(const std::string& text) {
    return text.find_first_not_of(" \t-") != std::string::npos && text.front() != ' ' && text.back() != ' ' &&
           text.front() != '-' && text.back() != '-';
  }

  void load_skills(const RulesFile& file) {
    const auto it = file.data.find("skills");
    if (it == file.data.end() || !it->is_array()) {
      problem(file.where(1), "a skills file holds {\"skills\": [...]}");
      return;
    }
    std::set<std::string> ids_in_file;
    std::size_t search_from_line = 1;  // skills come in file order: search on from the last one
    for (const auto& entry : *it) {
      if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_string()) {
        problem(file.where(1), "every skill needs a string \"id\"");
        continue;
      }
      Skill skill;
      skill.id = entry["id"].get<std::string>();
      const std::string what = "skill '" + skill.id + "'";
      const std::size_t line = file.line_of("\"" + skill.id + "\"", search_from_line);
      search_from_line = line;
      skill.origin = file.where(line);
      if (!is_valid_id(skill.id)) problem(skill.origin, what + ": id must be lowercase [a-z0-9][a-z0-9.+#_-]*");
      if (!ids_in_file.insert(skill.id).second) problem(skill.origin, what + ": defined twice in this file");
      skill.name = string_member(file, entry, "name", skill.id, true);
      skill.category = string_member(file, entry, "category", skill.id, true);
      skill.kind = string_member(file, entry, "kind", skill.id, true);
      skill.esco = string_member(file, entry, "esco", skill.id, false);
      skill.onet = string_member(file, entry, "onet", skill.id, false);
      if (!skill.kind.empty() && !kSkillKinds.count(skill.kind)) problem(skill.origin, what + ": unknown kind '" + skill.kind + "'");
      skill.implies = string_list(file, entry, "implies", skill.id);
      read_aliases(file, entry, line, skill);
      if (const auto context = entry.find("context"); context != entry.end()) {
        skill.context.cues = string_list(file, *context, "cues", skill.id);
        skill.context.forbid = string_list(file, *context, "forbid", skill.id);
        skill.context.forbid_phrases = string_list(file, *context, "forbid_phrases", skill.id);
        skill.context.cue_phrases = string_list(file, *context, "cue_phrases", skill.id);
      }
      skills_[skill.id] = std::move(skill);
    }
  }

  void read_aliases(const RulesFile& file, const json& entry, std::size_t line, Skill& skill) {
    const std::string what = "skill '" + skill.id + "'";
    const auto it = entry.find("aliases");
    if (it == entry.end() || !it->is_array() || it->empty()) {
      problem(file.where(line), what + ": needs a non-empty \"aliases\" array");
      return;
    }
    // Only a problem needs an alias's line. Looking each alias up from the skill's line
    // made an overlay quadratic (100k aliases took 52 s); aliases come in file order, so
    // each search goes on from the last alias found.
    std::size_t alias_line = line;
    const auto alias_problem = [&](const Alias& alias, const std::string& message) {
      alias_line = file.line_of("\"" + alias.text + "\"", alias_line);
      problem(file.where(alias_line), what + ": " + message);
    };
    for (const auto& value : *it) {
      Alias alias;
      if (value.is_string()) {
        alias.text = value.get<std::string>();
      } else if (value.is_object() && (value.contains("text") || value.contains("pattern"))) {
        alias.is_pattern = value.contains("pattern");
        alias.text = value.value(alias.is_pattern ? "pattern" : "text", "");
        alias.case_sensitive = value.value("case", "insensitive") == "sensitive";
        alias.ambiguous = value.value("ambiguous", false);
        alias.mostly_skill = alias.ambiguous && value.value("mostly_skill", false);
      } else {
        problem(file.where(line), what + ": an alias is a string or {\"text\"|\"pattern\": ...}");
        continue;
      }
      if (alias.is_pattern) {
        if (const auto message = regex_problem(alias.text)) {
          alias_problem(alias, *message);
          continue;
        }
      } else if (!literal_can_match(alias.text)) {
        alias_problem(alias, "alias '" + alias.text + "' can never match (empty, or starts or ends with a space or hyphen)");
        continue;
      }
      skill.aliases.push_back(std::move(alias));
    }
  }

  void load_shared_groups(const RulesFile& file) {
    const std::string id = file.data.value("id", "");
    if (id.empty()) {
      problem(file.where(1), "a shared group file needs an \"id\"");
      return;
    }
    shared_groups_[id] = read_groups(file, file.data, "shared groups '" + id + "'");
    for (auto& group : shared_groups_[id]) group.shared_from = id;
  }

  std::vector<RequirementGroup> read_groups(const RulesFile& file, const json& object, const std::string& what) {
    std::vector<RequirementGroup> groups;
    const auto it = object.find("groups");
    if (it == object.end() || !it->is_array()) {
      problem(file.where(1), what + ": needs a \"groups\" array");
      return groups;
    }
    for (const auto& entry : *it) {
      RequirementGroup group;
      group.name = entry.value("name", "");
      const std::size_t line = file.line_of("\"" + group.name + "\"");
      const std::string level = entry.value("level", "required");
      const std::string mode = entry.value("mode", "all-of");
      if (level != "required" && level != "preferred") problem(file.where(line), what + ": group '" + group.name + "': level must be required or preferred");
      if (mode != "all-of" && mode != "any-of") problem(file.where(line), what + ": group '" + group.name + "': mode must be all-of or any-of");
      group.level = level == "preferred" ? RequirementLevel::kPreferred : RequirementLevel::kRequired;
      group.mode = mode == "any-of" ? GroupMode::kAnyOf : GroupMode::kAllOf;
      group.min = entry.value("min", 1);
      group.weight = entry.value("weight", 1.0);
      if (entry.contains("skills") && entry["skills"].is_array()) {
        for (const auto& skill : entry["skills"]) {
          if (skill.is_string()) group.skills.push_back(skill.get<std::string>());
        }
      }
      if (group.skills.empty()) problem(file.where(line), what + ": group '" + group.name + "' lists no skills");
      if (group.mode == GroupMode::kAnyOf && (group.min < 1 || group.min > static_cast<int>(group.skills.size()))) {
        problem(file.where(line), what + ": group '" + group.name + "': min must be between 1 and the number of skills");
      }
      if (group.weight <= 0) problem(file.where(line), what + ": group '" + group.name + "': weight must be positive");
      groups.push_back(std::move(group));
    }
    return groups;
  }

  void load_role(const RulesFile& file) {
    Role role;
    role.id = file.data.value("id", "");
    const std::string what = "role '" + role.id + "'";
    role.origin = file.where(1);
    if (role.id.empty() || !is_valid_id(role.id)) {
      problem(role.origin, "a role needs a lowercase \"id\"");
      return;
    }
    role.name = string_member(file, file.data, "name", role.id, true);
    role.summary = string_member(file, file.data, "summary", role.id, false);
    role.seed = string_member(file, file.data, "seed", role.id, false);
    role.source = string_member(file, file.data, "source", role.id, false);
    role.aliases = string_list(file, file.data, "aliases", role.id);
    role.includes = string_list(file, file.data, "include", role.id);
    role.groups = read_groups(file, file.data, what);
    roles_[role.id] = std::move(role);
  }

  // Every literal alias belongs to one skill: two skills claiming it make matches arbitrary.
  void check_aliases() {
    const auto& skills = out_.taxonomy.skills;
    // The keys side by side in one string, reserved whole so that views into it stay valid:
    // a string of its own for each of 7,000 aliases, lowered by a call a byte, was half of
    // this check. Hashed: an ordered map of 14,000 aliases was a visible part of start-up.
    std::size_t bytes = 0;
    for (const auto& skill : skills) {
      for (const auto& alias : skill.aliases) bytes += alias.text.size();
    }
    std::string keys;
    keys.reserve(bytes);
    std::unordered_map<std::string_view, const std::string*> owner;
    owner.reserve(4 * skills.size());
    for (const auto& skill : skills) {
      for (const auto& alias : skill.aliases) {
        if (alias.is_pattern) continue;
        const std::size_t start = keys.size();
        keys += alias.text;
        for (char* c = keys.data() + start; c != keys.data() + keys.size(); ++c) {
          *c = *c == '-' ? ' ' : alias.case_sensitive ? *c : detail::ascii_lower(*c);
        }
        const auto [it, inserted] = owner.emplace(std::string_view(keys).substr(start), &skill.id);
        if (!inserted && *it->second != skill.id) {
          problem(skill.origin, "skill '" + skill.id + "': alias '" + alias.text + "' is also claimed by skill '" + *it->second + "'");
        }
      }
    }
  }

  void check_implies() {
    const auto& taxonomy = out_.taxonomy;
    for (const auto& skill : taxonomy.skills) {
      for (const auto& implied : skill.implies) {
        if (!taxonomy.skill_index(implied)) problem(skill.origin, "skill '" + skill.id + "': implies unknown skill '" + implied + "'");
      }
    }
    // Depth-first search with colours finds every cycle's entry point once.
    std::vector<int> colour(taxonomy.skills.size(), 0);
    std::function<void(std::size_t)> visit = [&](std::size_t i) {
      colour[i] = 1;
      for (const auto& implied : taxonomy.skills[i].implies) {
        const auto j = taxonomy.skill_index(implied);
        if (!j) continue;
        if (colour[*j] == 1) {
          problem(taxonomy.skills[i].origin, "skill '" + taxonomy.skills[i].id + "': implies '" + implied + "', which leads back to it (a cycle)");
        } else if (colour[*j] == 0) {
          visit(*j);
        }
      }
      colour[i] = 2;
    };
    for (std::size_t i = 0; i < taxonomy.skills.size(); ++i) {
      if (colour[i] == 0) visit(i);
    }
  }

  void resolve_roles() {
    auto& taxonomy = out_.taxonomy;
    for (auto& role : taxonomy.roles) {
      const std::string what = "role '" + role.id + "'";
      for (const auto& include : role.includes) {
        const auto it = shared_groups_.find(include);
        if (it == shared_groups_.end()) {
          problem(role.origin, what + ": includes unknown shared groups '" + include + "'");
          continue;
        }
        role.groups.insert(role.groups.end(), it->second.begin(), it->second.end());
      }
      for (const auto& group : role.groups) {
        for (const auto& id : group.skills) {
          if (!taxonomy.skill_index(id)) {
            problem(role.origin, what + ": group '" + group.name + "' names unknown skill '" + id + "'");
          }
        }
      }
    }
  }

  // FNV-1a: a stable fingerprint for reports, not a security measure.
  // Eight bytes a round: looping byte by byte cost as many instructions again as the hash.
  static std::uint64_t hash_bytes(std::uint64_t hash, std::string_view bytes) {
    constexpr std::uint64_t kPrime = 1099511628211ull;
    const auto* byte = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t left = bytes.size();
    for (; left >= 8; left -= 8, byte += 8) {
      for (int k = 0; k < 8; ++k) hash = (hash ^ byte[k]) * kPrime;
    }
    for (; left > 0; --left) hash = (hash ^ *byte++) * kPrime;
    return hash;
  }

  RulesLoad& out_;
  std::uint64_t fingerprint_ = 1469598103934665603ull;
  std::map<std::string, Skill> skills_;  // ordered by id: output does not depend on file order
  std::map<std::string, Role> roles_;
  std::map<std::string, std::vector<RequirementGroup>> shared_groups_;
};

}  // namespace

RulesLoad load_rules(const std::vector<std::filesystem::path>& folders) {
  RulesLoad out;
  Loader loader(out);
  for (const auto& folder : folders) loader.load_folder(folder);
  loader.finish();
  return out;
}

}  // namespace skillmatch
