// Finds a DOCX's parts through its OPC relationships: the main document (not always
// word/document.xml), and the styles, numbering, headers, footers and notes it uses.
#pragma once

#include <string>
#include <vector>

#include <skillmatch/parser_plugin.hpp>

#include "office_common/zip_container.hpp"

namespace skillmatch::parsers::docx {

struct DocxParts {
  std::string document;  // "word/document.xml"
  std::string styles;
  std::string numbering;
  std::vector<std::string> headers;  // in relationship order, each ZIP entry once, named as the archive does
  std::vector<std::string> footers;
  std::string footnotes;
  std::string endnotes;
  std::string core_properties;  // docProps/core.xml: title, creator
  std::string app_properties;   // docProps/app.xml: the producing application
};

// Reads _rels/.rels and the main part's relationships; falls back to Word's usual part
// names when a relationships part is missing. Throws InputError when there is no main
// document part at all (a ZIP that is not a DOCX).
DocxParts locate_docx_parts(const office::ZipContainer& zip, const plugin::Limits& limits);

}  // namespace skillmatch::parsers::docx
