# Shared build helpers: warnings, translations, tests and fuzzers.

find_program(ZKGRAD_LUPDATE NAMES lupdate lupdate-qt6
    HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBEXECS}
          /usr/lib/qt6/bin)

# Debian's hardening build flags (what dpkg-buildflags gives a package) on ELF systems, so the
# .deb passes lintian's hardening checks: full RELRO, immediate binding and PIE executables in
# every build (link options: Qt already compiles everything -fPIC, so a Debug build's objects
# and its ccache entries stay as they were), and in optimised builds the stack protector and
# fortified libc calls (_FORTIFY_SOURCE needs optimisation). MSVC and Apple's toolchain harden
# by default (/GS, ASLR; stack protector, PIE).
function(zkgrad_hardening)
    if(NOT UNIX OR APPLE)
        return()
    endif()
    add_link_options(LINKER:-z,relro LINKER:-z,now
        "$<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:-pie>")
    set(optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
    add_compile_options("$<${optimised}:-fstack-protector-strong>"
        # Ubuntu's compiler defines _FORTIFY_SOURCE=3 itself: undefine it first, so the
        # definition below is not a redefinition warning.
        "$<${optimised}:-U_FORTIFY_SOURCE>" "$<${optimised}:-D_FORTIFY_SOURCE=2>")
endfunction()

# Warnings we want everywhere; -Werror only where the developer asks for it.
function(zkgrad_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    endif()
    if(ZKGRAD_WERROR)
        # Deprecations included: a newer Qt's deprecation fails this build.
        target_compile_options(${target} PRIVATE $<IF:$<CXX_COMPILER_ID:MSVC>,/WX,-Werror>)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS)
endfunction()

# One Simplified Chinese .ts per module, compiled into that module's library
# under :/i18n/ (installTranslations() in core loads every one). A test checks
# that lupdate finds no unfinished entry, so a new tr() string without a
# translation fails the suite.
#   zkgrad_translations(<target> <name> DIRS <source dirs relative to the project>)
function(zkgrad_translations target name)
    cmake_parse_arguments(ARG "" "" "DIRS" ${ARGN})
    set(ts ${PROJECT_SOURCE_DIR}/i18n/zkgrad_${name}_zh_CN.ts)
    qt_add_translations(${target}
        TS_FILES ${ts}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
    zkgrad_translations_check(${name} DIRS ${ARG_DIRS})
endfunction()

# The "no unfinished entry" test alone, for a module whose .ts is compiled another way (the
# style's, which shares its lrelease step with the hand-written Qt dialog words).
#   zkgrad_translations_check(<name> DIRS <source dirs relative to the project>)
function(zkgrad_translations_check name)
    cmake_parse_arguments(ARG "" "" "DIRS" ${ARGN})
    set(ts ${PROJECT_SOURCE_DIR}/i18n/zkgrad_${name}_zh_CN.ts)
    if(ZKGRAD_BUILD_TESTS AND ZKGRAD_LUPDATE)
        set(dirs)
        foreach(d IN LISTS ARG_DIRS)
            list(APPEND dirs ${PROJECT_SOURCE_DIR}/${d})
        endforeach()
        string(REPLACE ";" "|" dirs_arg "${dirs}")
        add_test(NAME i18n_${name}_complete
            COMMAND ${CMAKE_COMMAND}
                -DLUPDATE=${ZKGRAD_LUPDATE} -DTS=${ts} "-DDIRS=${dirs_arg}"
                -DWORK=${CMAKE_CURRENT_BINARY_DIR}/i18n-check-${name}
                -P ${PROJECT_SOURCE_DIR}/cmake/CheckTranslations.cmake)
        set_tests_properties(i18n_${name}_complete PROPERTIES LABELS "lint;i18n")
    endif()
endfunction()

# A Qt Test executable registered with CTest, headless.
#   zkgrad_add_qtest(<name> SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s])
function(zkgrad_add_qtest name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    # Header-only helpers every test may use (test images, raw HTTP, a step context).
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    zkgrad_warnings(${name})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;ZKGRAD_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()

# A fuzz target. With ZKGRAD_FUZZ (clang) it is a libFuzzer binary for
# scripts/fuzz.sh; otherwise it links a small driver that replays the seed
# corpus plus deterministic mutations, registered as a quick ctest.
#   zkgrad_add_fuzzer(<name> SOURCES ... LIBS ... [CORPUS dir])
function(zkgrad_add_fuzzer name)
    cmake_parse_arguments(ARG "" "CORPUS" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS})
    if(ZKGRAD_FUZZ)
        target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
        # scripts/fuzz.sh reads this list: name, binary, seed corpus.
        file(APPEND ${CMAKE_BINARY_DIR}/fuzzers.txt
            "${name}\t${CMAKE_CURRENT_BINARY_DIR}/${name}\t${ARG_CORPUS}\n")
    else()
        target_sources(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/fuzz/standalone_driver.cpp)
        if(ZKGRAD_BUILD_TESTS)
            set(corpus)
            if(ARG_CORPUS)
                set(corpus ${ARG_CORPUS})
            endif()
            add_test(NAME ${name}_smoke COMMAND ${name} ${corpus})
            set_tests_properties(${name}_smoke PROPERTIES LABELS "fuzz" TIMEOUT 300
                ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
        endif()
    endif()
endfunction()
