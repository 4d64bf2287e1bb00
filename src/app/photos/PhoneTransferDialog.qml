import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// The QR code of a phone transfer for one slot, its progress and its outcome. Opening the
// dialog starts a new one-shot transfer; closing it stops whatever is still open.
Dialog {
    id: root

    property PhotoSlot photoSlot
    property string slotTitle
    readonly property bool mine: PhoneTransfer.photoSlot === root.photoSlot && root.photoSlot !== null
    readonly property int state: root.mine ? PhoneTransfer.state : PhoneTransfer.Idle

    objectName: "phoneTransferDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 2 * Theme.padding : 560)
    modal: true
    closePolicy: Popup.CloseOnEscape
    title: qsTr("Send the photo for \"%1\" from your phone").arg(root.slotTitle)
    onOpened: {
        PhoneTransfer.start(root.photoSlot);
        closeButton.forceActiveFocus(Qt.TabFocusReason);
    }
    onClosed: {
        if (root.mine)
            PhoneTransfer.stop();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        QrCodeImage {
            id: qrCode

            objectName: "phoneTransferQrCode"
            visible: root.state === PhoneTransfer.Waiting
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.max(220, Theme.basePointSize * 24)
            Layout.preferredHeight: qrCode.Layout.preferredWidth
            text: root.mine ? PhoneTransfer.url : ""
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code for sending the photo from a phone")
        }
        Label {
            objectName: "phoneTransferStatus"
            Layout.fillWidth: true
            text: root.mine ? PhoneTransfer.statusText : ""
            color: root.state === PhoneTransfer.Received ? Theme.success : root.state === PhoneTransfer.Expired || root.state === PhoneTransfer.Refused || root.state === PhoneTransfer.Failed ? Theme.danger : Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ProgressBar {
            objectName: "phoneTransferProgress"
            Layout.fillWidth: true
            visible: root.state === PhoneTransfer.Receiving
            from: 0
            to: 1
            value: PhoneTransfer.progress
            Accessible.name: qsTr("Progress of the photo coming from the phone")
        }
        Label {
            Layout.fillWidth: true
            visible: root.state === PhoneTransfer.Waiting
            text: qsTr("The photo is encrypted on the phone with a key that only the QR code holds; other devices on the network see neither the key nor the photo.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing

            Button {
                objectName: "phoneTransferRetry"
                visible: root.state === PhoneTransfer.Expired || root.state === PhoneTransfer.Refused || (root.state === PhoneTransfer.Failed && PhoneTransfer.available)
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                text: qsTr("New QR code")
                Accessible.name: qsTr("Make a new QR code for %1").arg(root.slotTitle)
                onClicked: PhoneTransfer.start(root.photoSlot)
            }
            Button {
                id: closeButton

                objectName: "phoneTransferClose"
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                text: root.state === PhoneTransfer.Received ? qsTr("Done") : qsTr("Cancel")
                highlighted: root.state === PhoneTransfer.Received
                Accessible.name: root.state === PhoneTransfer.Received ? qsTr("Close and check the photo") : qsTr("Stop waiting for the phone and close")
                onClicked: root.close()
            }
        }
    }
}
