# The layers of src/ (DEVELOPERS.md, "Layers"): each folder is one CMake library, and a layer may
# include the headers of its own folder and of the layers it links, nothing above. A compiler
# cannot refuse an upward include when every header sits under one include root, so the build
# does: jixiao_check_layers (cmake/CheckLayers.cmake) reads every source file's includes before
# any layer compiles and stops the build at the first include its layer does not link.

include_guard(GLOBAL)

# jixiao_layer(<target> <STATIC|OBJECT> FOLDER <folder under src/> [DEPENDS <targets>...]
#              SOURCES <files>...)
# Makes the library and records which folders its files may include: its own and, transitively,
# those of every layer it DEPENDS on (other targets, such as LibreOffice::UNO, add none).
function(jixiao_layer target kind)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "FOLDER" "DEPENDS;SOURCES")
  add_library(${target} ${kind} ${arg_SOURCES})
  target_link_libraries(${target} PUBLIC ${arg_DEPENDS})
  jixiao_register_layer(${target} FOLDER ${arg_FOLDER} DEPENDS ${arg_DEPENDS})
endfunction()

# The same for a target made otherwise (the component, the command line); without FOLDER, a target
# that only gathers layers (jixiao_core) and allows what they allow.
function(jixiao_register_layer target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "FOLDER" "DEPENDS")
  set(allowed "${arg_FOLDER}")
  foreach(dependency IN LISTS arg_DEPENDS)
    get_property(dependency_allowed GLOBAL PROPERTY JIXIAO_LAYER_ALLOWED_${dependency})
    list(APPEND allowed ${dependency_allowed})
  endforeach()
  list(REMOVE_DUPLICATES allowed)
  set_property(GLOBAL PROPERTY JIXIAO_LAYER_ALLOWED_${target} "${allowed}")
  if(NOT arg_FOLDER)
    return()
  endif()
  list(JOIN allowed "," allowed_text)
  set_property(GLOBAL APPEND PROPERTY JIXIAO_LAYERS "${arg_FOLDER}=${allowed_text}")
  set_property(GLOBAL APPEND PROPERTY JIXIAO_LAYER_TARGETS ${target})
endfunction()

# After every layer is declared: writes the table, adds the check and makes every layer wait for
# it. `source_root` is the src/ folder the FOLDERs are relative to.
function(jixiao_check_layers source_root)
  get_property(layers GLOBAL PROPERTY JIXIAO_LAYERS)
  get_property(targets GLOBAL PROPERTY JIXIAO_LAYER_TARGETS)
  set(table "${CMAKE_BINARY_DIR}/jixiao-layers.txt")
  list(JOIN layers "\n" table_text)
  file(CONFIGURE OUTPUT "${table}" CONTENT "${table_text}\n")
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS
       "${source_root}/*.cpp" "${source_root}/*.hpp" "${source_root}/*.h" "${source_root}/*.in")
  set(stamp "${CMAKE_BINARY_DIR}/jixiao-layers.checked")
  # Beside this file (a variable set when it was first included would live in that directory's
  # scope only).
  set(script "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/CheckLayers.cmake")
  add_custom_command(
    OUTPUT "${stamp}"
    COMMAND "${CMAKE_COMMAND}" "-DSOURCE_ROOT=${source_root}" "-DLAYERS_FILE=${table}"
            -P "${script}"
    COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
    DEPENDS ${sources} "${table}" "${script}"
    COMMENT "Checking that every include in src/ goes down the layers"
    VERBATIM)
  add_custom_target(jixiao_check_layers DEPENDS "${stamp}")
  foreach(target IN LISTS targets)
    add_dependencies(${target} jixiao_check_layers)
  endforeach()
endfunction()
