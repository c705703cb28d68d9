# cmake -DSOURCE_ROOT=<src> -DLAYERS_FILE=<table> -P CheckLayers.cmake
# The table has one line per layer, "folder=allowed,allowed,..." (written by jixiao_check_layers,
# cmake/JixiaoLayers.cmake). Every .cpp/.hpp/.h/.in file under SOURCE_ROOT belongs to the layer of
# its own folder; each `#include "a/b/c.hpp"` whose folder (a/b) is a layer must be one of the
# allowed folders. Prints every violation and fails when there is one.

cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_ROOT OR NOT LAYERS_FILE)
  message(FATAL_ERROR "usage: cmake -DSOURCE_ROOT=<src> -DLAYERS_FILE=<table> -P CheckLayers.cmake")
endif()

file(STRINGS "${LAYERS_FILE}" lines)
set(folders "")
foreach(line IN LISTS lines)
  if(NOT line MATCHES "^([^=]+)=(.*)$")
    continue()
  endif()
  set(folder "${CMAKE_MATCH_1}")
  string(REPLACE "," ";" allowed "${CMAKE_MATCH_2}")
  list(APPEND folders "${folder}")
  string(MAKE_C_IDENTIFIER "${folder}" key)
  set(allowed_${key} "${allowed}")
endforeach()

file(GLOB_RECURSE sources RELATIVE "${SOURCE_ROOT}"
     "${SOURCE_ROOT}/*.cpp" "${SOURCE_ROOT}/*.hpp" "${SOURCE_ROOT}/*.h" "${SOURCE_ROOT}/*.in")
list(SORT sources)
set(violations 0)
foreach(source IN LISTS sources)
  cmake_path(GET source PARENT_PATH own_folder)
  if(NOT own_folder IN_LIST folders)
    message(SEND_ERROR "src/${source}: its folder ${own_folder} is no layer (cmake/JixiaoLayers.cmake)")
    math(EXPR violations "${violations} + 1")
    continue()
  endif()
  string(MAKE_C_IDENTIFIER "${own_folder}" key)
  file(STRINGS "${SOURCE_ROOT}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+\"")
  foreach(include IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" header "${include}")
    cmake_path(GET header PARENT_PATH header_folder)
    # Headers named without a layer's folder (the office's generated ones) are not ours to check.
    if(NOT header_folder IN_LIST folders)
      continue()
    endif()
    if(NOT header_folder IN_LIST allowed_${key})
      list(JOIN allowed_${key} ", " allowed_text)
      message(SEND_ERROR "src/${source} includes ${header}: the layer ${own_folder} may include only "
                         "${allowed_text} (the layers it links)")
      math(EXPR violations "${violations} + 1")
    endif()
  endforeach()
endforeach()
if(violations GREATER 0)
  message(FATAL_ERROR "${violations} include(s) against the layers; see DEVELOPERS.md, \"Layers\"")
endif()
