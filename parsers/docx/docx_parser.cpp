#include "docx/docx_parser.hpp"

#include "docx/docx_body_walker.hpp"
#include "docx/docx_numbering.hpp"
#include "docx/docx_package.hpp"
#include "docx/docx_styles.hpp"
#include "office_common/office_error.hpp"
#include "office_common/document_metadata.hpp"
#include "office_common/input_checks.hpp"
#include "office_common/office_text_builder.hpp"
#include "docx/ole_container.hpp"
#include "office_common/xml_part.hpp"
#include "office_common/zip_container.hpp"

namespace skillmatch::parsers {
namespace {


// Parses a part that may be absent; the returned document is then empty.
std::unique_ptr<pugi::xml_document> optional_part(const office::ZipContainer& zip, const std::string& name,
                                                  const plugin::Limits& limits) {
  if (name.empty()) return std::make_unique<pugi::xml_document>();
  const auto xml = zip.read(name);
  if (!xml) return std::make_unique<pugi::xml_document>();
  return office::parse_xml_part(name, *xml, limits);
}

// Headers and footers, each rendered on its own so that repeats can be recognized.
void walk_page_parts(const office::ZipContainer& zip, const std::vector<std::string>& parts,
                     const docx::DocxStyles& styles, docx::DocxNumbering& numbering, const plugin::Limits& limits,
                     office::OfficeTextBuilder& builder) {
  for (const auto& name : parts) {
    const auto part = optional_part(zip, name, limits);
    office::OfficeTextBuilder part_text;
    docx::DocxBodyWalker(styles, numbering, part_text).walk_blocks(part->document_element());
    builder.add_page_part(part_text.text());
  }
}

// Footnotes and endnotes, skipping Word's separator pseudo-notes.
void walk_notes(const office::ZipContainer& zip, const std::string& name, const docx::DocxStyles& styles,
                docx::DocxNumbering& numbering, const plugin::Limits& limits, office::OfficeTextBuilder& builder) {
  const auto part = optional_part(zip, name, limits);
  docx::DocxBodyWalker walker(styles, numbering, builder);
  for (pugi::xml_node note : part->document_element().children()) {
    const std::string_view type = office::attribute_value(note, "type");
    if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") continue;
    walker.walk_blocks(note);
  }
}

void read_properties(const office::ZipContainer& zip, const docx::DocxParts& parts, const plugin::Limits& limits,
                     Document& document) {
  const auto core = optional_part(zip, parts.core_properties, limits);
  const pugi::xml_node core_root = core->document_element();
  document.title = office::single_line(office::collected_text(office::child_named(core_root, "title")));
  office::add_metadata(document, "author", office::collected_text(office::child_named(core_root, "creator")));
  const auto app = optional_part(zip, parts.app_properties, limits);
  office::add_metadata(document, "producer",
                       office::collected_text(office::child_named(app->document_element(), "Application")));
}

Document parse_docx(std::string_view bytes, const plugin::Limits& limits) {
  const office::ZipContainer zip(bytes, limits);
  const docx::DocxParts parts = docx::locate_docx_parts(zip, limits);
  const auto styles_part = optional_part(zip, parts.styles, limits);
  const auto numbering_part = optional_part(zip, parts.numbering, limits);
  const docx::DocxStyles styles(styles_part->document_element());
  docx::DocxNumbering numbering(numbering_part->document_element());

  office::OfficeTextBuilder builder;
  // Headers first: resumes put the name and contact line there.
  walk_page_parts(zip, parts.headers, styles, numbering, limits, builder);
  const auto main = optional_part(zip, parts.document, limits);
  docx::DocxBodyWalker(styles, numbering, builder)
      .walk_blocks(office::child_named(main->document_element(), "body"));
  builder.end_body();
  walk_page_parts(zip, parts.footers, styles, numbering, limits, builder);
  walk_notes(zip, parts.footnotes, styles, numbering, limits, builder);
  walk_notes(zip, parts.endnotes, styles, numbering, limits, builder);

  Document document;
  document.parser = "docx";
  read_properties(zip, parts, limits, document);
  builder.finish_into(document);
  return document;
}

}  // namespace

plugin::PluginInfo DocxParser::info() const {
  return {"docx", "1.0", "Word documents (.docx); explains encrypted and legacy .doc files",
          {"Office Open XML document"}, {".docx", ".docm", ".dotx", ".doc"}};
}

int DocxParser::sniff(std::string_view path, std::string_view head) const {
  // OLE files are claimed confidently so that an encrypted .docx or a .doc gets a clear
  // message from parse() instead of a generic "unsupported format".
  if (docx::has_ole_signature(head)) return 90;
  if (!office::has_zip_signature(head)) return 0;
  if (head.find("word/document.xml") != std::string_view::npos) return 95;
  const std::string extension = office::extension_of(path);  // owned: a view of the temporary would dangle
  if (extension == ".docx" || extension == ".docm" || extension == ".dotx") return 80;
  // Word writes [Content_Types].xml first, and the main part only further in.
  if (head.find("[Content_Types].xml") != std::string_view::npos && head.find("xl/") == std::string_view::npos &&
      head.find("ppt/") == std::string_view::npos) {
    return 50;
  }
  return 0;
}

plugin::ParseStatus DocxParser::parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const {
  if (auto refusal = office::check_container_size(request.bytes, request.limits)) {
    return plugin::ParseStatus::failure(*refusal);
  }
  switch (docx::classify_ole(request.bytes)) {
    case docx::OleKind::kEncryptedPackage:
      return plugin::ParseStatus::failure("password-protected document (encrypted OLE container)");
    case docx::OleKind::kLegacyWord:
      return plugin::ParseStatus::failure("legacy Word 97-2003 .doc: save as .docx");
    case docx::OleKind::kOtherOle:
      return plugin::ParseStatus::failure("OLE compound file that is not a Word document");
    case docx::OleKind::kNotOle:
      break;
  }
  if (!office::has_zip_signature(request.bytes)) {
    return plugin::ParseStatus::failure("not a DOCX file (no ZIP signature)");
  }
  return office::deliver(sink, [&] { return parse_docx(request.bytes, request.limits); });
}

}  // namespace skillmatch::parsers
