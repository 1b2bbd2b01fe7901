// DOCX parser: golden output for the sample files from real producers, each
// WordprocessingML feature on a hand-written document, and every kind of bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "docx/docx_parser.hpp"
#include "office_common/office_error.hpp"
#include "office_common/testing/golden_document.hpp"
#include "office_common/testing/parse_outcome.hpp"
#include "office_common/testing/zip_writer.hpp"
#include "office_common/zip_container.hpp"

namespace skillmatch::parsers {
namespace {

using testing::CollectingSink;
using testing::make_zip;
using testing::ZipEntry;

const std::filesystem::path kSamples = std::filesystem::path(SKILLMATCH_SOURCE_DIR) / "samples" / "documents";
const std::filesystem::path kGolden = std::filesystem::path(SKILLMATCH_SOURCE_DIR) / "tests" / "golden" / "docx";

constexpr const char* kNamespaces =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
    R"( xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape")"
    R"( xmlns:v="urn:schemas-microsoft-com:vml")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

std::string document_xml(const std::string& body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document") + kNamespaces + "><w:body>" + body +
         "</w:body></w:document>";
}

std::string paragraph(const std::string& text, const std::string& style = "") {
  const std::string properties = style.empty() ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
  return "<w:p>" + properties + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

std::string docx(const std::string& body, std::vector<ZipEntry> extra = {}) {
  extra.insert(extra.begin(), ZipEntry{"word/document.xml", document_xml(body)});
  return make_zip(extra);
}

Document parse_ok(const std::string& bytes) { return testing::parse_ok<DocxParser>(bytes, "in.docx"); }

std::string failure_of(const std::string& bytes, const plugin::Limits& limits = {}) {
  return testing::failure_of<DocxParser>(bytes, "in.docx", limits);
}

// --- golden samples ----------------------------------------------------------------

class DocxGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(DocxGolden, MatchesExpectedTextAndSections) {
  const std::string bytes = testing::read_file(kSamples / GetParam());
  const Document document = parse_ok(bytes);
  testing::expect_valid_sections(document);
  testing::expect_matches_golden(document, kGolden / (GetParam() + ".golden"));
}

INSTANTIATE_TEST_SUITE_P(Samples, DocxGolden,
                         ::testing::Values("resume-priya-pandoc.docx", "resume-tomasz-libreoffice.docx",
                                           "resume-marcus-docxjs.docx", "posting-data-engineer-pandoc.docx"),
                         [](const auto& info) {
                           std::string name = std::filesystem::path(info.param).stem().string();
                           for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

TEST(DocxSamples, ResumeSectionsAreCanonicalAndJobTitlesStayInsideExperience) {
  const Document document = parse_ok(testing::read_file(kSamples / "resume-priya-pandoc.docx"));
  std::vector<std::string> names;
  for (const auto& section : document.sections) names.push_back(section.name);
  EXPECT_EQ(names, (std::vector<std::string>{"priya ramanathan", "summary", "experience", "education", "skills",
                                             "projects", "certifications"}));
  const auto& experience = document.sections[2];
  const std::string_view body = std::string_view(document.text).substr(experience.offset, experience.length);
  EXPECT_NE(body.find("Quillstone Insurance Analytics"), std::string_view::npos);
  EXPECT_EQ(document.title, "Priya Ramanathan");
}

TEST(DocxSamples, WordStyleFileKeepsHeaderFootnoteHyperlinkAndTable) {
  const Document document = parse_ok(testing::read_file(kSamples / "resume-marcus-docxjs.docx"));
  EXPECT_TRUE(document.text.starts_with("MARCUS BELLAMY\nCloud / DevOps Engineer\n")) << "header first";
  EXPECT_NE(document.text.find("Portfolio: example.com/portfolio"), std::string::npos);
  EXPECT_NE(document.text.find("Figures are from the company's public engineering blog."), std::string::npos);
  EXPECT_NE(document.text.find("Containers\nDocker, Kubernetes, Helm, Argo CD"), std::string::npos);
  EXPECT_NE(document.text.find("\n1. "), std::string::npos) << "numbered list";
}

// --- WordprocessingML features -------------------------------------------------------

TEST(DocxFeatures, TablesReadCellByCellRowByRowWithNestedTables) {
  const std::string nested = "<w:tbl><w:tr><w:tc>" + paragraph("inner A") + "</w:tc><w:tc>" + paragraph("inner B") +
                             "</w:tc></w:tr></w:tbl>";
  const std::string table = "<w:tbl><w:tr><w:tc>" + paragraph("r1c1") + "</w:tc><w:tc>" + paragraph("r1c2") + nested +
                            "</w:tc></w:tr><w:tr><w:tc>" + paragraph("r2c1") + "</w:tc><w:tc>" + paragraph("r2c2") +
                            "</w:tc></w:tr></w:tbl>";
  EXPECT_EQ(parse_ok(docx(paragraph("before") + table + paragraph("after"))).text,
            "before\nr1c1\nr1c2\ninner A\ninner B\nr2c1\nr2c2\nafter");
}

TEST(DocxFeatures, TabsBreaksHyperlinksAndNoBreakHyphens) {
  const std::string body =
      "<w:p><w:r><w:t>Python</w:t><w:tab/><w:t>SQL</w:t><w:br/><w:t>next line</w:t></w:r>"
      "<w:hyperlink r:id=\"rId9\"><w:r><w:t xml:space=\"preserve\"> my site</w:t></w:r></w:hyperlink>"
      "<w:r><w:t>scikit</w:t><w:noBreakHyphen/><w:t>learn</w:t></w:r></w:p>";
  EXPECT_EQ(parse_ok(docx(body)).text, "Python\tSQL\nnext line my sitescikit-learn");
}

TEST(DocxFeatures, TrackedInsertionsKeptAndDeletionsDropped) {
  const std::string body =
      "<w:p><w:r><w:t xml:space=\"preserve\">Skilled in </w:t></w:r>"
      "<w:del w:id=\"1\"><w:r><w:delText>Perl</w:delText></w:r></w:del>"
      "<w:ins w:id=\"2\"><w:r><w:t>Rust</w:t></w:r></w:ins>"
      "<w:moveFrom w:id=\"3\"><w:r><w:t>moved away</w:t></w:r></w:moveFrom></w:p>";
  EXPECT_EQ(parse_ok(docx(body)).text, "Skilled in Rust");
}

TEST(DocxFeatures, FieldsShowTheirResultNotTheirInstruction) {
  const std::string body =
      "<w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t xml:space=\"preserve\"> of 9</w:t></w:r></w:fldSimple></w:p>";
  EXPECT_EQ(parse_ok(docx(body)).text, "Page 7 of 9");
}

TEST(DocxFeatures, TextBoxesReadOnceFromAlternateContentChoice) {
  const std::string text_box = "<w:txbxContent>" + paragraph("Certified Kubernetes Administrator") + "</w:txbxContent>";
  const std::string body =
      "<w:p><w:r><w:t>Anchor</w:t></w:r><w:r><mc:AlternateContent>"
      "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"wp\"><a:graphic xmlns:a=\"a\"><a:graphicData>"
      "<wps:wsp><wps:txbx>" + text_box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
      "<mc:Fallback><w:pict><v:shape><v:textbox>" + text_box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
      "</mc:AlternateContent></w:r></w:p>" +
      "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + paragraph("VML only") +
      "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
  EXPECT_EQ(parse_ok(docx(body)).text, "Anchor\nCertified Kubernetes Administrator\nVML only");
}

TEST(DocxFeatures, ListsGetBulletsAndNumbersFromNumberingPart) {
  const std::string numbering = std::string("<w:numbering") + kNamespaces + ">"
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
      "<w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
      "<w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
      "<w:lvlText w:val=\"%2)\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
  auto item = [](const std::string& text, int num, int level) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
           std::to_string(num) + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  };
  const std::string body = item("Docker", 1, 0) + item("Kubernetes", 1, 0) + item("Collect data", 2, 0) +
                           item("clean it", 2, 1) + item("check it", 2, 1) + item("Train", 2, 0);
  EXPECT_EQ(parse_ok(docx(body, {{"word/numbering.xml", numbering}})).text,
            "- Docker\n- Kubernetes\n1. Collect data\n  a) clean it\n  b) check it\n2. Train");
}

TEST(DocxFeatures, HeadingsFromStylesAndOutlineLevelsBecomeSections) {
  const std::string styles = std::string("<w:styles") + kNamespaces + ">"
      "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"SectionHead\"><w:name w:val=\"Section Head\"/>"
      "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>";
  const std::string body = paragraph("Jane Doe", "Title") + paragraph("jane@example.com") +
                           paragraph("Work History", "berschrift1") + paragraph("Acme Corp", "Heading2") +
                           paragraph("Built things") + paragraph("Technical Skills:", "SectionHead") +
                           paragraph("Go, Rust") +
                           "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>Volunteering Abroad</w:t></w:r></w:p>" +
                           paragraph("Taught coding");
  const Document document = parse_ok(docx(body, {{"word/styles.xml", styles}}));
  EXPECT_EQ(document.text,
            "Jane Doe\njane@example.com\nWork History\nAcme Corp\nBuilt things\nTechnical Skills:\nGo, Rust\n"
            "Volunteering Abroad\nTaught coding");
  ASSERT_EQ(document.sections.size(), 4u);
  EXPECT_EQ(document.sections[0].name, "jane doe");
  EXPECT_EQ(document.sections[1].name, "experience");
  EXPECT_EQ(document.text.substr(document.sections[1].offset, document.sections[1].length),
            "Work History\nAcme Corp\nBuilt things");
  EXPECT_EQ(document.sections[2].name, "skills");
  EXPECT_EQ(document.sections[3].name, "volunteering abroad");
  EXPECT_EQ(document.title, "Jane Doe");
}

TEST(DocxFeatures, HeadersFootersAndFootnotesWithMetadata) {
  const std::string rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>)"
      R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>)"
      R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>)"
      R"(<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>)"
      R"(</Relationships>)";
  const std::string header = std::string("<w:hdr") + kNamespaces + ">" + paragraph("Jane Doe | jane@example.com") + "</w:hdr>";
  const std::string footer = std::string("<w:ftr") + kNamespaces + ">" + paragraph("References on request") + "</w:ftr>";
  const std::string footnotes = std::string("<w:footnotes") + kNamespaces + ">"
      "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"1\">" + paragraph("Measured over 2023.") + "</w:footnote></w:footnotes>";
  const std::string core =
      R"(<cp:coreProperties xmlns:cp="cp" xmlns:dc="http://purl.org/dc/elements/1.1/">)"
      R"(<dc:title>Jane Doe CV</dc:title><dc:creator>Jane Doe</dc:creator></cp:coreProperties>)";
  const Document document = parse_ok(docx(paragraph("Skills", "Heading1") + paragraph("Go"),
                                          {{"word/_rels/document.xml.rels", rels}, {"word/header1.xml", header},
                                           {"word/header2.xml", header}, {"word/footer1.xml", footer},
                                           {"word/footnotes.xml", footnotes}, {"docProps/core.xml", core}}));
  EXPECT_EQ(document.text, "Jane Doe | jane@example.com\nSkills\nGo\nReferences on request\nMeasured over 2023.");
  ASSERT_EQ(document.sections.size(), 1u);
  EXPECT_EQ(document.text.substr(document.sections[0].offset, document.sections[0].length), "Skills\nGo")
      << "footers and notes belong to no section";
  EXPECT_EQ(document.title, "Jane Doe CV");
  ASSERT_EQ(document.metadata.size(), 1u);
  EXPECT_EQ(document.metadata[0].key, "author");
  EXPECT_EQ(document.metadata[0].value, "Jane Doe");
}

