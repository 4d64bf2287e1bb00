import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A tab at least a fingertip wide and tall. The chosen tab is unmistakable (white, accent
// text and a thick accent line under it): Fusion's lighter-grey chosen tab beside a darker
// one read the wrong way round, as if the darker one were pressed.
Fusion.TabButton {
    id: control

    // Qt 6.4 exposes hidden items to screen readers; a hidden control is not there for anyone.
    Accessible.ignored: !visible

    implicitWidth: Math.max(Theme.minimumTouchTarget,
                            implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minimumTouchTarget,
                             implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spaceS

    contentItem: Text {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: !control.enabled ? Theme.disabledText : control.checked ? Theme.accent : Theme.text
    }
    font.bold: control.checked

    background: Rectangle {
        implicitHeight: Theme.controlHeight
        color: control.checked ? Theme.surface : control.down ? Theme.accentLight : control.hovered ? Theme.disabledFill : Theme.background
        border.color: Theme.border

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: control.checked ? 3 : 1
            color: control.checked ? Theme.accent : Theme.fieldBorder
        }
        FocusRing {
            shown: control.visualFocus
        }
    }
}
