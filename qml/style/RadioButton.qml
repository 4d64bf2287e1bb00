import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A radio button with a circle large enough to see and hit, whose whole row, circle and text,
// is at least a fingertip tall, with the focus ring around it.
Fusion.RadioButton {
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
        x: control.text ? (control.mirrored ? control.width - width - control.rightPadding : control.leftPadding)
                        : control.leftPadding + (control.availableWidth - width) / 2
        y: control.topPadding + (control.availableHeight - height) / 2
        implicitWidth: Theme.kiosk ? 28 : 22
        implicitHeight: implicitWidth
        radius: width / 2
        color: control.enabled ? Theme.surface : Theme.disabledFill
        border.width: 2
        border.color: !control.enabled ? Theme.disabledText : control.checked ? Theme.accent : Theme.text

        Rectangle {
            anchors.centerIn: parent
            width: parent.width / 2
            height: width
            radius: width / 2
            visible: control.checked
            color: control.enabled ? Theme.accent : Theme.disabledText
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
