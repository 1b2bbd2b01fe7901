// The PDF engine library: PdfParser::parse (poppler) behind the name the plugin looks up.
#include <boost/dll/alias.hpp>

#include "pdf/pdf_engine.hpp"
#include "pdf/pdf_parser.hpp"

namespace skillmatch_pdf_engine {

skillmatch::plugin::ParseStatus parse(const skillmatch::plugin::ParseRequest& request,
                                      skillmatch::plugin::DocumentSink& sink) {
  return skillmatch::parsers::PdfParser().parse(request, sink);
}

}  // namespace skillmatch_pdf_engine

BOOST_DLL_ALIAS(skillmatch_pdf_engine::parse, skillmatch_pdf_engine_parse)
