// PDF parser: golden output for the sample files (one and two columns), the text
// cleanup rules, and every kind of bad input (scan, locked, truncated, corrupt).
#include <gtest/gtest.h>

#include <filesystem>
#include <cstdio>
#include <map>
#include <string>
#include <sys/wait.h>
#include <zlib.h>

#include "office_common/testing/golden_document.hpp"
#include "office_common/testing/parse_outcome.hpp"
#include "pdf/pdf_parser.hpp"
#include "pdf/pdf_stream_budget.hpp"
#include "pdf/pdf_text_cleanup.hpp"
#include "../core/scratch_dir.hpp"

namespace skillmatch::parsers {
namespace {

using testing::CollectingSink;

const std::filesystem::path kSamples = std::filesystem::path(SKILLMATCH_SOURCE_DIR) / "samples" / "documents";
const std::filesystem::path kGolden = std::filesystem::path(SKILLMATCH_SOURCE_DIR) / "tests" / "golden" / "pdf";

Document parse_sample(const std::string& name) {
  return testing::parse_ok<PdfParser>(testing::read_file(kSamples / name), "in.pdf");
}

std::string failure_of(const std::string& bytes, const plugin::Limits& limits = {}) {
  return testing::failure_of<PdfParser>(bytes, "in.pdf", limits);
}

// --- golden samples ----------------------------------------------------------------

class PdfGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(PdfGolden, MatchesExpectedText) {
  const Document document = parse_sample(GetParam());
  testing::expect_matches_golden(document, kGolden / (GetParam() + ".golden"));
}

INSTANTIATE_TEST_SUITE_P(Samples, PdfGolden,
                         ::testing::Values("resume-tomasz-libreoffice.pdf", "resume-ananya-two-column-libreoffice.pdf"),
                         [](const auto& info) {
                           std::string name = std::filesystem::path(info.param).stem().string();
                           for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

TEST(PdfSamples, TwoColumnPageReadsColumnByColumn) {
  const Document document = parse_sample("resume-ananya-two-column-libreoffice.pdf");
  // The left column's summary paragraph stays whole, and the right column's skills come
  // after everything in the left column.
  EXPECT_NE(document.text.find("I study efficient training of large vision and\nlanguage models"), std::string::npos);
  const std::size_t left_column_end = document.text.find("Teaching assistant");
  const std::size_t right_column_skills = document.text.find("CUDA, C++, Triton");
  ASSERT_NE(left_column_end, std::string::npos);
  ASSERT_NE(right_column_skills, std::string::npos);
  EXPECT_LT(left_column_end, right_column_skills);
}

TEST(PdfSamples, MetadataAndPagesJoined) {
  const Document document = parse_sample("resume-tomasz-libreoffice.pdf");
  EXPECT_EQ(document.title, "Tomasz Kowalczyk - Resume");
  EXPECT_NE(document.text.find("Certifications"), std::string::npos) << "second page read";
  EXPECT_EQ(document.text.find('\f'), std::string::npos);
}

// --- text cleanup --------------------------------------------------------------------

TEST(PdfTextCleanup, RejoinsWordsHyphenatedAtLineEnds) {
  EXPECT_EQ(pdf::rejoin_hyphenated_lines("data engi-\nneering team\nnext"), "data engineering team\nnext");
  EXPECT_EQ(pdf::rejoin_hyphenated_lines("Jan-\nMar 2020"), "Jan-\nMar 2020") << "capital after the break";
  EXPECT_EQ(pdf::rejoin_hyphenated_lines("COVID-\n19"), "COVID-\n19");
  EXPECT_EQ(pdf::rejoin_hyphenated_lines("a list:\n- item"), "a list:\n- item");
  EXPECT_EQ(pdf::rejoin_hyphenated_lines("2019 -\nnow"), "2019 -\nnow") << "no letter before the hyphen";
  EXPECT_EQ(pdf::rejoin_hyphenated_lines("Kuber\xC2\xAD\nnetes and soft\xC2\xADhyphens"), "Kubernetes and softhyphens");
}

TEST(PdfTextCleanup, TidiesLineEndsAndBlankRuns) {
  EXPECT_EQ(pdf::tidy_lines("\n\na  \nb\t\n\n\n\nc\n\n"), "a\nb\n\nc");
}

// --- sniffing ------------------------------------------------------------------------

TEST(PdfSniff, RecognizesTheHeader) {
  const PdfParser parser;
  EXPECT_EQ(parser.sniff("x", "%PDF-1.7\n"), 95);
  EXPECT_EQ(parser.sniff("cv.pdf", "garbage"), 30);
  EXPECT_EQ(parser.sniff("cv.txt", "plain text"), 0);
}

// --- bad input -----------------------------------------------------------------------

TEST(PdfBadInput, ImageOnlyScan) {
  EXPECT_EQ(failure_of(testing::read_file(kSamples / "scan-image-only-libreoffice.pdf")), "no text layer (scanned image?)");
}

TEST(PdfBadInput, PasswordProtected) {
  EXPECT_EQ(failure_of(testing::read_file(kSamples / "resume-locked-qpdf.pdf")), "password-protected PDF");
}

TEST(PdfBadInput, EmptyFile) { EXPECT_EQ(failure_of(""), "empty file"); }

TEST(PdfBadInput, TruncatedFile) {
  const std::string sample = testing::read_file(kSamples / "resume-tomasz-libreoffice.pdf");
  EXPECT_NE(failure_of(sample.substr(0, sample.size() / 2)).find("truncated PDF"), std::string::npos);
  EXPECT_NE(failure_of(sample.substr(0, 20)).find("truncated PDF"), std::string::npos);
}

TEST(PdfBadInput, CorruptBody) {
  std::string garbage = "%PDF-1.7\n";
  for (int i = 0; i < 5000; ++i) garbage += static_cast<char>((i * 7919) % 251);
  garbage += "\n%%EOF\n";
  const std::string message = failure_of(garbage);
  EXPECT_FALSE(message.empty());
}

TEST(PdfBadInput, NotAPdf) { EXPECT_EQ(failure_of("PK\x03\x04 zip"), "not a PDF file (no %PDF header)"); }

TEST(PdfBadInput, OverTheFileSizeLimit) {
  plugin::Limits limits;
  limits.max_file_bytes = 100;
  EXPECT_NE(failure_of(testing::read_file(kSamples / "resume-tomasz-libreoffice.pdf"), limits).find("over the limit"),
            std::string::npos);
}

std::string deflated(const std::string& content) {
  uLongf size = compressBound(static_cast<uLong>(content.size()));
  std::string stream(size, '\0');
  compress2(reinterpret_cast<Bytef*>(stream.data()), &size, reinterpret_cast<const Bytef*>(content.data()),
            static_cast<uLong>(content.size()), 9);
  stream.resize(size);
  return stream;
}

// A one-page PDF whose page content is `content`, FlateDecode-compressed.
std::string pdf_with_page_content(const std::string& content) {
  const std::string stream = deflated(content);
  return "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
         "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
         "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
         " /Contents 4 0 R >>\nendobj\n"
         "4 0 obj\n<< /Length " + std::to_string(stream.size()) + " /Filter /FlateDecode >>\nstream\n" + stream +
         "\nendstream\nendobj\n5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
         "trailer\n<< /Size 6 /Root 1 0 R >>\n%%EOF\n";
}

// Found by the hostile-input suite: poppler inflates page content with no limit of its
// own, so a 1 MB PDF whose page inflated to 1 GiB took over 30 s. Streams are now
// inflated once up front and counted against max_uncompressed_bytes.
TEST(PdfBadInput, PageContentOverTheUncompressedLimit) {
  const std::string text = "BT /F1 12 Tf 72 720 Td (Skills: Python) Tj ET\n";
  plugin::Limits limits;
  limits.max_uncompressed_bytes = 1u << 20;
  EXPECT_NE(failure_of(pdf_with_page_content(text + std::string(4u << 20, ' ')), limits)
                .find("limit on uncompressed size"),
            std::string::npos);
  const testing::Outcome small = testing::parse_one<PdfParser>(pdf_with_page_content(text), "in.pdf", limits);
  ASSERT_TRUE(small.status.ok) << small.status.message;
  EXPECT_NE(small.document.text.find("Python"), std::string::npos);
}

// --- the stream budget: what poppler would decode, counted before it runs (issue 21) ----

// "N 0 obj << /Length L KEYS >> stream DATA endstream endobj".
std::string stream_object(int number, const std::string& keys, const std::string& data) {
  return std::to_string(number) + " 0 obj\n<< /Length " + std::to_string(data.size()) + " " + keys + " >>\nstream\n" +
         data + "\nendstream\nendobj\n";
}

// True when `objects` decode to `size` bytes exactly: within a limit of `size`, over `size - 1`.
::testing::AssertionResult decodes_to(const std::string& objects, std::uint64_t size) {
  const auto at_size = pdf::check_decoded_size(objects, size);
  const auto under_size = pdf::check_decoded_size(objects, size - 1);
  if (!at_size && under_size) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "refused at " << size << ": " << at_size.value_or("no") << "; refused at "
                                       << size - 1 << ": " << under_size.value_or("no");
}

const std::string kContent = [] {
  std::string content;
  for (int i = 0; i < 500; ++i) content += "BT /F1 12 Tf 72 " + std::to_string(i) + " Td (Skills: Python) Tj ET\n";
  return content;
}();

std::string ascii_hex(const std::string& data) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (const unsigned char c : data) out += {kDigits[c >> 4], kDigits[c & 15], c % 32 == 0 ? '\n' : ' '};
  return out + ">";
}

std::string ascii85(const std::string& data) {
  std::string out;
  for (std::size_t i = 0; i < data.size(); i += 4) {
    std::uint64_t group = 0;
    for (std::size_t j = 0; j < 4; ++j) group = group << 8 | (i + j < data.size() ? static_cast<unsigned char>(data[i + j]) : 0);
    std::string digits(5, '!');
    for (int j = 4; j >= 0; --j, group /= 85) digits[static_cast<std::size_t>(j)] = static_cast<char>('!' + group % 85);
    out += digits.substr(0, std::min<std::size_t>(data.size() - i, 4) + 1);
  }
  return out + "~>";
}

// LZW with PDF's early code-width change, the encoder side of what the budget decodes.
std::string lzw(const std::string& data) {
  std::map<std::string, int> codes;
  for (int c = 0; c < 256; ++c) codes[std::string(1, static_cast<char>(c))] = c;
  std::string out;
  std::uint32_t bits = 0;
  int pending = 0, next = 258, width = 9;
  const auto put = [&](int code) {
    bits = bits << width | static_cast<std::uint32_t>(code);
    for (pending += width; pending >= 8; pending -= 8) out += static_cast<char>(bits >> (pending - 8));
  };
  put(256);
  std::string word;
  for (const char c : data) {
    if (codes.count(word + c)) {
      word += c;
      continue;
    }
    put(codes[word]);
    codes[word + c] = next++;
    width = next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;
    word = std::string(1, c);
  }
  put(codes[word]);
  put(257);
  if (pending > 0) out += static_cast<char>(bits << (8 - pending));
  return out;
}

TEST(PdfStreamBudget, EachFilterDecodesToItsSize) {
  EXPECT_TRUE(decodes_to(stream_object(4, "", kContent), kContent.size()));
  EXPECT_TRUE(decodes_to(stream_object(4, "/Filter /FlateDecode", deflated(kContent)), kContent.size()));
  EXPECT_TRUE(decodes_to(stream_object(4, "/Filter /ASCIIHexDecode", ascii_hex(kContent)), kContent.size()));
  EXPECT_TRUE(decodes_to(stream_object(4, "/Filter /A85", ascii85(kContent)), kContent.size()));
  EXPECT_TRUE(decodes_to(stream_object(4, "/Filter /ASCII85Decode", ascii85(kContent + "xyz")), kContent.size() + 3));
  EXPECT_TRUE(decodes_to(stream_object(4, "/Filter /LZWDecode", lzw(kContent)), kContent.size()));
  // 129: the next byte 128 times; 4: the next 5 bytes as they are; 128: the end.
  EXPECT_TRUE(decodes_to(stream_object(4, "/Filter /RunLengthDecode", "\x81x\x04hello\x80"), 133));
}

// Regression: only the first layer of a doubly compressed stream was inflated, so 2 KB
// whose second layer inflates to 1 GiB passed the check and poppler took 15 s on it.
TEST(PdfStreamBudget, EveryFilterLayerIsCounted) {
  const std::string once = deflated(kContent);
  const std::string twice = deflated(once);
  EXPECT_TRUE(decodes_to(stream_object(4, "/Filter [/FlateDecode /FlateDecode]", twice), once.size() + kContent.size()));
  const std::string hex_of_deflated = ascii_hex(once);
  EXPECT_TRUE(decodes_to(stream_object(4, "/Filter [ /AHx /Fl ] /DecodeParms [null null]", hex_of_deflated),
                         once.size() + kContent.size()));
}

// Regression: poppler decodes a page's content again for every page that uses it, while
// the check counted each stream once (a 20 KB PDF took 34 s, a 368 KB one hours).
TEST(PdfStreamBudget, SharedPageContentCountsOncePerPage) {
  const std::string streams = stream_object(4, "/Filter /FlateDecode", deflated(kContent)) + stream_object(5, "", "q Q");
  const std::string pages = "6 0 obj << /Type /Page /Contents 4 0 R >> endobj\n"
                            "7 0 obj << /Type /Page /Contents [4 0 R 5 0 R] >> endobj\n"
                            "8 0 obj << /Type /Page /Contents[4 0 R] >> endobj\n";
  EXPECT_TRUE(decodes_to(streams + pages, 3 * kContent.size() + 3));
  // The same pages inside an object stream, which counts once itself.
  const std::string objects = "6 0 7 47 8 98 " + pages;
  EXPECT_TRUE(decodes_to(streams + stream_object(9, "/Type /ObjStm /N 3 /First 14 /Filter /FlateDecode", deflated(objects)),
                         3 * kContent.size() + 3 + objects.size()));
}

// A form XObject is decoded again for every Do that draws it, so it counts once per Do,
// with the forms it draws in turn; one that draws itself is refused.
TEST(PdfStreamBudget, FormsCountOncePerDraw) {
  const std::string form = stream_object(4, "/Type /XObject /Subtype /Form /Filter /FlateDecode", deflated(kContent));
  const std::string page = "6 0 obj << /Type /Page /Resources << /XObject << /Fm0 4 0 R /Im0 8 0 R >> >>"
                           " /Contents 5 0 R >> endobj\n";
  const std::string draws = "/Fm0 Do q /Fm0 Do Q /Im0 Do /Fm0 Do";
  // The page before the form it draws, as well as after.
  EXPECT_TRUE(decodes_to(stream_object(5, "", draws) + page + form, draws.size() + 4 * kContent.size()));
  EXPECT_TRUE(decodes_to(form + page + stream_object(5, "", draws), draws.size() + 4 * kContent.size()));
  // A form drawing another twice: each draw of the outer one costs both.
  const std::string outer = stream_object(7, "/Subtype /Form /Resources << /XObject << /Fm0 4 0 R >> >>", "/Fm0 Do /Fm0 Do");
  const std::string outer_page = "6 0 obj << /Resources << /XObject << /Fm1 7 0 R >> >> /Contents 5 0 R >> endobj\n";
  EXPECT_TRUE(decodes_to(form + outer + outer_page + stream_object(5, "", "/Fm1 Do /Fm1 Do"),
                         15 + kContent.size() + 15 + 2 * (15 + 2 * kContent.size())));
  // Content decoded in 64 KiB chunks, read chunk by chunk: Do operators that straddle two
  // chunks count once each.
  std::string many_draws;
  for (int i = 0; i < 20000; ++i) many_draws += "/Fm0 Do \n";
  EXPECT_TRUE(decodes_to(form + page + stream_object(5, "/Filter /FlateDecode", deflated(many_draws)),
                         many_draws.size() + 20001 * kContent.size()));
  const std::string itself = stream_object(7, "/Subtype /Form /Resources << /XObject << /Fm1 7 0 R >> >>", "/Fm1 Do");
  EXPECT_TRUE(pdf::check_decoded_size(itself + outer_page + stream_object(5, "", "/Fm1 Do"), 1u << 30));
}

// Regression: a stream whose dictionary merely contained /Image anywhere was skipped as
// an image. Only /Subtype /Image at the top level makes one, and a page that draws an
// image as its content counts it too.
TEST(PdfStreamBudget, OnlyImagesNoPageUsesAreLeftOut) {
  const std::string data = deflated(kContent);
  EXPECT_TRUE(decodes_to(stream_object(4, "/Subtype /Image /Filter /FlateDecode", data) + stream_object(5, "", "q Q"), 3));
  EXPECT_TRUE(decodes_to(stream_object(4, "/Name /Image /DecodeParms << /Subtype /Image >> /Filter /FlateDecode", data),
                         kContent.size()));
  EXPECT_TRUE(decodes_to(stream_object(4, "/Subtype /Image /Filter /FlateDecode", data) +
                             "6 0 obj << /Type /Page /Contents 4 0 R >> endobj\n",
                         kContent.size()));
}

// The plugin skillmatch loads at start-up holds only info and sniff: poppler is loaded
// with the engine, the first time a PDF is parsed (start-up without it is ~25 ms faster).
struct ShellRun {
  int exit_code;
  std::string output;  // stdout, or what the command redirects there
};

ShellRun run_shell(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string output;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
  const int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

const std::string kCli = std::string("'") + SKILLMATCH_CLI + "'";
const std::string kTextResume =
    (std::filesystem::path(SKILLMATCH_SOURCE_DIR) / "samples" / "resumes" / "ml-engineer-priya.txt").string();
const std::string kPdfResume = (kSamples / "resume-tomasz-libreoffice.pdf").string();

TEST(PdfPlugin, PopplerIsLoadedOnlyWhenAPdfIsParsed) {
  // LD_DEBUG=files makes the dynamic loader name every library it loads, on stderr.
  const std::string without_pdf = run_shell("LD_DEBUG=files " + kCli + " extract '" + kTextResume + "' 2>&1 >/dev/null").output;
  EXPECT_NE(without_pdf.find("skillmatch-pdf.so"), std::string::npos) << "the plugin itself is loaded";
  EXPECT_EQ(without_pdf.find("libpoppler"), std::string::npos);
  const std::string with_pdf = run_shell("LD_DEBUG=files " + kCli + " extract '" + kPdfResume + "' 2>&1 >/dev/null").output;
  EXPECT_NE(with_pdf.find("skillmatch-pdf-engine.so"), std::string::npos);
  EXPECT_NE(with_pdf.find("libpoppler"), std::string::npos);
}

TEST(PdfPlugin, AMissingEngineIsAPerFileError) {
  const std::filesystem::path folder = skillmatch::testing::test_tmp() / "skillmatch-pdf-without-engine";
  std::filesystem::create_directories(folder);
  std::filesystem::copy_file(std::filesystem::path(SKILLMATCH_BINARY_DIR) / "skillmatch-plugins" / "skillmatch-pdf.so",
                             folder / "skillmatch-pdf.so", std::filesystem::copy_options::overwrite_existing);
  const ShellRun r = run_shell(kCli + " extract --format ndjson --plugin-dir '" + folder.string() + "' '" + kPdfResume +
                               "' '" + kTextResume + "' 2>&1");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  const std::string engine = (folder / "pdf-engine" / "skillmatch-pdf-engine.so").string();
  EXPECT_NE(r.output.find(kPdfResume + ": cannot load the PDF engine " + engine), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("\"source\":\"" + kTextResume + "\""), std::string::npos) << "the rest of the batch is processed";
}

}  // namespace
}  // namespace skillmatch::parsers

