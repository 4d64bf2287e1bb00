import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// Back and Next at the bottom of every page. Next is always there to press: pressed on an
// incomplete step it stays put, the page lists what is missing, and the bar says why.
Pane {
    id: root

    // The page shows its own primary action; Next is then a secondary button.
    property bool pageHasPrimaryAction: false

    // Next had the keyboard focus when it went (Next into the certificate, the last step):
    // the focus stays in the bar, on Back, instead of falling to nowhere.
    property bool nextHadFocus: false

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
            // Only after a press: a reason waiting beside the button before anyone asked
            // reads as a scolding, and on a page with fields the summary says it better.
            // Waiting for the authority is no fault: said at once, in plain colour.
            visible: (WizardController.nextRefused || WizardController.nextWaits) && text.length > 0
            color: WizardController.nextWaits ? Theme.muted : Theme.danger
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignRight
            Accessible.role: WizardController.nextWaits ? Accessible.StaticText : Accessible.AlertMessage
            Accessible.name: WizardController.nextWaits ? text : qsTr("Cannot go on yet: %1").arg(text)
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
            // Nothing comes after collecting the certificate: a Next there would lead nowhere.
            visible: WizardController.currentStep.id !== Step.Certificate
            text: qsTr("Next")
            // One primary action per page: where the page shows its own, Next is secondary;
            // where nothing is open after this step, it is no call to action either.
            highlighted: !root.pageHasPrimaryAction && !WizardController.nextWaits
            Accessible.name: qsTr("Next step")
            Accessible.description: WizardController.nextRefused ? WizardController.nextBlockedReason : ""
            onClicked: WizardController.next()
            onActiveFocusChanged: {
                if (nextButton.activeFocus)
                    root.nextHadFocus = true;
                else if (nextButton.visible)
                    root.nextHadFocus = false;
            }
            onVisibleChanged: {
                if (!nextButton.visible && root.nextHadFocus)
                    focusBack.start();
            }
        }
    }

    Timer {
        id: focusBack

        interval: 0
        onTriggered: {
            root.nextHadFocus = false;
            backButton.forceActiveFocus(Qt.TabFocusReason);
        }
    }
}
