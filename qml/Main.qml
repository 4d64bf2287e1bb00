import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// The main window: steps down the side, the current step's page, Back/Next below.
ApplicationWindow {
    id: window

    width: Math.min(1280, Screen.desktopAvailableWidth)
    height: Math.min(760, Screen.desktopAvailableHeight)
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: qsTr("Self-study graduation application")
    color: Theme.background

    function showCurrentStep() {
        const step = WizardController.currentStep;
        pageLoader.setSource(Qt.resolvedUrl("pages/" + step.page + ".qml"), {
            "step": step
        });
    }

    Component.onCompleted: window.showCurrentStep()

    Connections {
        function onCurrentChanged() {
            window.showCurrentStep();
        }

        target: WizardController
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            Label {
                text: qsTr("Self-study graduation application")
                font.bold: true
                font.pointSize: Theme.basePointSize * Theme.headingScale
            }
            Label {
                text: qsTr("Chongqing higher-education self-study examinations")
                color: Theme.muted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                id: serverState

                text: ServerController.demoMode ? qsTr("Demo mode") : ServerController.statusText
                color: ServerController.status === ServerController.Failed ? Theme.danger : Theme.warning
                font.bold: ServerController.demoMode
                Accessible.name: ServerController.statusText
                ToolTip.visible: serverStateArea.containsMouse
                ToolTip.text: ServerController.statusText

                MouseArea {
                    id: serverStateArea

                    anchors.fill: parent
                    hoverEnabled: true
                }
            }
            Label {
                id: saveState

                text: {
                    switch (WizardController.saveState) {
                    case WizardController.Saving:
                        return qsTr("Saving…");
                    case WizardController.SaveFailed:
                        return qsTr("Not saved");
                    default:
                        return qsTr("Saved on this computer");
                    }
                }
                color: WizardController.saveState === WizardController.SaveFailed ? Theme.danger : Theme.muted
                Accessible.name: saveState.text
            }
            ComboBox {
                id: languageBox

                model: LanguageController.languages
                textRole: "name"
                valueRole: "code"
                implicitContentWidthPolicy: ComboBox.WidestText
                Accessible.name: qsTr("Language")
                Component.onCompleted: currentIndex = indexOfValue(LanguageController.language)
                onActivated: LanguageController.language = currentValue
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.sidebarWidth
            padding: 8

            background: Rectangle {
                color: Theme.surface
                border.color: Theme.border
            }

            StepIndicator {
                anchors.fill: parent
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            InfoBanner {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: WizardController.draftMessage.length > 0
                kind: InfoBanner.Kind.Warning
                text: WizardController.draftMessage
                dismissible: true
                onDismissed: WizardController.dismissDraftMessage()
            }
            InfoBanner {
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                visible: WizardController.saveState === WizardController.SaveFailed
                kind: InfoBanner.Kind.Error
                text: WizardController.saveError
            }
            Loader {
                id: pageLoader

                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
            }
            NavigationBar {
                Layout.fillWidth: true
            }
        }
    }
}
