import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// One step's answers on the check-and-submit page: its rows, photo thumbnails,
// marks ("changed since last submission", "needs changes") and a "change" button.
Rectangle {
    id: root

    required property var group
    property bool allowChange: true

    signal changeRequested(int index)

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: root.group.needsChanges ? Theme.warning : Theme.border
    objectName: "group_" + root.group.key
    Accessible.role: Accessible.Grouping
    Accessible.name: root.group.title

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: root.group.title
                font.bold: true
                font.pointSize: Theme.basePointSize * Theme.headingScale
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "needsChangesMark_" + root.group.key
                visible: root.group.needsChanges
                text: qsTr("Needs changes")
                color: Theme.warning
                font.bold: true
                Accessible.name: text
            }
            Label {
                objectName: "changedMark_" + root.group.key
                visible: root.group.changed
                text: qsTr("Changed since last submission")
                color: Theme.accent
                font.bold: true
                Accessible.name: text
            }
            Label {
                visible: !root.group.complete
                text: qsTr("Incomplete")
                color: Theme.danger
                font.bold: true
                Accessible.name: text
            }
            Button {
                id: changeButton

                // ErrorSummary calls focusInput() on a problem's target: open the step.
                function focusInput(): void {
                    root.changeRequested(root.group.index);
                }

                objectName: "change_" + root.group.key
                visible: root.allowChange
                // After a rejection only the steps the school sent back can change.
                text: root.group.editable === false ? qsTr("View") : qsTr("Change")
                Accessible.name: root.group.editable === false ? qsTr("View %1").arg(root.group.title) : qsTr("Change %1").arg(root.group.title)
                onClicked: root.changeRequested(root.group.index)
            }
        }

        Repeater {
            model: root.group.rows

            RowLayout {
                id: answer

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    // Wide enough for the longest label at the system font size.
                    Layout.preferredWidth: Theme.basePointSize * 14
                    Layout.maximumWidth: Theme.basePointSize * 14
                    Layout.alignment: Qt.AlignTop
                    text: answer.modelData.label
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: answer.modelData.value
                    wrapMode: Text.Wrap
                    Accessible.name: answer.modelData.label + ": " + answer.modelData.value
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            visible: root.group.photos.length > 0
            spacing: Theme.spacing

            Repeater {
                model: root.group.photos

                ColumnLayout {
                    id: thumb

                    required property var modelData

                    spacing: 2

                    Rectangle {
                        Layout.preferredWidth: 160
                        Layout.preferredHeight: 110
                        color: Theme.background
                        border.color: Theme.border

                        Image {
                            anchors.fill: parent
                            anchors.margins: 2
                            source: thumb.modelData.url
                            sourceSize.width: 320
                            fillMode: Image.PreserveAspectFit
                            asynchronous: true
                            cache: false
                            Accessible.role: Accessible.Graphic
                            Accessible.name: thumb.modelData.label
                        }
                        Label {
                            anchors.centerIn: parent
                            visible: String(thumb.modelData.url) === ""
                            text: qsTr("No image")
                            color: Theme.danger
                        }
                    }
                    Label {
                        Layout.preferredWidth: 160
                        text: thumb.modelData.label
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
