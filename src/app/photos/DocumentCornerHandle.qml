import QtQuick
import ZkGrad

// One corner of the document outline in DocumentReview: dragged with the mouse or a finger,
// or selected with Tab and moved with the arrow keys (Shift: ten times further). It only
// forwards positions to PhotoSlot.moveCorner(), which keeps the outline sensible.
Item {
    id: root

    required property int corner
    required property PhotoSlot photoSlot
    // Where the photo is painted, in the parent's coordinates.
    required property rect area
    property bool card: true

    // The corner, 0..1 of the photo.
    readonly property point position: root.photoSlot.corners.length === 4 ? root.photoSlot.corners[root.corner] : Qt.point(0, 0)

    // An arrow key moved the corner (the owner straightens after a pause).
    signal nudged
    // A drag ended (the owner straightens at once).
    signal released

    function moveBy(dx: real, dy: real): void {
        const w = root.area.width;
        const h = root.area.height;
        if (w <= 0 || h <= 0)
            return;
        root.photoSlot.moveCorner(root.corner, root.position.x + dx / w, root.position.y + dy / h);
    }

    objectName: "cornerHandle" + root.corner
    width: Theme.minimumTouchTarget
    height: Theme.minimumTouchTarget
    x: root.area.x + root.position.x * root.area.width - width / 2
    y: root.area.y + root.position.y * root.area.height - height / 2
    z: 2
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.ignored: !visible
    Accessible.name: root.card ? [qsTr("Top-left corner of the card"), qsTr("Top-right corner of the card"), qsTr("Bottom-right corner of the card"), qsTr("Bottom-left corner of the card")][root.corner] : [qsTr("Top-left corner of the page"), qsTr("Top-right corner of the page"), qsTr("Bottom-right corner of the page"), qsTr("Bottom-left corner of the page")][root.corner]
    Accessible.description: qsTr("Drag it, or use the arrow keys, to put it on the corner. Shift with an arrow key moves it further.")

    Keys.onPressed: event => {
        const step = (event.modifiers & Qt.ShiftModifier) ? 10 : 1;
        let dx = 0;
        let dy = 0;
        if (event.key === Qt.Key_Left)
            dx = -step;
        else if (event.key === Qt.Key_Right)
            dx = step;
        else if (event.key === Qt.Key_Up)
            dy = -step;
        else if (event.key === Qt.Key_Down)
            dy = step;
        else
            return;
        root.moveBy(dx, dy);
        root.nudged();
        event.accepted = true;
    }

    // The visible dot is smaller than the target, so the corner under it stays visible.
    Rectangle {
        id: dot

        anchors.centerIn: parent
        width: 20
        height: 20
        radius: 10
        color: mouseArea.pressed || root.activeFocus ? Theme.focusHalo : Theme.surface
        border.color: Theme.accent
        border.width: 3

        FocusRing {
            shown: root.activeFocus
            controlRadius: dot.radius
        }
    }

    MouseArea {
        id: mouseArea

        // Where in the handle it was grabbed, so the corner does not jump to the pointer.
        property point grab

        anchors.fill: parent
        preventStealing: true
        cursorShape: Qt.SizeAllCursor
        onPressed: mouse => {
            root.forceActiveFocus(Qt.MouseFocusReason);
            mouseArea.grab = Qt.point(mouse.x - root.width / 2, mouse.y - root.height / 2);
        }
        onPositionChanged: mouse => {
            const p = mouseArea.mapToItem(root.parent, mouse.x - mouseArea.grab.x, mouse.y - mouseArea.grab.y);
            const w = root.area.width;
            const h = root.area.height;
            if (w > 0 && h > 0)
                root.photoSlot.moveCorner(root.corner, (p.x - root.area.x) / w, (p.y - root.area.y) / h);
        }
        onReleased: root.released()
    }
}
