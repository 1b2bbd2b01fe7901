#include <gtest/gtest.h>

#include <map>
#include <set>

#include <skillmatch/extractor.hpp>
#include <skillmatch/rules_loader.hpp>

namespace skillmatch {
namespace {

const Taxonomy& fixture_taxonomy() {
  static const RulesLoad rules = [] {
    RulesLoad loaded = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/tests/data/fixture_rules"});
    for (const auto& problem : loaded.problems) ADD_FAILURE() << problem.to_string();
    return loaded;
  }();
  return rules.taxonomy;
}

const Extractor& extractor() {
  static const Extractor compiled = [] {
    auto result = Extractor::compile(fixture_taxonomy());
    if (!result) throw std::runtime_error(result.error().to_string());
    return std::move(result).value();
  }();
  return compiled;
}

Document document_of(const std::string& text) {
  Document document;
  document.text = text;
  document.sections = detect_sections(text, fixture_taxonomy().sections);
  return document;
}

Extraction extract(const std::string& text) {
  auto result = extractor().extract(document_of(text));
  EXPECT_TRUE(result.ok());
  return result.ok() ? std::move(result).value() : Extraction{};
}

// The mentions of `id` in `text` as the matched strings, in order.
std::vector<std::string> mentions_of(const std::string& text, const std::string& id) {
  std::vector<std::string> out;
  const Document document = document_of(text);
  for (const auto& hit : extract(text).skills) {
    if (fixture_taxonomy().skills[hit.skill].id != id) continue;
    for (const auto& mention : hit.mentions) out.emplace_back(mention.text(document));
  }
  return out;
}

struct Case {
  const char* text;
  const char* skill;
  const char* expected;  // the matched text, or nullptr when the skill must not be found
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.skill << " in \"" << c.text << "\""; }

class ExtractionCase : public ::testing::TestWithParam<Case> {};

TEST_P(ExtractionCase, FindsExactlyWhatItShould) {
  const Case& c = GetParam();
  const auto found = mentions_of(c.text, c.skill);
  if (c.expected == nullptr) {
    EXPECT_TRUE(found.empty()) << c.skill << " wrongly found in: " << c.text << " as '" << (found.empty() ? "" : found[0]) << "'";
  } else {
    ASSERT_FALSE(found.empty()) << c.skill << " not found in: " << c.text;
    EXPECT_EQ(found[0], c.expected) << c.text;
  }
}

const Case kCases[] = {
    // Plain literals, any case.
    {"Wrote Python daily.", "python", "Python"},
    {"wrote python and PYTHON", "python", "python"},
    {"Python3 scripts", "python", "Python3"},
    {"Python's typing module", "python", "Python"},
    {"Python\u2019s typing module", "python", "Python"},
    {"(Python)", "python", "Python"},
    {"Python-based tooling", "python", "Python"},
    {"snake_python_module", "python", nullptr},
    {"see www.python.org for docs", "python", nullptr},
    {"Pythonic code", "python", nullptr},
    // Longer words never hide shorter skills.
    {"Built UIs in JavaScript", "java", nullptr},
    {"Built UIs in JavaScript", "javascript", "JavaScript"},
    {"Java and JavaScript", "java", "Java"},
    {"reactive programming", "react", nullptr},
    {"React and Redux", "react", "React"},
    {"React.js front end", "react", "React.js"},
    // Punctuation that belongs to a name.
    {"C++ and Python", "cpp", "C++"},
    {"C++ and Python", "c", nullptr},
    {"C# services on .NET", "csharp", "C#"},
    {"C# services on .NET", "dotnet", ".NET"},
    {"C# services on .NET", "c", nullptr},
    {"ASP.NET MVC", "aspnet", "ASP.NET"},
    {"ASP.NET MVC", "dotnet", nullptr},
    {"Node.js APIs", "nodejs", "Node.js"},
    {"NodeJS APIs", "nodejs", "NodeJS"},
    {"Node.js APIs", "javascript", nullptr},
    {"CI/CD with GitHub", "ci-cd", "CI/CD"},
    {"CI / CD pipelines", "ci-cd", "CI / CD"},
    {"scikit-learn models", "scikit-learn", "scikit-learn"},
    {"scikit learn models", "scikit-learn", "scikit learn"},
    {"sklearn pipelines", "scikit-learn", "sklearn"},
    {"ran A/B tests weekly", "a-b-testing", "A/B tests"},
    {"Power BI dashboards", "power-bi", "Power BI"},
    {"PowerBI dashboards", "power-bi", "PowerBI"},
    // Leftmost-longest.
    {"led machine learning engineering", "ml-engineering", "machine learning engineering"},
    {"led machine learning engineering", "machine-learning", nullptr},
    {"machine-learning models", "machine-learning", "machine-learning"},
    {"machine\nlearning across a line", "machine-learning", "machine\nlearning"},
    {"ML models", "machine-learning", "ML"},
    {"HTML pages", "machine-learning", nullptr},
    {"Amazon EKS clusters", "amazon-eks", "Amazon EKS"},
    {"eks lowercase is not the product", "amazon-eks", nullptr},
    {"Google Cloud Platform", "gcp", "Google Cloud Platform"},
    // Go: needs a cue or a neighbour; never the verb.
    {"Built services in Go and Python", "go", "Go"},
    {"Go programming", "go", "Go"},
    {"Golang microservices", "go", "Golang"},
    {"our go-to-market plan", "go", nullptr},
    {"Our Go-to-market plan", "go", nullptr},
    {"Let's go live next week", "go", nullptr},
    {"Go live planned for May", "go", nullptr},
    {"Go team, we did it", "go", nullptr},
    {"Google Cloud work", "go", nullptr},
    // R: cues, neighbours, sections; never R&D.
    {"Statistical analysis in R", "r", "R"},
    {"Python, R and SQL", "r", "R"},
    {"worked in the R&D department", "r", nullptr},
    {"R & D budget", "r", nullptr},
    {"RStudio projects", "r", "RStudio"},
    {"Plan R was approved", "r", nullptr},
    // C: only with evidence.
    {"Embedded C firmware", "c", "C"},
    {"Grade C student", "c", nullptr},
    {"C-suite stakeholders", "c", nullptr},
    // Excel.
    {"I excel at teamwork", "excel", nullptr},
    {"Excel at scale", "excel", nullptr},
    {"Advanced Excel (pivot tables, VLOOKUP)", "excel", "Excel"},
    {"MS Excel", "excel", "MS Excel"},
    // Spark.
    {"sparked interest in data", "apache-spark", nullptr},
    {"Spark interest in science", "apache-spark", nullptr},
    {"Spark Streaming jobs on EMR", "apache-spark", "Spark Streaming"},
    {"Spark jobs on the cluster", "apache-spark", "Spark"},
    {"PySpark ETL", "pyspark", "PySpark"},
    // Swift, Rust, TF.
    {"Swift and SwiftUI apps for iOS", "swift", "Swift"},
    {"a swift response", "swift", nullptr},
    {"Rust programming", "rust", "Rust"},
    {"removed Rust from the bridge", "rust", nullptr},
    {"TF and Keras model training", "tensorflow", "TF"},
    {"TF was the acronym", "tensorflow", nullptr},
    // Unicode around names.
    {"José Núñez: Python, Zürich", "python", "Python"},
    {"«Docker» and “Kubernetes”", "kubernetes", "Kubernetes"},
    {"k8s on GKE", "kubernetes", "k8s"},
    {"Postgres and PostgreSQL", "postgresql", "Postgres"},
};

INSTANTIATE_TEST_SUITE_P(Traps, ExtractionCase, ::testing::ValuesIn(kCases));

TEST(Extractor, AmbiguousAliasIsKeptInASkillsSection) {
  const std::string text = "SUMMARY\nI like to go hiking.\n\nSKILLS\nGo, Rust\n";
  const auto found = mentions_of(text, "go");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(mentions_of(text, "rust").size(), 1u);
}

TEST(Extractor, OffsetsLinesAndColumnsPointAtTheText) {
  const std::string text = "Zürich\nJosé knows Python.\n";
  const auto extraction = extract(text);
  ASSERT_EQ(extraction.skills.size(), 1u);
  const Mention& m = extraction.skills[0].mentions[0];
  EXPECT_EQ(text.substr(m.offset, m.length), "Python");
  EXPECT_EQ(m.text(document_of(text)), "Python");
  EXPECT_EQ(m.line, 2u);
  EXPECT_EQ(m.column, 12u);  // code points, not bytes: "José" has one two-byte letter
}

TEST(Extractor, MentionsCarryTheirSection) {
  const std::string text = "Summary\nDocker fan.\nExperience\nRan Docker in prod.\n";
  const Document document = document_of(text);
  const auto extraction = extract(text);
  ASSERT_EQ(extraction.skills[0].mentions.size(), 2u);
  EXPECT_EQ(extraction.skills[0].mentions[0].section_name(document), "summary");
  EXPECT_EQ(extraction.skills[0].mentions[1].section_name(document), "experience");
  EXPECT_EQ(extract("Ran Docker in prod.\n").skills.at(0).mentions.at(0).section_name(document_of("")), "");
}

// A large document holds a mention every 15-30 bytes: each costs 24 bytes, its text and
// section read from the document, and a skill's mentions are stored without the slack of
// a vector grown by doubling (a 50 MB resume once peaked at 5.6 times its size).
TEST(Extractor, MentionsAreCompactAndStoredWithoutSlack) {
  static_assert(sizeof(Mention) <= 24);
  std::string text = "Experience\n";
  for (int i = 0; i < 1000; ++i) text += "Ran Docker and Python services in production for team " + std::to_string(i) + ".\n";
  const auto extraction = extract(text);
  ASSERT_GE(extraction.skills.size(), 2u);
  for (const auto& hit : extraction.skills) {
    EXPECT_EQ(hit.mentions.capacity(), hit.mentions.size()) << fixture_taxonomy().skills[hit.skill].id;
  }
  EXPECT_EQ(extraction.skills[0].mentions.size(), 1000u);
}

TEST(Extractor, NegatedMentionsAreFlagged) {
  const auto extraction = extract("No experience with Java. Strong Python; not familiar with Docker but fluent in SQL.");
  std::map<std::string, bool> negated;
  for (const auto& hit : extraction.skills) negated[fixture_taxonomy().skills[hit.skill].id] = hit.mentions.at(0).negated;
  EXPECT_TRUE(negated.at("java"));
  EXPECT_FALSE(negated.at("python"));
  EXPECT_TRUE(negated.at("docker"));
  EXPECT_FALSE(negated.at("sql"));
}

TEST(Extractor, WithoutNegatesInTheSameClause) {
  const auto extraction = extract("Deployed without Kubernetes (Docker only).");
  EXPECT_TRUE(extraction.skills.at(0).mentions.at(0).negated);
  EXPECT_FALSE(extraction.skills.at(1).mentions.at(0).negated);
}

TEST(Extractor, ImpliedSkillsAreReportedAsImpliedNotMentioned) {
  const auto extraction = extract("Ran EKS clusters and PySpark jobs.");
  std::map<std::string, std::vector<std::string>> implied;
  std::set<std::string> mentioned;
  for (const auto& hit : extraction.skills) {
    const std::string id = fixture_taxonomy().skills[hit.skill].id;
    if (hit.mentions.empty()) {
      for (auto source : hit.implied_by) implied[id].push_back(fixture_taxonomy().skills[source].id);
    } else {
      mentioned.insert(id);
    }
  }
  EXPECT_EQ(mentioned, (std::set<std::string>{"amazon-eks", "pyspark"}));
  EXPECT_EQ(implied.at("kubernetes"), std::vector<std::string>{"amazon-eks"});
  EXPECT_EQ(implied.at("aws"), std::vector<std::string>{"amazon-eks"});
  EXPECT_EQ(implied.at("containerization"), std::vector<std::string>{"amazon-eks"});  // through kubernetes
  EXPECT_EQ(implied.at("apache-spark"), std::vector<std::string>{"pyspark"});
  EXPECT_EQ(implied.at("python"), std::vector<std::string>{"pyspark"});
}

TEST(Extractor, NegatedSkillsImplyNothing) {
  const auto extraction = extract("No EKS exposure.");
  ASSERT_EQ(extraction.skills.size(), 1u);
  EXPECT_TRUE(extraction.skills[0].mentions[0].negated);
}

TEST(Extractor, SkillsComeInOrderOfFirstMentionThenImpliedById) {
  const auto extraction = extract("SQL, then Docker, then SQL again.");
  ASSERT_EQ(extraction.skills.size(), 3u);
  EXPECT_EQ(fixture_taxonomy().skills[extraction.skills[0].skill].id, "sql");
  EXPECT_EQ(extraction.skills[0].mentions.size(), 2u);
  EXPECT_EQ(fixture_taxonomy().skills[extraction.skills[1].skill].id, "docker");
  EXPECT_TRUE(extraction.skills[2].mentions.empty());
}

// Every pattern compiles with the rules: a bad one is an error of compile(), one per
// pattern, never a document's error in the middle of a batch.
TEST(Extractor, EveryBadPatternIsACompileErrorBeforeAnyDocument) {
  Taxonomy taxonomy = fixture_taxonomy();
  Skill& go = taxonomy.skills[*taxonomy.skill_index("go")];
  go.origin = "my-rules/skills/languages.json:7";
  go.context.cues.push_back("[bad");
  go.context.forbid.push_back("(worse");
  go.aliases.push_back({.text = "go(lang", .is_pattern = true});
  const auto compiled = Extractor::compile(taxonomy);
  ASSERT_FALSE(compiled.ok());
  const std::vector<Error>& problems = compiled.errors();
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].message.find("skill 'go': alias 'go(lang'"), 0u) << problems[0].to_string();
  EXPECT_EQ(problems[1].message.find("skill 'go' cue: RE2 cannot compile '[bad'"), 0u) << problems[1].to_string();
  EXPECT_EQ(problems[2].message.find("skill 'go' forbid: RE2 cannot compile '(worse'"), 0u) << problems[2].to_string();
  for (const Error& problem : problems) EXPECT_EQ(problem.subject, go.origin);
  EXPECT_EQ(compiled.error().to_string(), problems[0].to_string());
}