// --- sniffing ------------------------------------------------------------------------

// ZIP entries (issue 21): a name in any letter case finds its entry, entry_name() says
// how the archive spells it (the key that tells two references are one part), and what
// reads inflate adds up against the limit, so rereading an entry cannot amplify.
TEST(DocxZip, EntriesAreFoundInAnyCaseAndRereadsCountAgainstTheLimit) {
  const std::string bytes = make_zip({{"word/Header1.xml", std::string(1000, 'x')}});
  plugin::Limits limits;
  limits.max_uncompressed_bytes = 2500;
  const office::ZipContainer zip(bytes, limits);
  EXPECT_EQ(zip.entry_name("WORD/header1.XML"), "word/Header1.xml");
  EXPECT_EQ(zip.entry_name("word/header2.xml"), std::nullopt);
  EXPECT_EQ(zip.read("word/header1.xml")->size(), 1000u);
  EXPECT_EQ(zip.read("WORD/HEADER1.XML")->size(), 1000u);
  EXPECT_THROW(zip.read("word/Header1.xml"), office::InputError);
}

TEST(DocxSniff, ClaimsDocxZipsAndOleFiles) {
  const DocxParser parser;
  const std::string sample = testing::read_file(kSamples / "resume-priya-pandoc.docx");
  EXPECT_GE(parser.sniff("cv.docx", std::string_view(sample).substr(0, 4096)), 80);
  EXPECT_GE(parser.sniff("cv", std::string_view("PK\x03\x04....", 8)), 0);
  EXPECT_EQ(parser.sniff("cv.txt", "just text"), 0);
  EXPECT_GE(parser.sniff("cv.doc", std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)), 90);
  const std::string odt = testing::read_file(kSamples / "resume-mei-pandoc.odt");
  EXPECT_LT(parser.sniff("cv.odt", std::string_view(odt).substr(0, 4096)), 50);
}

