#include "text/text_parser.hpp"

SKILLMATCH_EXPORT_PARSER(skillmatch::parsers::TextParser)
