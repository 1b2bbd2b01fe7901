// The PDF engine library: PdfParser::parse (poppler) behind the name the plugin looks up,
// stamped so that the plugin checks it before loading it.
#include "pdf/pdf_engine.hpp"
#include "pdf/pdf_parser.hpp"

namespace {

skillmatch::plugin::ParseStatus parse(const skillmatch::plugin::ParseRequest& request,
                                      skillmatch::plugin::DocumentSink& sink) {
  return skillmatch::parsers::PdfParser().parse(request, sink);
}

}  // namespace

SKILLMATCH_MODULE_STAMP(::skillmatch::modules::ModuleKind::kPdfEngine, ::skillmatch::plugin::kAbiVersion,
                        SKILLMATCH_PLUGIN_BUILD_TAG)

extern "C" __attribute__((visibility("default"))) skillmatch::parsers::pdf::EngineParse* skillmatch_pdf_engine() {
  return &parse;
}
