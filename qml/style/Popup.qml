import QtQuick
import QtQuick.Templates as T
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A popup with the page dimmed behind it while it is modal, like every dialog.
Fusion.Popup {
    T.Overlay.modal: Rectangle {
        color: Theme.scrim
    }
}