// Found by fuzz_docx (stack-use-after-scope under ASan): the extension was a string_view
// of a temporary std::string, read after the temporary was gone.
TEST(DocxSniff, ZipWithoutMainPartInHeadIsClaimedByExtension) {
  const DocxParser parser;
  const std::string_view zip_head("PK\x03\x04\x14\x00\x00\x00\x08\x00other/part.xml", 24);
  EXPECT_EQ(parser.sniff("resume.DOCX", zip_head), 80);
  EXPECT_EQ(parser.sniff("dir.docx/resume.pdf", zip_head), 0);
}

// --- bad input -----------------------------------------------------------------------

std::string ole_file_with_stream_names(std::initializer_list<std::string_view> names) {
  std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  bytes.resize(512, '\0');
  for (std::string_view name : names) {
    for (char c : name) {
      bytes += c;
      bytes += '\0';
    }
    bytes.resize(bytes.size() + 64, '\0');
  }
  return bytes;
}

TEST(DocxBadInput, EmptyFile) { EXPECT_EQ(failure_of(""), "empty file"); }

TEST(DocxBadInput, EncryptedOfficeDocument) {
  EXPECT_EQ(failure_of(ole_file_with_stream_names({"EncryptionInfo", "EncryptedPackage"})),
            "password-protected document (encrypted OLE container)");
}

