# Tests of the photo steps (photo slot, ID photos, materials, prior degree).
zkgrad_add_qtest(tst_photoslot SOURCES tst_photoslot.cpp LIBS zkgradapp)
zkgrad_add_qtest(tst_idphotos_controllers SOURCES tst_idphotos_controllers.cpp LIBS zkgradapp)

# The same controllers against a live sandbox (label e2e, like tests/e2e).
if(TARGET zkgrad-sandbox)
    zkgrad_add_qtest(tst_idphotos_e2e SOURCES tst_idphotos_e2e.cpp LIBS zkgradapp
        LABELS e2e TIMEOUT 180)
    target_compile_definitions(tst_idphotos_e2e PRIVATE
        ZKGRAD_SANDBOX_EXE="$<TARGET_FILE:zkgrad-sandbox>")
    add_dependencies(tst_idphotos_e2e zkgrad-sandbox)
endif()
