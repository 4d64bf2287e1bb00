# Fails when the app or the network layer spells an application state, a section or an
# attachment slot of docs/api.md as a string literal. Those names belong to core/Workflow
# (Workflow::stateName, sectionName, slotName, ApplicationRecord); a second spelling is how
# the copies drifted apart before. A line may opt out with a "vocabulary:" comment that says
# why the word is something else there (a step key, a draft key, an outbox state).
file(GLOB_RECURSE files ${ROOT}/src/app/*.cpp ${ROOT}/src/app/*.h ${ROOT}/src/net/*.cpp
     ${ROOT}/src/net/*.h)
set(words draft submitted rejected resubmitted school-approved paid city-review approved failed
    id-card prior-degree self-assessment other-materials note id-front id-back signature
    registration-record identity-change school-review payment not-started in-progress passed
    pending refunded)
string(REPLACE ";" "|" alternatives "${words}")
set(bad)
foreach(f IN LISTS files)
    # Read line by line without CMake's list splitting at semicolons.
    file(READ ${f} content)
    string(REPLACE ";" "<semicolon>" content "${content}")
    string(REPLACE "\n" ";" lines "${content}")
    foreach(line IN LISTS lines)
        # Comments, translatable English text and marked lines are not names.
        string(REGEX REPLACE "//.*$" "" code "${line}")
        if(NOT code MATCHES "\"(${alternatives})\"")
            continue()
        endif()
        if(line MATCHES "QT_TRANSLATE_NOOP|tr\\(\"|vocabulary:|^[ \t]*(\\*|/\\*)")
            continue()
        endif()
        file(RELATIVE_PATH rel ${ROOT} ${f})
        string(STRIP "${line}" line)
        string(REPLACE "<semicolon>" "" line "${line}")
        list(APPEND bad "${rel}: ${line}")
    endforeach()
endforeach()
if(bad)
    string(REPLACE ";" "\n  " list "${bad}")
    message(FATAL_ERROR "API names spelt as literals (use core/Workflow or ApplicationRecord):\n  ${list}")
endif()
list(LENGTH files n)
message(STATUS "${n} files use the Workflow vocabulary")
