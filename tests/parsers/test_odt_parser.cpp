// ODT parser: golden output for the sample files from real producers, each ODF
// feature on a hand-written document, and every kind of bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "odt/odt_parser.hpp"
#include "office_common/testing/golden_document.hpp"
#include "office_common/testing/parse_outcome.hpp"
#include "office_common/testing/zip_writer.hpp"

namespace skillmatch::parsers {
namespace {

using testing::CollectingSink;
using testing::make_zip;
using testing::ZipEntry;

const std::filesystem::path kSamples = std::filesystem::path(SKILLMATCH_SOURCE_DIR) / "samples" / "documents";
const std::filesystem::path kGolden = std::filesystem::path(SKILLMATCH_SOURCE_DIR) / "tests" / "golden" / "odt";

constexpr const char* kMimeType = "application/vnd.oasis.opendocument.text";
constexpr const char* kNamespaces =
    R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
    R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
    R"( xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0")"
    R"( xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")"
    R"( xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")"
    R"( xmlns:dc="http://purl.org/dc/elements/1.1/")"
    R"( xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0")";

// An ODT package: the stored mimetype entry first, then content.xml and any extras.
std::string odt(const std::string& text_content, const std::string& automatic_styles = "",
                std::vector<ZipEntry> extra = {}) {
  std::vector<ZipEntry> entries{{"mimetype", kMimeType, /*stored=*/true},
                                {"content.xml", std::string("<office:document-content") + kNamespaces +
                                                    "><office:automatic-styles>" + automatic_styles +
                                                    "</office:automatic-styles><office:body><office:text>" +
                                                    text_content + "</office:text></office:body></office:document-content>"}};
  entries.insert(entries.end(), extra.begin(), extra.end());
  return make_zip(entries);
}

Document parse_ok(const std::string& bytes) { return testing::parse_ok<OdtParser>(bytes, "in.odt"); }

std::string failure_of(const std::string& bytes, const plugin::Limits& limits = {}) {
  return testing::failure_of<OdtParser>(bytes, "in.odt", limits);
}

// --- golden samples ----------------------------------------------------------------

class OdtGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(OdtGolden, MatchesExpectedTextAndSections) {
  const Document document = parse_ok(testing::read_file(kSamples / GetParam()));
  testing::expect_valid_sections(document);
  testing::expect_matches_golden(document, kGolden / (GetParam() + ".golden"));
}

