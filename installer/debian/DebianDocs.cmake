# cmake -DMODE=changelog|gzip ... -P DebianDocs.cmake
# Debian's documentation files, made at build time (Linux packages only):
#   changelog  METAINFO=<metainfo.xml> OUT=<changelog.gz> VERSION=<x.y.z> MAINTAINER=<name <mail>>
#              The release notes have one source, the AppStream metainfo's <releases> (what
#              software centres show); this writes them as a Debian changelog, newest first.
#              Fails when the newest release is not VERSION, so a version bump without notes
#              cannot build.
#   gzip       IN=<file> OUT=<file.gz>: gzip -9n (no name or time stamp: reproducible, and
#              lintian's package-contains-timestamped-gzip).
cmake_minimum_required(VERSION 3.22)

function(zkgrad_gzip in out)
    execute_process(COMMAND gzip -9nc "${in}" OUTPUT_FILE "${out}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip ${in}: ${rc}")
    endif()
endfunction()

# Appends the words of text to the list of changelog lines, wrapped before 80 columns,
# the first line after "  * ", the rest indented under it.
function(zkgrad_wrap text out_var)
    set(lines ${${out_var}})
    string(REGEX REPLACE "[ \t\r\n]+" " " text "${text}")
    string(STRIP "${text}" text)
    string(REPLACE " " ";" words "${text}")
    set(line "  *")
    foreach(word IN LISTS words)
        string(LENGTH "${line} ${word}" len)
        if(len GREATER 78 AND NOT line STREQUAL "  *" AND NOT line STREQUAL "   ")
            list(APPEND lines "${line}")
            set(line "   ")
        endif()
        string(APPEND line " ${word}")
    endforeach()
    list(APPEND lines "${line}")
    set(${out_var} "${lines}" PARENT_SCOPE)
endfunction()

function(zkgrad_unescape var)
    set(t "${${var}}")
    string(REPLACE "&lt;" "<" t "${t}")
    string(REPLACE "&gt;" ">" t "${t}")
    string(REPLACE "&quot;" "\"" t "${t}")
    string(REPLACE "&apos;" "'" t "${t}")
    string(REPLACE "&amp;" "&" t "${t}")
    set(${var} "${t}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "gzip")
    zkgrad_gzip("${IN}" "${OUT}")
    return()
endif()

if(NOT MODE STREQUAL "changelog")
    message(FATAL_ERROR "MODE must be changelog or gzip")
endif()

file(READ "${METAINFO}" xml)
string(FIND "${xml}" "<releases>" start)
string(FIND "${xml}" "</releases>" end)
if(start LESS 0 OR end LESS start)
    message(FATAL_ERROR "${METAINFO}: no <releases>")
endif()
math(EXPR len "${end} - ${start}")
string(SUBSTRING "${xml}" ${start} ${len} releases)
# One list element per release. CMake lists split at ';', so a ';' in the notes travels as
# the ASCII unit separator and is restored in the finished text.
string(ASCII 31 semicolon)
string(REPLACE ";" "${semicolon}" releases "${releases}")
string(REPLACE "<release " ";<release " releases "${releases}")
list(REMOVE_AT releases 0)

set(text "")
set(first TRUE)
foreach(release IN LISTS releases)
    if(NOT release MATCHES "<release [^>]*version=\"([^\"]+)\"")
        message(FATAL_ERROR "${METAINFO}: a release without a version")
    endif()
    set(version "${CMAKE_MATCH_1}")
    if(NOT release MATCHES "<release [^>]*date=\"([0-9-]+)\"")
        message(FATAL_ERROR "${METAINFO}: release ${version} has no date")
    endif()
    set(date "${CMAKE_MATCH_1}")
    if(first AND NOT version STREQUAL VERSION)
        message(FATAL_ERROR "${METAINFO}: the newest release is ${version}, the project is "
            "${VERSION}: add the release notes for ${VERSION} there")
    endif()
    set(first FALSE)
    # RFC 5322 date at noon UTC (the metainfo gives the day only).
    execute_process(COMMAND date -u -R -d "${date} 12:00:00 UTC"
        OUTPUT_VARIABLE stamp OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "date -R -d ${date}: ${rc}")
    endif()
    # Untranslated paragraphs and list items, in order, as changelog items.
    set(lines "")
    string(REGEX MATCHALL "<(p|li)>[^<]*</(p|li)>" items "${release}")
    if(NOT items)
        message(FATAL_ERROR "${METAINFO}: release ${version} has no untranslated notes")
    endif()
    foreach(item IN LISTS items)
        string(REGEX REPLACE "^<(p|li)>|</(p|li)>$" "" item "${item}")
        zkgrad_unescape(item)
        zkgrad_wrap("${item}" lines)
    endforeach()
    string(REPLACE ";" "\n" body "${lines}")
    string(APPEND text "zkgrad (${version}) unstable; urgency=medium\n\n${body}\n\n"
        " -- ${MAINTAINER}  ${stamp}\n\n")
endforeach()
string(STRIP "${text}" text)
string(REPLACE "${semicolon}" ";" text "${text}")
file(WRITE "${OUT}.txt" "${text}\n")
zkgrad_gzip("${OUT}.txt" "${OUT}")
