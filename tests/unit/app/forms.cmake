# Tests of the text steps (resume, self-assessment).
zkgrad_add_qtest(tst_resumecontroller SOURCES tst_resumecontroller.cpp LIBS zkgradapp)
zkgrad_add_qtest(tst_selfassessmentcontroller SOURCES tst_selfassessmentcontroller.cpp LIBS zkgradapp)

# The same controllers against a live sandbox: section writes on leave(), the batch's
# limits, adopting the server's copy, and the server's refusals at their fields.
if(TARGET zkgrad-sandbox)
    find_package(Qt6 REQUIRED COMPONENTS Network Sql)
    zkgrad_add_qtest(tst_e2e_forms
        SOURCES tst_e2e_forms.cpp
            ${PROJECT_SOURCE_DIR}/tests/api/sandboxprocess.h
            ${PROJECT_SOURCE_DIR}/tests/api/sandboxprocess.cpp
        LIBS zkgradapp Qt6::Network Qt6::Sql zkgrad_turbojpeg
        LABELS e2e
        TIMEOUT 180)
    target_include_directories(tst_e2e_forms PRIVATE ${PROJECT_SOURCE_DIR}/tests/api)
    target_compile_definitions(tst_e2e_forms PRIVATE
        ZKGRAD_SANDBOX_BIN="$<TARGET_FILE:zkgrad-sandbox>")
    add_dependencies(tst_e2e_forms zkgrad-sandbox)
endif()
