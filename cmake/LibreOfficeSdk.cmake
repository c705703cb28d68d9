# Locates the LibreOffice SDK as Debian packages it (libreoffice-dev,
# libreoffice-dev-common) and defines:
#   LO_PROGRAM_DIR, LO_TYPES_RDB, LO_OFFAPI_RDB, LO_UNOPKG, LO_SOFFICE
#   UNOIDL_WRITE, CPPUMAKER
#   jixiao_uno_idl(<target> RDB <file> HEADERS <dir> IDL_DIR <dir> DEPENDS <files>)
#   LibreOffice::UNO   an interface target with headers, defines and libs

set(LO_INSTALL_DIR "/usr/lib/libreoffice" CACHE PATH "LibreOffice installation")
set(LO_PROGRAM_DIR "${LO_INSTALL_DIR}/program")
set(LO_SDK_DIR "${LO_INSTALL_DIR}/sdk")

find_file(LO_TYPES_RDB types.rdb PATHS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
find_file(LO_OFFAPI_RDB offapi.rdb PATHS "${LO_PROGRAM_DIR}/types" NO_DEFAULT_PATH REQUIRED)
find_program(UNOIDL_WRITE unoidl-write PATHS "${LO_SDK_DIR}/bin" NO_DEFAULT_PATH REQUIRED)
find_program(UNOIDL_READ unoidl-read PATHS "${LO_SDK_DIR}/bin" NO_DEFAULT_PATH REQUIRED)
find_program(CPPUMAKER cppumaker PATHS "${LO_SDK_DIR}/bin" NO_DEFAULT_PATH REQUIRED)
find_program(LO_UNOPKG unopkg PATHS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
find_program(LO_SOFFICE soffice PATHS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
find_path(LO_INCLUDE_DIR sal/config.h PATHS /usr/include/libreoffice "${LO_SDK_DIR}/include" REQUIRED)

# The URE libraries the component links: this machine's, or, cross-building, the target
# architecture's (LO_UNO_LIB_DIR, a sysroot's; scripts/build-arm64.sh). The tools above and the
# headers are the same for every architecture.
set(LO_UNO_LIB_DIR "" CACHE PATH "Folder of the target's libuno_*.so.3 when cross-building")
foreach(lib uno_cppu uno_cppuhelpergcc3 uno_sal uno_salhelpergcc3)
  if(LO_UNO_LIB_DIR)
    find_file(LO_LIB_${lib} lib${lib}.so.3 PATHS "${LO_UNO_LIB_DIR}" NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)
  else()
    find_library(LO_LIB_${lib} ${lib} PATHS "${LO_SDK_DIR}/lib" "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
  endif()
endforeach()

add_library(LibreOffice::UNO INTERFACE IMPORTED)
target_include_directories(LibreOffice::UNO SYSTEM INTERFACE "${LO_INCLUDE_DIR}")
target_compile_definitions(LibreOffice::UNO INTERFACE LINUX UNX CPPU_ENV=gcc3)
target_link_libraries(LibreOffice::UNO INTERFACE
  ${LO_LIB_uno_cppuhelpergcc3} ${LO_LIB_uno_cppu} ${LO_LIB_uno_salhelpergcc3} ${LO_LIB_uno_sal})

# IDL -> .rdb (unoidl-write against the office's own types) -> C++ headers
# (cppumaker, for the office types and ours), as custom target <target>.
# A stamp keeps cppumaker's thousands of headers out of the dependency graph;
# -Gc leaves unchanged headers untouched so a rebuild after an IDL edit stays
# small.
function(jixiao_uno_idl target)
  cmake_parse_arguments(ARG "" "RDB;HEADERS;IDL_DIR" "DEPENDS" ${ARGN})
  add_custom_command(
    OUTPUT "${ARG_RDB}"
    COMMAND "${UNOIDL_WRITE}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}" "${ARG_IDL_DIR}" "${ARG_RDB}"
    DEPENDS ${ARG_DEPENDS}
    COMMENT "unoidl-write ${ARG_RDB}"
    VERBATIM)
  add_custom_command(
    OUTPUT "${ARG_HEADERS}.stamp"
    COMMAND "${CPPUMAKER}" -Gc "-O${ARG_HEADERS}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}" "${ARG_RDB}"
    COMMAND "${CMAKE_COMMAND}" -E touch "${ARG_HEADERS}.stamp"
    DEPENDS "${ARG_RDB}"
    COMMENT "cppumaker into ${ARG_HEADERS}"
    VERBATIM)
  add_custom_target(${target} DEPENDS "${ARG_RDB}" "${ARG_HEADERS}.stamp")
endfunction()
