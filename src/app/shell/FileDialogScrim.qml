import QtQuick
import QtQuick.Controls
import ZkGrad

// Dims the window behind a file dialog, as every other dialog of the app does: Qt Quick's own
// file dialog (used where the platform has none, and at kiosks) neither dims the page nor stops
// clicks reaching it, so a candidate could change the page under an open dialog. It also fits
// that dialog to the app once it opens (DialogFitter): its current file row readable (Qt 6.4
// writes it white on a pale tint), and at kiosks its controls fingertip-sized (from Qt 6.8 it is
// built from Fusion's 40 px controls).
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

    // The dialog Qt shows is made on first opening, after this changes: the fitter looks once
    // it is there.
    onVisibleChanged: {
        if (scrim.visible)
            afterOpening.restart();
    }

    Timer {
        id: afterOpening

        interval: 0
        onTriggered: DialogFitter.fit(scrim.dialog, Theme.text, Theme.kiosk ? Theme.minimumTouchTarget : 0)
    }

    // Clicks and wheel turns on the dimmed page go nowhere while the dialog is open.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        hoverEnabled: true
        onWheel: wheel => wheel.accepted = true
    }
}
