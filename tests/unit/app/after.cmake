# Tests of progress, payment and certificate (issue 8).
zkgrad_add_qtest(tst_progresscontroller SOURCES tst_progresscontroller.cpp LIBS zkgradapp)
zkgrad_add_qtest(tst_paymentcontroller SOURCES tst_paymentcontroller.cpp LIBS zkgradapp)
zkgrad_add_qtest(tst_certificatecontroller SOURCES tst_certificatecontroller.cpp LIBS zkgradapp)
zkgrad_add_qtest(tst_qrcodeimage SOURCES tst_qrcodeimage.cpp LIBS zkgradapp)
