#include "pdf_parser.hpp"

SKILLMATCH_EXPORT_PARSER(skillmatch::parsers::PdfParser)
