import QtQuick
import ZkGrad

// One of the eight handles of the crop box. It only forwards the drag (in view
// pixels since the press) to SignatureController, which keeps the box legal.
Item {
    id: root

    required property SignatureController controller
    required property int handle
    required property Item viewItem

    readonly property rect box: root.controller.cropInView
    readonly property bool onLeft: root.handle === SignatureController.TopLeft || root.handle === SignatureController.Left || root.handle === SignatureController.BottomLeft
    readonly property bool onRight: root.handle === SignatureController.TopRight || root.handle === SignatureController.Right || root.handle === SignatureController.BottomRight
    readonly property bool onTop: root.handle === SignatureController.TopLeft || root.handle === SignatureController.Top || root.handle === SignatureController.TopRight
    readonly property bool onBottom: root.handle === SignatureController.BottomLeft || root.handle === SignatureController.Bottom || root.handle === SignatureController.BottomRight
    readonly property bool corner: (root.onLeft || root.onRight) && (root.onTop || root.onBottom)

    objectName: "handle_" + root.handle
    width: Theme.minimumTouchTarget
    height: Theme.minimumTouchTarget
    x: (root.onLeft ? root.box.x : root.onRight ? root.box.x + root.box.width : root.box.x + root.box.width / 2) - width / 2
    y: (root.onTop ? root.box.y : root.onBottom ? root.box.y + root.box.height : root.box.y + root.box.height / 2) - height / 2
    z: root.corner ? 3 : 2
    Accessible.role: Accessible.Button
    Accessible.ignored: !visible
    Accessible.name: qsTr("Crop box handle")

    Rectangle {
        anchors.centerIn: parent
        width: root.corner ? 16 : 12
        height: root.corner ? 16 : 12
        radius: root.corner ? 2 : 6
        color: "white"
        border.color: Theme.accent
        border.width: 2
    }

    MouseArea {
        id: area

        property point start

        anchors.fill: parent
        preventStealing: true
        cursorShape: root.corner ? ((root.onLeft === root.onTop) ? Qt.SizeFDiagCursor : Qt.SizeBDiagCursor) : (root.onLeft || root.onRight) ? Qt.SizeHorCursor : Qt.SizeVerCursor
        onPressed: mouse => {
            area.start = area.mapToItem(root.viewItem, mouse.x, mouse.y);
            root.controller.beginDrag();
        }
        onPositionChanged: mouse => {
            const p = area.mapToItem(root.viewItem, mouse.x, mouse.y);
            root.controller.dragHandle(root.handle, p.x - area.start.x, p.y - area.start.y);
        }
    }
}
