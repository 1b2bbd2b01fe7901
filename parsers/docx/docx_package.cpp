#include "docx/docx_package.hpp"

#include <algorithm>
#include <string_view>

#include "office_common/office_error.hpp"
#include "office_common/xml_part.hpp"

namespace skillmatch::parsers::docx {
namespace {

struct Relationship {
  std::string type_suffix;  // the last segment of the Type URI: "styles", "header"
  std::string target;       // a part name, resolved against the source part's folder
};

std::string_view folder_of(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string_view{} : part.substr(0, slash + 1);
}

// "../media/x.png" against "word/" -> "media/x.png"; "/word/styles.xml" -> "word/styles.xml".
std::string resolve_target(std::string_view source_folder, std::string_view target) {
  std::string path = target.starts_with('/') ? std::string(target.substr(1)) : std::string(source_folder) + std::string(target);
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = std::min(path.find('/', start), path.size());
    const std::string segment = path.substr(start, slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string resolved;
  for (const auto& segment : segments) resolved += (resolved.empty() ? "" : "/") + segment;
  return resolved;
}

// The relationships of `source_part` (from its _rels/<name>.rels), empty when it has none.
std::vector<Relationship> relationships_of(const office::ZipContainer& zip, std::string_view source_part,
                                           const plugin::Limits& limits) {
  const std::string_view folder = folder_of(source_part);
  const std::string rels_name =
      std::string(folder) + "_rels/" + std::string(source_part.substr(folder.size())) + ".rels";
  const auto xml = zip.read(rels_name);
  if (!xml) return {};
  const auto document = office::parse_xml_part(rels_name, *xml, limits);
  std::vector<Relationship> relationships;
  for (pugi::xml_node node : document->document_element().children()) {
    if (office::local_name(node) != "Relationship") continue;
    if (office::attribute_value(node, "TargetMode") == "External") continue;
    const std::string_view type = office::attribute_value(node, "Type");
    relationships.push_back({std::string(type.substr(type.rfind('/') + 1)),
                             resolve_target(folder, office::attribute_value(node, "Target"))});
  }
  return relationships;
}

// Adds the ZIP entry `target` names, once: references that differ only in letter case
// name the same part, and each would inflate it again.
void add_once(const office::ZipContainer& zip, std::vector<std::string>& parts, const std::string& target) {
  const auto part = zip.entry_name(target);
  if (part && std::find(parts.begin(), parts.end(), *part) == parts.end()) parts.push_back(*part);
}

}  // namespace

DocxParts locate_docx_parts(const office::ZipContainer& zip, const plugin::Limits& limits) {
  DocxParts parts;
  for (const auto& relationship : relationships_of(zip, "", limits)) {
    if (relationship.type_suffix == "officeDocument" && parts.document.empty()) parts.document = relationship.target;
    if (relationship.type_suffix == "core-properties") parts.core_properties = relationship.target;
    if (relationship.type_suffix == "extended-properties") parts.app_properties = relationship.target;
  }
  if (parts.document.empty() || !zip.contains(parts.document)) parts.document = "word/document.xml";
  if (!zip.contains(parts.document)) {
    throw office::InputError("ZIP container without word/document.xml: not a DOCX");
  }
  if (parts.core_properties.empty()) parts.core_properties = "docProps/core.xml";
  if (parts.app_properties.empty()) parts.app_properties = "docProps/app.xml";

  const auto document_relationships = relationships_of(zip, parts.document, limits);
  for (const auto& relationship : document_relationships) {
    const std::string& type = relationship.type_suffix;
    if (type == "styles") parts.styles = relationship.target;
    else if (type == "numbering") parts.numbering = relationship.target;
    else if (type == "header") add_once(zip, parts.headers, relationship.target);
    else if (type == "footer") add_once(zip, parts.footers, relationship.target);
    else if (type == "footnotes") parts.footnotes = relationship.target;
    else if (type == "endnotes") parts.endnotes = relationship.target;
  }
  if (document_relationships.empty()) {
    const std::string folder(folder_of(parts.document));
    parts.styles = folder + "styles.xml";
    parts.numbering = folder + "numbering.xml";
    parts.footnotes = folder + "footnotes.xml";
    parts.endnotes = folder + "endnotes.xml";
  }
  return parts;
}

}  // namespace skillmatch::parsers::docx
