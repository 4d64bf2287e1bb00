import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A text field as tall as a button (a fingertip at kiosks), with a 3:1 edge and the focus ring
// while the cursor is in it.
Fusion.TextField {
    id: control

    // Qt 6.4 exposes hidden items to screen readers; a hidden control is not there for anyone.
    Accessible.ignored: !visible

    // Right click (and press and hold at a touch kiosk) opens the cut / copy / paste menu.
    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: eventPoint => editMenu.openAt(eventPoint.position.x, eventPoint.position.y)
    }
    onPressAndHold: event => {
        if (Theme.kiosk)
            editMenu.openAt(event.x, event.y);
    }
    EditMenu {
        id: editMenu

        editor: control
    }

    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    color: Theme.text
    placeholderTextColor: Theme.muted
    selectionColor: Theme.accent
    selectedTextColor: Theme.textOnAccent

    background: Rectangle {
        implicitWidth: 120
        implicitHeight: Theme.controlHeight
        radius: Theme.radius
        color: control.enabled ? Theme.surface : Theme.disabledFill
        border.width: control.activeFocus ? 2 : 1
        border.color: control.activeFocus ? Theme.text : Theme.fieldBorder

        FocusRing {
            shown: control.activeFocus
        }
    }
}
