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

    // Qt 6.4's file dialog (its unstyled variant, since our style has none of its own) tints the
    // current file row pale and writes on it in the palette's text-on-highlight colour, which is
    // white here: unreadable. The dialog's rows get the page's dark text instead. The dialog's
    // popup is made on first opening, so this looks once it is there.
    onVisibleChanged: {
        if (scrim.visible)
            afterOpening.restart();
    }

    Timer {
        id: afterOpening

        interval: 0
        onTriggered: scrim.readableRows()
    }

    function readableRows() {
        const items = scrim.parent ? scrim.parent.children : [];
        for (let i = 0; i < items.length; ++i) {
            const item = items[i];
            if (item !== scrim && item.visible && item.palette !== undefined && scrim.hasFileList(item))
                item.palette.highlightedText = Theme.text;
        }
    }

    function hasFileList(item) {
        if (item.objectName === "fileDialogListView")
            return true;
        for (let i = 0; i < item.children.length; ++i) {
            if (scrim.hasFileList(item.children[i]))
                return true;
        }
        return false;
    }

    // Clicks and wheel turns on the dimmed page go nowhere while the dialog is open.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        hoverEnabled: true
        onWheel: wheel => wheel.accepted = true
    }
}
