# Tests of check and submit (issue 8).
zkgrad_add_qtest(tst_checksubmitcontroller SOURCES tst_checksubmitcontroller.cpp LIBS zkgradapp)
zkgrad_add_qtest(tst_receiptwriter SOURCES tst_receiptwriter.cpp LIBS zkgradapp)
