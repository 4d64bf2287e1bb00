import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// Sign with a finger, a pen or the mouse. The drawing needs no cropping: the
// controller boxes it round the ink and shows the result at 100 % at once.
ColumnLayout {
    id: root

    required property SignatureController controller

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: qsTr("Sign inside the white box as you sign on paper. Use your real signature: it is compared with your handwriting.")
        wrapMode: Text.Wrap
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 260
        Layout.maximumWidth: 900
        border.color: Theme.border
        border.width: 1
        color: "white"

        SignaturePad {
            id: pad

            objectName: "signaturePad"
            anchors.fill: parent
            anchors.margins: 1
            Accessible.role: Accessible.Canvas
            Accessible.ignored: !visible
            Accessible.name: qsTr("Signature pad")
        }
        Label {
            anchors.centerIn: parent
            visible: pad.empty
            text: qsTr("Sign here")
            color: Theme.muted
        }
    }
    RowLayout {
        spacing: Theme.spacing

        Button {
            objectName: "undoStrokeButton"
            text: qsTr("Undo stroke")
            enabled: !pad.empty
            Accessible.name: text
            onClicked: pad.undo()
        }
        Button {
            objectName: "clearPadButton"
            text: qsTr("Clear")
            enabled: !pad.empty
            Accessible.name: text
            onClicked: pad.clear()
        }
        Button {
            objectName: "useDrawingButton"
            text: qsTr("Use this drawing")
            highlighted: true
            enabled: !pad.empty
            Accessible.name: text
            onClicked: root.controller.useDrawing(pad)
        }
    }
}
