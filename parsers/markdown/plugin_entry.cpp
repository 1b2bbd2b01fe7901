#include "markdown/markdown_parser.hpp"

SKILLMATCH_EXPORT_PARSER(skillmatch::parsers::MarkdownParser)