TEST(Extractor, ContextRulesOfTheBuiltInTaxonomyAllCompile) {
  const RulesLoad rules = load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"});
  ASSERT_TRUE(rules.ok());
  const auto compiled = Extractor::compile(rules.taxonomy);
  for (const auto& problem : compiled.errors()) ADD_FAILURE() << problem.to_string();
  EXPECT_TRUE(compiled.ok());
}

// kind_forbid (rules/extraction.json): the line classifier's spans veto every skill of the
// kinds named.
TEST(Extractor, KindForbidVetoesOnlySkillsOfTheKindsItNames) {
  Taxonomy taxonomy = fixture_taxonomy();
  taxonomy.kind_forbid.kinds = {"concept"};
  taxonomy.kind_forbid.words = {{"name_ends", {"Award"}}};
  const auto compiled = Extractor::compile(taxonomy);
  ASSERT_TRUE(compiled.ok()) << compiled.error().to_string();
  const auto found = [&](const std::string& text, const std::string& id) {
    const auto extraction = compiled.value().extract(document_of(text));
    EXPECT_TRUE(extraction.ok());
    for (const auto& hit : extraction.value().skills) {
      if (taxonomy.skills[hit.skill].id == id && !hit.mentions.empty()) return true;
    }
    return false;
  };
  EXPECT_FALSE(found("Won the Applied Machine Learning Award, then wrote Python.", "machine-learning"));
  EXPECT_TRUE(found("Won the Applied Machine Learning Award, then wrote Python.", "python"));  // a language
  EXPECT_TRUE(found("Built machine learning pipelines in Python.", "machine-learning"));
}

