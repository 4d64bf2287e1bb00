import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// The window's header: a white band with a line under it (Fusion's is a grey gradient), a
// fingertip tall at least.
Fusion.ToolBar {
    id: control

    implicitHeight: Math.max(Theme.minimumTouchTarget + 2 * Theme.spaceXs,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)

    background: Rectangle {
        implicitHeight: Theme.minimumTouchTarget + 2 * Theme.spaceXs
        color: Theme.surface

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.border
        }
    }
}
