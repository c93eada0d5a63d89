# Common settings for every Schemata target: warnings are errors, sanitizers on
# request, and the layering rule that libraries below app/ never touch Qt Gui.

include(CheckCXXCompilerFlag)
# Compressed debug sections: the tests link the libraries statically, so uncompressed
# debug info made a CI build directory 9 GB and filled the CI disk. zlib, because every
# reader (gdb, addr2line, the sanitizers' libbacktrace) understands it.
check_cxx_compiler_flag(-gz=zlib SCHEMATA_HAVE_GZ)

set(SCHEMATA_WARNINGS -Wall -Wextra -Wpedantic -Werror -Wshadow -Wnon-virtual-dtor
    -Woverloaded-virtual -Wcast-align -Wnull-dereference -Wimplicit-fallthrough)

function(schemata_apply_defaults target)
  target_compile_options(${target} PRIVATE ${SCHEMATA_WARNINGS})
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS)
  if(SCHEMATA_HAVE_GZ)
    target_compile_options(${target} PRIVATE -gz=zlib)
    target_link_options(${target} PRIVATE -gz=zlib)
  endif()
  if(SCHEMATA_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
      -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# schemata_library(NAME <short> SOURCES ... DEPENDS ... [GUI])
# Creates static library schemata_<short>. Without GUI, linking Qt6::Gui or
# Qt6::Widgets (directly or through DEPENDS) fails the configure step.
function(schemata_library)
  cmake_parse_arguments(ARG "GUI" "NAME" "SOURCES;DEPENDS" ${ARGN})
  set(target schemata_${ARG_NAME})
  add_library(${target} STATIC ${ARG_SOURCES})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${target} PUBLIC ${ARG_DEPENDS})
  schemata_apply_defaults(${target})
  set_property(TARGET ${target} PROPERTY SCHEMATA_GUI ${ARG_GUI})
  if(NOT ARG_GUI)
    foreach(dep IN LISTS ARG_DEPENDS)
      if(dep MATCHES "Qt6::(Gui|Widgets|Svg|OpenGL)")
        message(FATAL_ERROR "${target} is below app/ and must not link ${dep} (see DESIGN.md §2)")
      endif()
      if(TARGET ${dep})
        get_property(dep_gui TARGET ${dep} PROPERTY SCHEMATA_GUI)
        if(dep_gui)
          message(FATAL_ERROR "${target} is GUI-free and must not depend on GUI library ${dep}")
        endif()
      endif()
    endforeach()
  endif()
endfunction()

# schemata_test(NAME <name> SOURCES ... DEPENDS ... [LABELS ...])
function(schemata_test)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;DEPENDS;LABELS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_DEPENDS})
  schemata_apply_defaults(${ARG_NAME})
  target_compile_definitions(${ARG_NAME} PRIVATE
    SCHEMATA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SCHEMATA_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
  add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
  set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
    LABELS "${ARG_LABELS}")
endfunction()
