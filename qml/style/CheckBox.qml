import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A check box with a box large enough to see and hit (Fusion's is 14 px with a faint edge),
// whose whole row, box and text, is at least a fingertip tall, with the focus ring around it.
Fusion.CheckBox {
    id: control

    // Qt 6.4 exposes hidden items to screen readers; a hidden control is not there for anyone.
    Accessible.ignored: !visible

    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)

    indicator: Rectangle {
        readonly property bool on: control.checkState !== Qt.Unchecked

        x: control.text ? (control.mirrored ? control.width - width - control.rightPadding : control.leftPadding)
                        : control.leftPadding + (control.availableWidth - width) / 2
        y: control.topPadding + (control.availableHeight - height) / 2
        implicitWidth: Theme.kiosk ? 28 : 22
        implicitHeight: implicitWidth
        radius: 3
        color: !control.enabled ? Theme.disabledFill : on ? Theme.accent : Theme.surface
        border.width: 2
        border.color: !control.enabled ? Theme.disabledText : on ? Theme.accent : Theme.text

        Text {
            anchors.centerIn: parent
            visible: parent.on
            text: control.checkState === Qt.PartiallyChecked ? "–" : "✓"
            color: Theme.textOnAccent
            font.bold: true
            font.pixelSize: parent.height * 0.75
            Accessible.ignored: true
        }
    }

    background: Item {
        implicitWidth: Theme.minimumTouchTarget
        implicitHeight: Theme.minimumTouchTarget

        FocusRing {
            shown: control.visualFocus
        }
    }
}