// Bug fix: a forbid match that ended before the mention hid an alternative that covers it,
// whether that one starts later ("foo bar" matched first, "bar machine learning" was never
// tried) or at the same place ("foo" was preferred to "foo bar machine learning").
TEST(Extractor, AForbidMatchEndingBeforeTheMentionDoesNotHideOneThatCoversIt) {
  for (const std::vector<std::string>& forbid : {std::vector<std::string>{"foo bar", "bar machine learning"},
                                                 std::vector<std::string>{"foo", "foo bar machine learning"}}) {
    Taxonomy taxonomy = fixture_taxonomy();
    for (Skill& skill : taxonomy.skills) {
      if (skill.id == "machine-learning") skill.context.forbid = forbid;
    }
    const auto compiled = Extractor::compile(taxonomy);
    ASSERT_TRUE(compiled.ok()) << compiled.error().to_string();
    const auto mentions_of_machine_learning = [&](const std::string& text) {
      const auto extraction = compiled.value().extract(document_of(text));
      EXPECT_TRUE(extraction.ok());
      for (const auto& hit : extraction.value().skills) {
        if (taxonomy.skills[hit.skill].id == "machine-learning") return hit.mentions.size();
      }
      return std::size_t{0};
    };
    EXPECT_EQ(mentions_of_machine_learning("foo bar machine learning"), 0u) << forbid[1];
    EXPECT_EQ(mentions_of_machine_learning("foo bar, then machine learning"), 1u) << forbid[1];
  }
}

