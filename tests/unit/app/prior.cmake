# Tests of the prior-degree step (前置学历).
zkgrad_add_qtest(tst_priordegreecontroller SOURCES tst_priordegreecontroller.cpp LIBS zkgradapp)

# The same controller against a live sandbox (label e2e, like tests/e2e).
if(TARGET zkgrad-sandbox)
    zkgrad_add_qtest(tst_e2e_priordegree SOURCES tst_e2e_priordegree.cpp LIBS zkgradapp
        LABELS e2e TIMEOUT 180)
    target_compile_definitions(tst_e2e_priordegree PRIVATE
        ZKGRAD_SANDBOX_EXE="$<TARGET_FILE:zkgrad-sandbox>")
    add_dependencies(tst_e2e_priordegree zkgrad-sandbox)
endif()
