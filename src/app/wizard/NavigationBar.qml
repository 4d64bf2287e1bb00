import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// Back and Next at the bottom of every page, with the reason when Next is disabled.
Pane {
    id: root

    // Kiosk: "finish and clear" once there is nothing left to enter (after submitting).
    signal finishAndClearRequested

    padding: Theme.spacing

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Button {
            id: backButton

            objectName: "backButton"
            text: qsTr("Back")
            Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
            enabled: WizardController.canGoBack
            Accessible.name: qsTr("Back to the previous step")
            onClicked: WizardController.back()
        }
        Label {
            id: reason

            objectName: "nextBlockedReason"
            Layout.fillWidth: true
            text: WizardController.nextBlockedReason
            visible: text.length > 0
            color: Theme.warning
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignRight
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Next is disabled: %1").arg(text)
        }
        Item {
            Layout.fillWidth: true
            visible: !reason.visible
        }
        Button {
            objectName: "finishAndClearButton"
            Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
            visible: KioskController.enabled && WizardController.stage !== WizardController.NotSubmitted && WizardController.currentStep.id >= Step.CheckSubmit
            text: qsTr("Finish and clear")
            Accessible.name: qsTr("Finish, sign out and clear everything on this computer")
            onClicked: root.finishAndClearRequested()
        }
        Button {
            id: nextButton

            Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
            objectName: "nextButton"
            text: qsTr("Next")
            highlighted: true
            enabled: WizardController.canGoNext
            Accessible.name: qsTr("Next step")
            onClicked: WizardController.next()
        }
    }
}