TEST(Extractor, EmptyAndSkillFreeTextsGiveNothing) {
  EXPECT_TRUE(extract("").skills.empty());
  EXPECT_TRUE(extract("A person who likes hiking and cooking.").skills.empty());
}

TEST(Extractor, InvalidUtf8BytesDoNotBreakMatching) {
  const auto found = mentions_of(std::string("\xFF\xFE Python \xC3"), "python");
  EXPECT_EQ(found, std::vector<std::string>{"Python"});
}

TEST(Extractor, ResultsAreIdenticalAcrossCalls) {
  const std::string text = "Python, Go, R, Spark jobs, Kubernetes, C++ and C# on .NET; machine learning.";
  const auto a = extract(text);
  const auto b = extract(text);
  ASSERT_EQ(a.skills.size(), b.skills.size());
  for (std::size_t i = 0; i < a.skills.size(); ++i) {
    EXPECT_EQ(a.skills[i].skill, b.skills[i].skill);
    EXPECT_EQ(a.skills[i].mentions.size(), b.skills[i].mentions.size());
  }
}


// The fixture taxonomy with the list-line settings of rules/extraction.json switched on.
const Extractor& list_extractor() {
  static const Taxonomy taxonomy = [] {
    Taxonomy copy = fixture_taxonomy();
    copy.lists.tag_lines = true;
    copy.lists.ambiguous_support_each_other = true;
    copy.posting_ignored_sections = {"company"};
    return copy;
  }();
  static const Extractor compiled = [] {
    auto result = Extractor::compile(taxonomy);
    if (!result) throw std::runtime_error(result.error().to_string());
    return std::move(result).value();
  }();
  return compiled;
}

