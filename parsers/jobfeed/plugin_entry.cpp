#include "jobfeed/jobfeed_parser.hpp"

SKILLMATCH_EXPORT_PARSER(skillmatch::parsers::JobFeedParser)
