# skillmatch_add_parser(<name> SOURCES <plugin entry .cpp> [LIBRARY <logic target>] [NO_INSTALL])
#
# Builds the shared library a skillmatch host loads: hidden visibility so plugins do not
# shadow each other's symbols, the SDK on the include path, and the output placed where
# the host of this build tree looks (or SKILLMATCH_PLUGIN_OUTPUT_DIR when set).
function(skillmatch_add_parser name)
  cmake_parse_arguments(ARG "NO_INSTALL" "LIBRARY" "SOURCES" ${ARGN})
  set(target skillmatch_parser_${name})
  add_library(${target} MODULE ${ARG_SOURCES})
  if(TARGET skillmatch::plugin_sdk)
    target_link_libraries(${target} PRIVATE skillmatch::plugin_sdk)
  else()
    target_link_libraries(${target} PRIVATE skillmatch_plugin_sdk)
  endif()
  if(ARG_LIBRARY)
    target_link_libraries(${target} PRIVATE ${ARG_LIBRARY})
  endif()
  set_target_properties(${target} PROPERTIES
    PREFIX "" OUTPUT_NAME "skillmatch-${name}"
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  if(SKILLMATCH_PLUGIN_OUTPUT_DIR)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${SKILLMATCH_PLUGIN_OUTPUT_DIR}")
  elseif(SKILLMATCH_BUILD_PLUGIN_DIR)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${SKILLMATCH_BUILD_PLUGIN_DIR}")
  endif()
  if(SKILLMATCH_INSTALL_PLUGIN_DIR AND NOT ARG_NO_INSTALL)
    install(TARGETS ${target} LIBRARY DESTINATION ${SKILLMATCH_INSTALL_PLUGIN_DIR})
  endif()
endfunction()
