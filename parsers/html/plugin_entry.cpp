#include "html/html_parser.hpp"

SKILLMATCH_EXPORT_PARSER(skillmatch::parsers::HtmlParser)
