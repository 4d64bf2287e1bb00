import QtQuick
import QtQuick.Controls.impl
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// The design's button, one control height tall (a fingertip at kiosks). Three kinds:
// primary (`highlighted: true`: the one main action of a page, filled brand colour),
// quiet (`flat: true`: a link-like action) and secondary (outlined: everything else).
Fusion.Button {
    id: control

    // Qt 6.4 exposes hidden items to screen readers; a hidden control is not there for anyone.
    Accessible.ignored: !visible
    // Enter presses a focused button as Space does: what a candidate used to web forms expects.
    Keys.onReturnPressed: event => control.pressEnter(event)
    Keys.onEnterPressed: event => control.pressEnter(event)

    function pressEnter(event: KeyEvent): void {
        if (control.checkable || !control.enabled) {
            event.accepted = false;
            return;
        }
        control.clicked();
    }

    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    leftPadding: control.flat ? Theme.spaceS : Theme.spaceL
    rightPadding: control.flat ? Theme.spaceS : Theme.spaceL

    contentItem: IconLabel {
        spacing: control.spacing
        mirrored: control.mirrored
        display: control.display
        icon: control.icon
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.disabledText
                                : control.highlighted ? Theme.textOnAccent
                                                      : control.down ? Theme.accentPressed : Theme.accent
    }

    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.controlHeight
        radius: Theme.radius
        color: {
            if (control.highlighted)
                return !control.enabled ? Theme.disabledFill
                                        : control.down ? Theme.accentPressed
                                                       : control.hovered ? Theme.accentHover : Theme.accent;
            if (control.down || control.checked)
                return Theme.accentLight;
            if (control.flat)
                return control.hovered && control.enabled ? Theme.accentLight : "transparent";
            return control.enabled ? Theme.surface : Theme.disabledFill;
        }
        border.width: control.flat || (control.highlighted && control.enabled) ? 0 : 2
        border.color: control.enabled ? Theme.accent : Theme.border

        FocusRing {
            shown: control.visualFocus
        }
    }
}