std::vector<std::string> list_mentions_of(const std::string& text, const std::string& id,
                                          DocumentKind kind = DocumentKind::kUnknown) {
  Document document = document_of(text);
  document.kind = kind;
  auto result = list_extractor().extract(document);
  EXPECT_TRUE(result.ok());
  std::vector<std::string> out;
  if (!result.ok()) return out;
  for (const auto& hit : result.value().skills) {
    if (list_extractor().taxonomy().skills[hit.skill].id != id) continue;
    for (const auto& mention : hit.mentions) out.emplace_back(mention.text(document));
  }
  return out;
}

TEST(Extractor, TagLineItemsMatchCaseSensitiveAliasesInAnyCase) {
  EXPECT_EQ(list_mentions_of("Technologies: c, go, docker\n", "go"), std::vector<std::string>{"go"});
  EXPECT_EQ(list_mentions_of("Technologies: c, go, docker\n", "c"), std::vector<std::string>{"c"});
  // A Skills-section line without separators: each word is an item.
  EXPECT_EQ(list_mentions_of("Skills\nlinux embedded c\n", "c"), std::vector<std::string>{"c"});
  // Only whole items: "go" inside a longer item or in a sentence is not the language.
  EXPECT_TRUE(list_mentions_of("We go, we see, we build docker images daily.\n", "go").empty());
  EXPECT_TRUE(list_mentions_of("I like to go hiking with friends.\n", "go").empty());
  // Off unless rules/extraction.json switches it on.
  EXPECT_TRUE(mentions_of("Technologies: c, go, docker\n", "go").empty());
}

