import QtQuick
import QtQuick.Controls.impl
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A quiet button (a glyph or a short word in brand colour) at least a fingertip wide and tall.
Fusion.ToolButton {
    id: control

    // Qt 6.4 exposes hidden items to screen readers; a hidden control is not there for anyone.
    Accessible.ignored: !visible

    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)

    contentItem: IconLabel {
        spacing: control.spacing
        mirrored: control.mirrored
        display: control.display
        icon: control.icon
        text: control.text
        font: control.font
        color: control.enabled ? Theme.accent : Theme.disabledText
    }

    background: Rectangle {
        implicitWidth: Theme.minimumTouchTarget
        implicitHeight: Theme.minimumTouchTarget
        radius: Theme.radius
        color: control.down || control.checked || (control.hovered && control.enabled) ? Theme.accentLight : "transparent"

        FocusRing {
            shown: control.visualFocus
        }
    }
}
