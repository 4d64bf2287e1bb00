import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGradTheme

// The problems that keep a step from being complete, listed at the top of a page.
Rectangle {
    id: root

    property list<string> problems
    property string heading: qsTr("Still to do on this page:")

    visible: root.problems.length > 0
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.warningLight
    border.color: Theme.warning
    Accessible.role: Accessible.List
    Accessible.name: root.heading

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: root.heading
            font.bold: true
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.problems

            Label {
                required property string modelData

                Layout.fillWidth: true
                text: "• " + modelData
                wrapMode: Text.Wrap
                Accessible.name: modelData
            }
        }
    }
}
