# The text steps: resume and self-assessment. Paths relative to src/app (C++)
# and to qml/ (QML).
set(zkgrad_app_forms_sources
    resumeentrymodel.h resumeentrymodel.cpp
    resumecontroller.h resumecontroller.cpp
    selfassessmentcontroller.h selfassessmentcontroller.cpp
)
set(zkgrad_app_forms_qml
    components/ResumeMonthPicker.qml
    components/ResumeEntryCard.qml
)