TEST(DocxBadInput, LegacyWordDocument) {
  EXPECT_EQ(failure_of(ole_file_with_stream_names({"WordDocument", "1Table"})),
            "legacy Word 97-2003 .doc: save as .docx");
}

TEST(DocxBadInput, OtherOleFile) {
  EXPECT_NE(failure_of(ole_file_with_stream_names({"Workbook"})).find("not a Word document"), std::string::npos);
}

TEST(DocxBadInput, TruncatedFile) {
  const std::string sample = testing::read_file(kSamples / "resume-priya-pandoc.docx");
  for (std::size_t length : {std::size_t{10}, sample.size() / 2, sample.size() - 10}) {
    EXPECT_NE(failure_of(sample.substr(0, length)).find("ZIP"), std::string::npos) << length;
  }
}

TEST(DocxBadInput, CorruptEntryData) {
  std::string bytes = docx(paragraph(std::string(5000, 'x')));
  // Flip bytes inside the deflated document.xml (after its local header).
  for (std::size_t i = 60; i < 90; ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
  const std::string message = failure_of(bytes);
  EXPECT_FALSE(message.empty());
}

TEST(DocxBadInput, ZipWithoutMainDocument) {
  EXPECT_NE(failure_of(make_zip({{"hello.txt", "hi"}})).find("not a DOCX"), std::string::npos);
}

TEST(DocxBadInput, NotAZipAtAll) { EXPECT_EQ(failure_of("%PDF-1.7 ..."), "not a DOCX file (no ZIP signature)"); }

TEST(DocxBadInput, ZipBombOverTheTotalSizeLimit) {
  // 8 MiB of zeros deflates to ~8 KB; a 1 MiB budget must refuse it before inflating.
  plugin::Limits limits;
  limits.max_uncompressed_bytes = 1 << 20;
  limits.max_compression_ratio = 1u << 30;  // isolate the size check
  const std::string bytes = docx(paragraph("x"), {{"word/media/zeros.bin", std::string(8u << 20, '\0')}});
  EXPECT_NE(failure_of(bytes, limits).find("limit on uncompressed size"), std::string::npos);
}

TEST(DocxBadInput, ZipBombOverTheCompressionRatio) {
  const std::string padding = "<w:p><w:r><w:t>" + std::string(4u << 20, ' ') + "</w:t></w:r></w:p>";
  EXPECT_NE(failure_of(docx(padding)).find("compression ratio"), std::string::npos);
}

TEST(DocxBadInput, TooManyEntries) {
  plugin::Limits limits;
  limits.max_entries = 50;
  std::vector<ZipEntry> entries;
  for (int i = 0; i < 100; ++i) entries.push_back({"word/media/image" + std::to_string(i) + ".png", "x"});
  EXPECT_NE(failure_of(docx(paragraph("x"), entries), limits).find("entries"), std::string::npos);
}

TEST(DocxBadInput, DeeplyNestedXmlIsAnErrorNotAStackOverflow) {
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<w:sdt><w:sdtContent>";
  for (int i = 0; i < 200000; ++i) deep += "</w:sdtContent></w:sdt>";
  plugin::Limits limits;
  limits.max_compression_ratio = 1u << 30;  // repeated tags compress far beyond 200:1
  const std::string message = failure_of(docx(deep), limits);
  EXPECT_NE(message.find("nests deeper than 256 levels"), std::string::npos) << message;
}

TEST(DocxBadInput, MalformedXml) {
  EXPECT_NE(failure_of(make_zip({{"word/document.xml", "<w:document><w:body><w:p>"}})).find("malformed XML"),
            std::string::npos);
}

TEST(DocxBadInput, OverTheFileSizeLimit) {
  plugin::Limits limits;
  limits.max_file_bytes = 100;
  EXPECT_NE(failure_of(docx(paragraph("x")), limits).find("over the limit"), std::string::npos);
}

TEST(DocxBadInput, DocumentWithoutText) { EXPECT_EQ(failure_of(docx("<w:p/>")), "document has no text"); }

}  // namespace
}  // namespace skillmatch::parsers
