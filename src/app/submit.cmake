# Check and submit (issue 8). Paths relative to src/app (C++) and to qml/ (QML).
set(zkgrad_app_submit_sources
    checksubmitcontroller.h checksubmitcontroller.cpp
    receiptwriter.h receiptwriter.cpp
)
set(zkgrad_app_submit_qml
    components/SubmitRejectionBanner.qml
    components/SubmitGroupCard.qml
)