TEST(Extractor, AmbiguousAliasesOnATagLineAreSupported) {
  EXPECT_EQ(list_mentions_of("Stack: Excel, Spark, Rust\n", "apache-spark"), std::vector<std::string>{"Spark"});
  EXPECT_TRUE(list_mentions_of("Stack: Excel, Spark, Rust\n", "apache-spark").size() == 1);
  EXPECT_TRUE(list_mentions_of("The Spark of genius came late that day.\n", "apache-spark").empty());
  // Only a whole item: "Mark Rust" is a name in a list.
  EXPECT_TRUE(list_mentions_of("References: Mark Rust, Director of Operations\n", "rust").empty());
}

TEST(Extractor, ListedProductNamesSupportEachOther) {
  const std::string text = "Experience with Spark and Rust is a plus in our cosy team of people.\n";
  EXPECT_EQ(list_mentions_of(text, "apache-spark"), std::vector<std::string>{"Spark"});
  EXPECT_EQ(list_mentions_of(text, "rust"), std::vector<std::string>{"Rust"});
  // Not without the setting, and not across other words.
  EXPECT_TRUE(mentions_of(text, "rust").empty());
  EXPECT_TRUE(list_mentions_of("The Spark was gone and then the Rust set in.\n", "rust").empty());
}

// Each mention as "text section informational".
std::vector<std::string> marked_mentions(const std::string& text, DocumentKind kind) {
  Document document = document_of(text);
  document.kind = kind;
  const auto result = list_extractor().extract(document);
  std::vector<std::string> out;
  for (const auto& hit : result.value().skills) {
    for (const auto& m : hit.mentions) {
      out.push_back(std::string(m.text(document)) + " " + std::string(m.section_name(document)) +
                    (m.informational ? " informational" : ""));
    }
  }
  return out;
}

TEST(Extractor, PostingsMarkTheCompanySection) {
  const std::string text = "Requirements\nDocker\n\nAbout us\nWe run Kubernetes and Docker.\n";
  // Kept with their section, so that a user sees them, and marked: they ask for nothing.
  EXPECT_EQ(marked_mentions(text, DocumentKind::kPosting),
            (std::vector<std::string>{"Docker requirements", "Docker company informational", "Kubernetes company informational"}));
  // A resume's sections are all evidence.
  EXPECT_EQ(marked_mentions(text, DocumentKind::kResume),
            (std::vector<std::string>{"Docker requirements", "Docker company", "Kubernetes company"}));
}

}  // namespace
}  // namespace skillmatch
