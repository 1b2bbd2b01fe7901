#include "odt/odt_parser.hpp"

SKILLMATCH_EXPORT_PARSER(skillmatch::parsers::OdtParser)
