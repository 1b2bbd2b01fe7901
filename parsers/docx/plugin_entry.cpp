#include "docx/docx_parser.hpp"

SKILLMATCH_EXPORT_PARSER(skillmatch::parsers::DocxParser)
