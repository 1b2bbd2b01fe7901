#include "odt/odt_parser.hpp"

#include "office_common/document_metadata.hpp"
#include "office_common/input_checks.hpp"
#include "office_common/office_error.hpp"
#include "odt/odt_body_walker.hpp"
#include "odt/odt_styles.hpp"
#include "office_common/office_text_builder.hpp"
#include "office_common/xml_part.hpp"
#include "office_common/zip_container.hpp"

namespace skillmatch::parsers {
namespace {

using office::child_named;
using office::InputError;

constexpr std::string_view kTextMimeType = "application/vnd.oasis.opendocument.text";
// ODF stores the mimetype entry first and uncompressed: its name sits at offset 30 of
// the file and its content right after, so the head alone identifies the format.
constexpr std::size_t kMimeTypeNameOffset = 30;

bool head_declares_odf_text(std::string_view head) {
  // substr throws when its start is past the end: a head of a few bytes is simply not ODF.
  if (!office::has_zip_signature(head) || head.size() < kMimeTypeNameOffset ||
      head.substr(kMimeTypeNameOffset, 8) != "mimetype") {
    return false;
  }
  return head.substr(kMimeTypeNameOffset + 8, kTextMimeType.size()) == kTextMimeType;
}

// The package's declared type: refuses spreadsheets, presentations and encrypted files
// with a message that says so.
void check_package(const office::ZipContainer& zip) {
  if (const auto mime_type = zip.read("mimetype")) {
    if (!mime_type->starts_with(kTextMimeType)) {
      throw InputError("OpenDocument file of type " + office::single_line(*mime_type) + ", not a text document");
    }
  } else if (!zip.contains("content.xml")) {
    throw InputError("ZIP container without content.xml: not an ODT");
  }
  if (const auto manifest = zip.read("META-INF/manifest.xml")) {
    if (manifest->find("encryption-data") != std::string::npos) {
      throw InputError("password-protected document (encrypted OpenDocument package)");
    }
  }
}

std::unique_ptr<pugi::xml_document> optional_part(const office::ZipContainer& zip, std::string_view name,
                                                  const plugin::Limits& limits) {
  const auto xml = zip.read(name);
  if (!xml) return std::make_unique<pugi::xml_document>();
  return office::parse_xml_part(name, *xml, limits);
}

void read_meta(const office::ZipContainer& zip, const plugin::Limits& limits, Document& document) {
  const auto meta_part = optional_part(zip, "meta.xml", limits);
  const pugi::xml_node meta = child_named(meta_part->document_element(), "meta");
  document.title = office::single_line(office::collected_text(child_named(meta, "title")));
  // meta:initial-creator is the author; dc:creator is whoever saved last.
  std::string author = office::collected_text(child_named(meta, "initial-creator"));
  if (office::single_line(author).empty()) author = office::collected_text(child_named(meta, "creator"));
  office::add_metadata(document, "author", author);
  office::add_metadata(document, "producer", office::collected_text(child_named(meta, "generator")));
}

// Headers and footers of every master page: style:header, style:header-left,
// style:header-first and their footer twins.
void walk_page_parts(const pugi::xml_node& styles_root, const odt::OdtStyles& styles, bool headers,
                     office::OfficeTextBuilder& builder) {
  for (pugi::xml_node page : child_named(styles_root, "master-styles").children()) {
    for (pugi::xml_node part : page.children()) {
      const std::string_view name = office::local_name(part);
      if (name.starts_with(headers ? "header" : "footer") && !name.ends_with("-style")) {
        office::OfficeTextBuilder part_text;
        odt::OdtBodyWalker(styles, part_text).walk_blocks(part);
        builder.add_page_part(part_text.text());
      }
    }
  }
}

Document parse_odt(std::string_view bytes, const plugin::Limits& limits) {
  const office::ZipContainer zip(bytes, limits);
  check_package(zip);
  const auto content_xml = zip.read("content.xml");
  if (!content_xml) throw InputError("ZIP container without content.xml: not an ODT");
  const auto content = office::parse_xml_part("content.xml", *content_xml, limits);
  const auto styles_part = optional_part(zip, "styles.xml", limits);

  odt::OdtStyles styles;
  const pugi::xml_node styles_root = styles_part->document_element();
  styles.add_styles(child_named(styles_root, "styles"));
  styles.add_styles(child_named(styles_root, "automatic-styles"));
  styles.add_styles(child_named(content->document_element(), "automatic-styles"));

  office::OfficeTextBuilder builder;
  walk_page_parts(styles_root, styles, /*headers=*/true, builder);
  odt::OdtBodyWalker walker(styles, builder);
  walker.walk_blocks(child_named(child_named(content->document_element(), "body"), "text"));
  builder.end_body();
  walk_page_parts(styles_root, styles, /*headers=*/false, builder);
  walker.walk_notes();

  Document document;
  document.parser = "odt";
  read_meta(zip, limits, document);
  builder.finish_into(document);
  return document;
}

}  // namespace

plugin::PluginInfo OdtParser::info() const {
  return {"odt", "1.0", "OpenDocument text (.odt) from LibreOffice, pandoc and others",
          {"OpenDocument text"}, {".odt", ".ott"}};
}

int OdtParser::sniff(std::string_view path, std::string_view head) const {
  if (head_declares_odf_text(head)) return 95;
  if (!office::has_zip_signature(head)) return 0;
  const std::string extension = office::extension_of(path);
  return extension == ".odt" || extension == ".ott" ? 80 : 0;
}

plugin::ParseStatus OdtParser::parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const {
  if (auto refusal = office::check_container_size(request.bytes, request.limits)) {
    return plugin::ParseStatus::failure(*refusal);
  }
  if (!office::has_zip_signature(request.bytes)) {
    return plugin::ParseStatus::failure("not an ODT file (no ZIP signature)");
  }
  return office::deliver(sink, [&] { return parse_odt(request.bytes, request.limits); });
}

}  // namespace skillmatch::parsers
