// A plugin that declares the right ABI but exports no factory.
#include <skillmatch/parser_plugin.hpp>

namespace fixture {
std::uint32_t abi_version() { return skillmatch::plugin::kAbiVersion; }
const char* build_tag() { return SKILLMATCH_PLUGIN_BUILD_TAG; }
}  // namespace fixture
BOOST_DLL_ALIAS(fixture::abi_version, skillmatch_plugin_abi_version)
BOOST_DLL_ALIAS(fixture::build_tag, skillmatch_plugin_build_tag)