INSTANTIATE_TEST_SUITE_P(Samples, OdtGolden,
                         ::testing::Values("resume-tomasz-libreoffice.odt", "resume-mei-pandoc.odt"),
                         [](const auto& info) {
                           std::string name = std::filesystem::path(info.param).stem().string();
                           for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

TEST(OdtSamples, LibreOfficeAndDocxFromTheSameSourceReadAlike) {
  const Document odt_document = parse_ok(testing::read_file(kSamples / "resume-tomasz-libreoffice.odt"));
  ASSERT_FALSE(odt_document.sections.empty());
  EXPECT_EQ(odt_document.sections[1].name, "summary");  // "Profile" maps to summary
  EXPECT_NE(odt_document.text.find("Orchestration\nApache Airflow, Prefect (evaluated)"), std::string::npos)
      << "table cells one per line";
}

// --- ODF features --------------------------------------------------------------------

TEST(OdtFeatures, SpacesTabsLineBreaksAndCollapsedWhitespace) {
  const std::string body =
      "<text:p>Python<text:tab/>SQL<text:line-break/>two<text:s text:c=\"3\"/>spaces   collapse\n  here "
      "<text:span>span</text:span> <text:a xlink:href=\"x\" xmlns:xlink=\"x\">link</text:a></text:p>";
  EXPECT_EQ(parse_ok(odt(body)).text, "Python\tSQL\ntwo   spaces collapse here span link");
}

TEST(OdtFeatures, HeadingsBecomeSectionsAndTitleStyleIsLevelZero) {
  const std::string styles =
      "<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Title\"/>";
  const std::string body =
      "<text:p text:style-name=\"P1\">Jane Doe</text:p><text:p>jane@example.com</text:p>"
      "<text:h text:outline-level=\"1\">Experience</text:h><text:h text:outline-level=\"2\">Acme</text:h>"
      "<text:p>Built things</text:p><text:h text:outline-level=\"1\">What We Offer</text:h><text:p>Dental</text:p>";
  const Document document = parse_ok(odt(body, styles));
  ASSERT_EQ(document.sections.size(), 3u);
  EXPECT_EQ(document.sections[0].name, "jane doe");
  EXPECT_EQ(document.sections[1].name, "experience");
  EXPECT_EQ(document.text.substr(document.sections[1].offset, document.sections[1].length),
            "Experience\nAcme\nBuilt things");
  EXPECT_EQ(document.sections[2].name, "benefits");
  EXPECT_EQ(document.title, "Jane Doe");
}

TEST(OdtFeatures, ListsTablesFramesAndNotes) {
  const std::string styles =
      "<text:list-style style:name=\"L1\"><text:list-level-style-bullet text:level=\"1\"/>"
      "<text:list-level-style-number text:level=\"2\" style:num-format=\"1\" style:num-suffix=\".\"/></text:list-style>";
  const std::string body =
      "<text:list text:style-name=\"L1\"><text:list-item><text:p>Docker</text:p>"
      "<text:list><text:list-item><text:p>Compose</text:p></text:list-item>"
      "<text:list-item><text:p>Swarm</text:p></text:list-item></text:list></text:list-item>"
      "<text:list-item><text:p>Kubernetes<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
      "<text:note-body><text:p>CKA since 2021.</text:p></text:note-body></text:note></text:p></text:list-item></text:list>"
      "<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Skill</text:p></table:table-cell>"
      "<table:table-cell><text:p>Years</text:p></table:table-cell></table:table-row></table:table-header-rows>"
      "<table:table-row><table:table-cell><text:p>Go</text:p></table:table-cell><table:covered-table-cell/>"
      "<table:table-cell><text:p>4</text:p></table:table-cell></table:table-row></table:table>"
      "<text:p>Anchor<draw:frame><draw:text-box><text:p>Boxed text</text:p></draw:text-box></draw:frame></text:p>";
  EXPECT_EQ(parse_ok(odt(body, styles)).text,
            "- Docker\n  1. Compose\n  2. Swarm\n- Kubernetes\nSkill\nYears\nGo\n4\nAnchor\nBoxed text\nCKA since 2021.");
}

TEST(OdtFeatures, TrackedDeletionsAndCommentsAreDropped) {
  const std::string body =
      "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>Perl</text:p>"
      "</text:deletion></text:changed-region></text:tracked-changes>"
      "<text:p>Skilled in <text:change text:change-id=\"c1\"/>Rust"
      "<office:annotation><dc:creator>Rev</dc:creator><text:p>check this</text:p></office:annotation></text:p>";
  EXPECT_EQ(parse_ok(odt(body)).text, "Skilled in Rust");
}

TEST(OdtFeatures, MetaTitleAndInitialCreator) {
  const std::string meta = std::string("<office:document-meta") + kNamespaces +
                           "><office:meta><dc:title>Jane Doe CV</dc:title><meta:initial-creator>Jane Doe"
                           "</meta:initial-creator><dc:creator>Recruiter</dc:creator></office:meta></office:document-meta>";
  const Document document = parse_ok(odt("<text:p>Hello</text:p>", "", {{"meta.xml", meta}}));
  EXPECT_EQ(document.title, "Jane Doe CV");
  ASSERT_FALSE(document.metadata.empty());
  EXPECT_EQ(document.metadata[0].key, "author");
  EXPECT_EQ(document.metadata[0].value, "Jane Doe");
}

// --- sniffing ------------------------------------------------------------------------

TEST(OdtSniff, RecognizesTheStoredMimetypeInTheHead) {
  const OdtParser parser;
  const std::string sample = testing::read_file(kSamples / "resume-tomasz-libreoffice.odt");
  EXPECT_GE(parser.sniff("anything", std::string_view(sample).substr(0, 512)), 95);
  const std::string docx = testing::read_file(kSamples / "resume-priya-pandoc.docx");
  EXPECT_EQ(parser.sniff("cv.docx", std::string_view(docx).substr(0, 512)), 0);
  EXPECT_EQ(parser.sniff("cv.odt", "plain text"), 0);
}

// Found by fuzz_odt: a ZIP signature followed by fewer than 30 bytes made sniff() throw
// std::out_of_range (the host's exception barrier turned that into "not mine").
TEST(OdtSniff, ShortZipHeadDoesNotThrow) {
  const OdtParser parser;
  const std::string_view short_zip("PK\x03\x04\x14\x00\x02PK\x03\x04\x00\x02\x08\x00", 15);
  int score = -1;
  EXPECT_NO_THROW(score = parser.sniff("cv.odt", short_zip));
  EXPECT_EQ(score, 80);
  EXPECT_NO_THROW(score = parser.sniff("cv", short_zip));
  EXPECT_EQ(score, 0);
}

// --- bad input -----------------------------------------------------------------------

TEST(OdtBadInput, EmptyFile) { EXPECT_EQ(failure_of(""), "empty file"); }

TEST(OdtBadInput, TruncatedFile) {
  const std::string sample = testing::read_file(kSamples / "resume-mei-pandoc.odt");
  for (std::size_t length : {std::size_t{10}, sample.size() / 2, sample.size() - 10}) {
    EXPECT_NE(failure_of(sample.substr(0, length)).find("ZIP"), std::string::npos) << length;
  }
}

TEST(OdtBadInput, SpreadsheetIsNotAText) {
  const std::string bytes = make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true},
                                      {"content.xml", "<x/>"}});
  EXPECT_NE(failure_of(bytes).find("not a text document"), std::string::npos);
}

