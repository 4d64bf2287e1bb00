# The photo steps: the reusable photo slot, ID photos, note and other materials,
# prior degree. Paths relative to src/app (C++) and to qml/ (QML).
set(zkgrad_app_photos_sources
    photoslot.h photoslot.cpp
    idphotoscontroller.h idphotoscontroller.cpp
    materialscontroller.h materialscontroller.cpp
    priordegreecontroller.h priordegreecontroller.cpp
)
set(zkgrad_app_photos_qml
    components/PhotoSlotView.qml
)
