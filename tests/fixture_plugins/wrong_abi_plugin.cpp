// A plugin stamped with a future ABI: the host must refuse it from its stamp alone, before
// its static constructor (or anything else of it) runs.
#include <skillmatch/parser_plugin.hpp>

#include "constructor_marker.hpp"

SKILLMATCH_MODULE_STAMP(skillmatch::modules::ModuleKind::kParserPlugin, skillmatch::plugin::kAbiVersion + 1,
                        SKILLMATCH_PLUGIN_BUILD_TAG)

// Never called: a host that reached it would crash on this null parser.
extern "C" __attribute__((visibility("default"))) skillmatch::plugin::Parser* skillmatch_create_parser() {
  return nullptr;
}
