import QtQuick
import ZkGrad

// The signature photo fitted to the view with the crop box on top. It only
// draws and forwards input: zoom, pan and the box live in SignatureController.
Item {
    id: root

    required property SignatureController controller
    // Whole pixels, so the dimmed bands meet without a darker seam.
    readonly property int boxX: Math.round(root.controller.cropInView.x)
    readonly property int boxY: Math.round(root.controller.cropInView.y)
    readonly property int boxRight: Math.round(root.controller.cropInView.x + root.controller.cropInView.width)
    readonly property int boxBottom: Math.round(root.controller.cropInView.y + root.controller.cropInView.height)

    objectName: "cropView"
    clip: true
    activeFocusOnTab: true
    focus: true
    Accessible.role: Accessible.Graphic
    Accessible.ignored: !visible
    Accessible.name: qsTr("Signature photo with the crop box. Arrow keys move the box; Shift with arrow keys resizes it.")

    Keys.onPressed: event => {
        const resize = (event.modifiers & Qt.ShiftModifier) !== 0;
        let dx = 0;
        let dy = 0;
        if (event.key === Qt.Key_Left)
            dx = -1;
        else if (event.key === Qt.Key_Right)
            dx = 1;
        else if (event.key === Qt.Key_Up)
            dy = -1;
        else if (event.key === Qt.Key_Down)
            dy = 1;
        else
            return;
        root.controller.nudge(dx, dy, resize);
        event.accepted = true;
    }

    Binding {
        target: root.controller
        property: "viewSize"
        value: Qt.size(root.width, root.height)
    }

    Rectangle {
        anchors.fill: parent
        color: "#3b3f45"
    }

    SignatureImage {
        objectName: "photo"
        controller: root.controller
        kind: SignatureImage.Photo
        x: root.controller.imageInView.x
        y: root.controller.imageInView.y
        width: root.controller.imageInView.width
        height: root.controller.imageInView.height
    }

    // Pinch (touch) and wheel zoom; dragging outside the box pans the photo.
    PinchArea {
        anchors.fill: parent
        onPinchUpdated: pinch => root.controller.zoomAt(pinch.scale / pinch.previousScale, pinch.center)

        MouseArea {
            id: panArea

            property point start
            property point startPan

            anchors.fill: parent
            cursorShape: root.controller.zoom > 1 ? Qt.OpenHandCursor : Qt.ArrowCursor
            onPressed: mouse => {
                root.forceActiveFocus();
                panArea.start = Qt.point(mouse.x, mouse.y);
                panArea.startPan = root.controller.pan;
            }
            onPositionChanged: mouse => {
                root.controller.pan = Qt.point(panArea.startPan.x + mouse.x - panArea.start.x, panArea.startPan.y + mouse.y - panArea.start.y);
            }
            onWheel: wheel => root.controller.zoomAt(wheel.angleDelta.y > 0 ? 1.2 : 1 / 1.2, Qt.point(wheel.x, wheel.y))
        }
    }

    // Dim everything outside the box.
    Rectangle {
        x: 0
        y: 0
        width: root.width
        height: Math.max(0, root.boxY)
        color: "#80000000"
    }
    Rectangle {
        x: 0
        y: root.boxBottom
        width: root.width
        height: Math.max(0, root.height - root.boxBottom)
        color: "#80000000"
    }
    Rectangle {
        x: 0
        y: root.boxY
        width: Math.max(0, root.boxX)
        height: root.boxBottom - root.boxY
        color: "#80000000"
    }
    Rectangle {
        x: root.boxRight
        y: root.boxY
        width: Math.max(0, root.width - root.boxRight)
        height: root.boxBottom - root.boxY
        color: "#80000000"
    }

    Rectangle {
        id: box

        objectName: "cropBox"
        x: root.controller.cropInView.x
        y: root.controller.cropInView.y
        width: root.controller.cropInView.width
        height: root.controller.cropInView.height
        color: "transparent"
        border.color: "white"
        border.width: 2
        Accessible.role: Accessible.Graphic
        Accessible.ignored: !visible
        Accessible.name: qsTr("Crop box")

        MouseArea {
            id: moveArea

            property point start

            anchors.fill: parent
            cursorShape: Qt.SizeAllCursor
            preventStealing: true
            onPressed: mouse => {
                root.forceActiveFocus();
                moveArea.start = moveArea.mapToItem(root, mouse.x, mouse.y);
                root.controller.beginDrag();
            }
            onPositionChanged: mouse => {
                const p = moveArea.mapToItem(root, mouse.x, mouse.y);
                root.controller.dragBox(p.x - moveArea.start.x, p.y - moveArea.start.y);
            }
        }
    }

    SignatureCropHandle {
        controller: root.controller
        viewItem: root
        handle: SignatureController.TopLeft
    }
    SignatureCropHandle {
        controller: root.controller
        viewItem: root
        handle: SignatureController.Top
    }
    SignatureCropHandle {
        controller: root.controller
        viewItem: root
        handle: SignatureController.TopRight
    }
    SignatureCropHandle {
        controller: root.controller
        viewItem: root
        handle: SignatureController.Right
    }
    SignatureCropHandle {
        controller: root.controller
        viewItem: root
        handle: SignatureController.BottomRight
    }
    SignatureCropHandle {
        controller: root.controller
        viewItem: root
        handle: SignatureController.Bottom
    }
    SignatureCropHandle {
        controller: root.controller
        viewItem: root
        handle: SignatureController.BottomLeft
    }
    SignatureCropHandle {
        controller: root.controller
        viewItem: root
        handle: SignatureController.Left
    }
}
