# The kiosk's Controls style (QML module ZkGradTouch): Fusion with every control a fingertip
# (Theme.minimumTouchTarget) tall. main() selects it in kiosk mode only; Fusion is its fallback
# for the controls it does not restyle (Label, ScrollView, Popup ...).
set(zkgrad_touchstyle_qml
    Button.qml CheckBox.qml CheckDelegate.qml ComboBox.qml DelayButton.qml Dialog.qml
    DialogButtonBox.qml ItemDelegate.qml Menu.qml MenuItem.qml RadioButton.qml RadioDelegate.qml
    RoundButton.qml Switch.qml SwitchDelegate.qml TabButton.qml TextArea.qml TextField.qml
    ToolButton.qml
)
set(touchstyle_sources)
foreach(f IN LISTS zkgrad_touchstyle_qml)
    set(abs ${PROJECT_SOURCE_DIR}/qml/style/${f})
    set_source_files_properties(${abs} PROPERTIES QT_RESOURCE_ALIAS ${f})
    list(APPEND touchstyle_sources ${abs})
endforeach()
qt_add_library(zkgradtouchstyle STATIC)
qt_add_qml_module(zkgradtouchstyle
    URI ZkGradTouch
    VERSION 1.0
    RESOURCE_PREFIX /qt/qml
    IMPORTS QtQuick.Controls.Fusion
    DEPENDENCIES QtQuick ZkGrad
    QML_FILES ${touchstyle_sources}
)
target_link_libraries(zkgradtouchstyle PUBLIC Qt6::Quick Qt6::QuickControls2)
