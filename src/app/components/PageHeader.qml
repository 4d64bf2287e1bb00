import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGradTheme

// The title of a step and one line on what it is for.
ColumnLayout {
    id: root

    property string title
    property string subtitle

    spacing: 4

    Label {
        Layout.fillWidth: true
        text: root.title
        font.pointSize: Theme.basePointSize * Theme.titleScale
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: root.title
    }
    Label {
        Layout.fillWidth: true
        visible: root.subtitle.length > 0
        text: root.subtitle
        color: Theme.muted
        wrapMode: Text.Wrap
    }
}
