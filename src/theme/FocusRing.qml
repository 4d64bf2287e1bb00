import QtQuick

// The keyboard focus ring of every control: a 2 px dark ring, visible on any background,
// inside a yellow halo (the design's focus colour), drawn just outside the control's edge.
// Put it inside the control's background with `shown: control.visualFocus`.
Rectangle {
    id: root

    property bool shown: false
    property real controlRadius: Theme.radius

    anchors.fill: parent
    anchors.margins: -(2 * Theme.focusRingWidth + 1)
    visible: shown
    color: "transparent"
    radius: controlRadius + 2 * Theme.focusRingWidth + 1
    border.width: Theme.focusRingWidth + 1
    border.color: Theme.focusHalo

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusRingWidth + 1
        color: "transparent"
        radius: root.controlRadius + Theme.focusRingWidth
        border.width: Theme.focusRingWidth
        border.color: Theme.focusRing
    }
}
