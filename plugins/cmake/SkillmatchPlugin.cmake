# skillmatch_add_parser(<name> SOURCES <plugin entry .cpp> [LIBRARY <logic target>] [NO_INSTALL])
#
# Builds the shared library a skillmatch host loads: hidden visibility so plugins do not
# shadow each other's symbols, the SDK on the include path (and nothing of skillmatch's
# core: see skillmatch_require_sdk_only), and the output placed where the host of this
# build tree looks (or SKILLMATCH_PLUGIN_OUTPUT_DIR when set).
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
  skillmatch_require_sdk_only(${target})
endfunction()

# skillmatch_require_sdk_only(<target>)
#
# A module skillmatch loads sees the SDK and nothing of core: once every target of the
# project is defined, the configure fails if anything linked into <target>, directly or
# through other libraries, is skillmatch's core library or carries core's headers.
function(skillmatch_require_sdk_only target)
  # A deferred call expands its arguments when it runs, so the name is written in now.
  cmake_language(EVAL CODE "cmake_language(DEFER DIRECTORY [[${CMAKE_SOURCE_DIR}]] CALL _skillmatch_check_sdk_only [[${target}]])")
endfunction()

function(_skillmatch_check_sdk_only target)
  set(pending ${target})
  set(seen "")
  while(pending)
    list(POP_FRONT pending current)
    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" current "${current}")
    if(current IN_LIST seen OR NOT TARGET ${current})
      continue()
    endif()
    list(APPEND seen ${current})
    get_target_property(aliased ${current} ALIASED_TARGET)
    if(aliased)
      list(APPEND pending ${aliased})
      continue()
    endif()
    get_target_property(type ${current} TYPE)
    set(properties INTERFACE_LINK_LIBRARIES INTERFACE_INCLUDE_DIRECTORIES)
    if(NOT type STREQUAL "INTERFACE_LIBRARY")
      list(APPEND properties LINK_LIBRARIES INCLUDE_DIRECTORIES)
    endif()
    foreach(property IN LISTS properties)
      get_target_property(values ${current} ${property})
      if(current STREQUAL "skillmatch_core" OR (values AND "${values}" MATCHES "/core/include"))
        message(FATAL_ERROR "${target} reaches skillmatch's core (through ${current}): a plugin builds against "
                            "the SDK alone (skillmatch::plugin_sdk, plugins/include)")
      endif()
      if(values AND property MATCHES "LINK_LIBRARIES")
        list(APPEND pending ${values})
      endif()
    endforeach()
  endwhile()
endfunction()