TEST(OdtBadInput, EncryptedPackage) {
  const std::string manifest =
      "<manifest:manifest xmlns:manifest=\"m\"><manifest:file-entry manifest:full-path=\"content.xml\">"
      "<manifest:encryption-data/></manifest:file-entry></manifest:manifest>";
  EXPECT_EQ(failure_of(odt("<text:p>x</text:p>", "", {{"META-INF/manifest.xml", manifest}})),
            "password-protected document (encrypted OpenDocument package)");
}

TEST(OdtBadInput, ZipBombOverTheTotalSizeLimit) {
  plugin::Limits limits;
  limits.max_uncompressed_bytes = 1 << 20;
  limits.max_compression_ratio = 1u << 30;
  const std::string bytes = odt("<text:p>x</text:p>", "", {{"Pictures/zeros.bin", std::string(8u << 20, '\0')}});
  EXPECT_NE(failure_of(bytes, limits).find("limit on uncompressed size"), std::string::npos);
}

TEST(OdtBadInput, DeeplyNestedXmlIsAnErrorNotAStackOverflow) {
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<text:section>";
  for (int i = 0; i < 200000; ++i) deep += "</text:section>";
  plugin::Limits limits;
  limits.max_compression_ratio = 1u << 30;  // repeated tags compress far beyond 200:1
  const std::string message = failure_of(odt(deep), limits);
  EXPECT_NE(message.find("nests deeper than 256 levels"), std::string::npos) << message;
}

TEST(OdtBadInput, MissingContent) {
  EXPECT_NE(failure_of(make_zip({{"readme.txt", "hi"}})).find("not an ODT"), std::string::npos);
}

TEST(OdtBadInput, NotAZip) { EXPECT_EQ(failure_of("hello"), "not an ODT file (no ZIP signature)"); }

TEST(OdtBadInput, DocumentWithoutText) { EXPECT_EQ(failure_of(odt("<text:p/>")), "document has no text"); }

}  // namespace
}  // namespace skillmatch::parsers
