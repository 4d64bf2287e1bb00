import QtQuick
import QtQuick.Controls
import ZkGrad

// "用手机传照片" on a photo slot: opens the QR code dialog, or says why it cannot (no LAN
// address) instead of showing a QR code no phone could reach. Hidden when the kiosk's
// configuration switched the feature off.
Column {
    id: root

    property PhotoSlot photoSlot
    property string title: root.photoSlot ? root.photoSlot.title : ""
    // For tests: the dialog is a popup, outside the item tree.
    readonly property alias dialog: dialog

    objectName: "phoneTransfer"
    visible: PhoneTransfer.enabled
    spacing: 4
    Component.onCompleted: PhoneTransfer.refresh()

    Button {
        objectName: "phoneTransferButton"
        text: qsTr("Send from phone")
        enabled: root.enabled && PhoneTransfer.available
        Accessible.name: qsTr("Send from phone: take or choose the photo for %1 on your phone and send it here").arg(root.title)
        onClicked: {
            PhoneTransfer.refresh();
            dialog.open();
        }
    }
    Label {
        objectName: "phoneTransferUnavailable"
        width: Math.min(implicitWidth, 420)
        visible: !PhoneTransfer.available
        text: PhoneTransfer.unavailableReason
        color: Theme.muted
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    PhoneTransferDialog {
        id: dialog

        photoSlot: root.photoSlot
        slotTitle: root.title
    }
}
