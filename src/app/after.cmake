# After submission (issue 8): progress, payment, certificate. Paths relative to
# src/app (C++) and to qml/ (QML).
set(zkgrad_app_after_sources
    progresscontroller.h progresscontroller.cpp
    paymentcontroller.h paymentcontroller.cpp
    certificatecontroller.h certificatecontroller.cpp
    qrcodeimage.h qrcodeimage.cpp
)
set(zkgrad_app_after_qml)
# The payment QR code is made by libqrencode (never a hand-written encoder).
find_package(PkgConfig REQUIRED)
# GLOBAL: executables in other folders link zkgradapp, and with it this target.
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET GLOBAL libqrencode)
set(zkgrad_app_after_libs PkgConfig::QRENCODE)
