// A plugin built against a future ABI: the host must refuse it before calling anything else.
#include <skillmatch/parser_plugin.hpp>

namespace fixture {
std::uint32_t abi_version() { return skillmatch::plugin::kAbiVersion + 1; }
const char* build_tag() { return SKILLMATCH_PLUGIN_BUILD_TAG; }
// Never called: a host that reached it would crash on this null parser.
skillmatch::plugin::Parser* create_parser() { return nullptr; }
}  // namespace fixture
BOOST_DLL_ALIAS(fixture::abi_version, skillmatch_plugin_abi_version)
BOOST_DLL_ALIAS(fixture::build_tag, skillmatch_plugin_build_tag)
BOOST_DLL_ALIAS(fixture::create_parser, skillmatch_create_parser)
