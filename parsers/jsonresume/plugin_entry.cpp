#include "jsonresume/jsonresume_parser.hpp"

SKILLMATCH_EXPORT_PARSER(skillmatch::parsers::JsonResumeParser)
