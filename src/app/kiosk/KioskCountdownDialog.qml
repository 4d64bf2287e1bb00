import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// The idle warning of a kiosk: a large countdown and a large "Continue". When it runs out
// the kiosk clears everything (KioskController). Screen readers get the text as an alert.
Dialog {
    id: root

    objectName: "kioskCountdownDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 2 * Theme.padding : 560)
    modal: true
    // Esc means someone is there: the same as Continue.
    closePolicy: Popup.CloseOnEscape
    title: qsTr("Are you still there?")
    Component.onCompleted: {
        if (KioskController.warningVisible)
            root.open();
    }
    onOpened: continueButton.forceActiveFocus(Qt.TabFocusReason)
    onClosed: {
        if (KioskController.warningVisible)
            KioskController.continueSession();
    }

    Connections {
        function onWarningChanged() {
            if (KioskController.warningVisible)
                root.open();
            else
                root.close();
        }

        target: KioskController
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Accessible.role: Accessible.AlertMessage
        Accessible.name: KioskController.warningText

        Label {
            objectName: "kioskSecondsLeft"
            Layout.alignment: Qt.AlignHCenter
            text: KioskController.secondsLeft
            font.pointSize: Theme.basePointSize * 4
            font.bold: true
            color: Theme.warning
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%n second(s) left", "", KioskController.secondsLeft)
        }
        Label {
            Layout.fillWidth: true
            text: KioskController.warningText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            id: continueButton

            objectName: "kioskContinueButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget * 1.6)
            text: qsTr("Continue")
            font.pointSize: Theme.basePointSize * Theme.titleScale
            highlighted: true
            Accessible.name: qsTr("Continue: I am still here")
            onClicked: KioskController.continueSession()
        }
    }
}
