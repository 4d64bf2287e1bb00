import QtQuick
import QtQuick.Controls
import ZkGrad

// Dims the window behind a file dialog, as every other dialog of the app does: Qt Quick's own
// file dialog (used where the platform has none, and at kiosks) neither dims the page nor stops
// clicks reaching it, so a candidate could change the page under an open dialog.
Rectangle {
    id: scrim

    objectName: "fileDialogScrim"

    // The FileDialog (QtQuick.Dialogs) this dims behind.
    required property var dialog

    parent: Overlay.overlay
    anchors.fill: parent
    z: -1
    visible: scrim.dialog.visible
    color: Theme.scrim
    Accessible.ignored: true

    // Clicks and wheel turns on the dimmed page go nowhere while the dialog is open.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        hoverEnabled: true
        onWheel: wheel => wheel.accepted = true
    }
}
