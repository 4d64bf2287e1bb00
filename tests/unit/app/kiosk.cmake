# Kiosk mode (issue #10): config, PIN, idle timer and wipe.
zkgrad_add_qtest(tst_kiosk SOURCES tst_kiosk.cpp LIBS zkgradapp)
