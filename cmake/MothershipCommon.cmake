# Settings shared by every target: warnings and strict Qt defines (after ownCloud's
# OCApplyCommonSettings), and the one function that adds a Qt Test suite to ctest.

function(mothership_apply_common_settings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align
    -Wimplicit-fallthrough -Wno-missing-field-initializers)
  if(MOTHERSHIP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
  get_target_property(_type ${target} TYPE)
  # Product code may not build a QString from a bare char*: every user-visible string goes
  # through tr(), everything else through QStringLiteral / u""_s. Tests compare against
  # literals all day and are exempt.
  get_target_property(_is_test ${target} MOTHERSHIP_IS_TEST)
  if(NOT _is_test)
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII)
  endif()
endfunction()

define_property(TARGET PROPERTY MOTHERSHIP_IS_TEST
  BRIEF_DOCS "Target is a test or benchmark" FULL_DOCS "Relaxes QT_NO_CAST_FROM_ASCII.")

# mothership_add_test(<name> SOURCES ... [LIBRARIES ...] [GUI] [KEYRING] [TIMEOUT s] [LABELS ...])
# One Qt Test executable per class under test. Runs offscreen, in the C locale, with asserts
# forced on. KEYRING runs it inside a private D-Bus session with an unlocked gnome-keyring.
function(mothership_add_test name)
  cmake_parse_arguments(ARG "GUI;KEYRING" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES MOTHERSHIP_IS_TEST TRUE)
  target_link_libraries(${name} PRIVATE Qt6::Test MothershipTestSupport ${ARG_LIBRARIES})
  mothership_apply_common_settings(${name})
  if(ARG_KEYRING)
    add_test(NAME ${name}
             COMMAND ${PROJECT_SOURCE_DIR}/tests/scripts/with-keyring $<TARGET_FILE:${name}>)
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${ARG_TIMEOUT}
    LABELS "${ARG_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_FORCE_ASSERTS=1;MOTHERSHIP_BINARY_DIR=${PROJECT_BINARY_DIR}")
endfunction()

# `cmake --build <dir> --target format` applies .clang-format to the project's C++ sources
# (KeePassXC's cmake/CLangFormat.cmake); `format-check` fails when a file would change.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXECUTABLE)
  file(GLOB_RECURSE _mothership_format_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/engine/*.cpp ${PROJECT_SOURCE_DIR}/engine/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
  add_custom_target(format
    COMMAND ${CLANG_FORMAT_EXECUTABLE} -i --style=file ${_mothership_format_sources}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format" VERBATIM)
  add_custom_target(format-check
    COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run --Werror --style=file ${_mothership_format_sources}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format --dry-run" VERBATIM)
endif()
