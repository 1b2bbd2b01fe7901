// A plugin stamped with the right ABI that exports no factory. Its constructor runs when
// it is loaded (the host loads it: its stamp is right), which the constructor test checks.
#include <skillmatch/parser_plugin.hpp>

#include "constructor_marker.hpp"

SKILLMATCH_MODULE_STAMP(skillmatch::modules::ModuleKind::kParserPlugin, skillmatch::plugin::kAbiVersion,
                        SKILLMATCH_PLUGIN_BUILD_TAG)
