import QtQuick
import QtQuick.Controls
import ZkGrad

// Dims the window behind a file dialog, as every other dialog of the app does: Qt Quick's own
// file dialog (used where the platform has none, and at kiosks) neither dims the page nor stops
// clicks reaching it, so a candidate could change the page under an open dialog. At kiosks it
// also makes the dialog's controls fingertip-sized (TouchSizer): from Qt 6.8 the dialog is built
// from Fusion's controls, not the app's style, and its buttons would be 40 px tall.
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

    onVisibleChanged: {
        if (scrim.visible && Theme.kiosk)
            TouchSizer.fitDialog(scrim.dialog, Theme.minimumTouchTarget);
    }

    // Clicks and wheel turns on the dimmed page go nowhere while the dialog is open.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        hoverEnabled: true
        onWheel: wheel => wheel.accepted = true
    }
}
