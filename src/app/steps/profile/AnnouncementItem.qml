import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// One announcement of the examining school: a title that opens and closes its text. It says
// it was read (read()) only once its text is on screen, never merely for being clicked.
ColumnLayout {
    id: announcement

    // One entry of ProfileController.announcements: id, title, body, publishedAt, opened.
    property var entry: ({})
    required property int index
    property bool expanded: false

    // The text is showing now: the page scrolls it into view and counts it as read.
    signal read(Item body)

    Layout.fillWidth: true
    spacing: 2

    Button {
        id: announcementButton

        Layout.fillWidth: true
        objectName: "announcement_" + announcement.index
        flat: true
        text: (announcement.expanded ? "▾ " : "▸ ") + announcement.entry.title + (announcement.entry.opened ? "" : "  " + qsTr("(not opened yet)"))
        font.bold: !announcement.entry.opened
        Accessible.role: Accessible.Button
        Accessible.name: announcement.entry.title
        Accessible.description: announcement.expanded ? qsTr("Open; press to close") : qsTr("Closed; press to read it")
        contentItem: Label {
            text: announcementButton.text
            font: announcementButton.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        onClicked: announcement.expanded = !announcement.expanded
    }
    Label {
        id: body

        objectName: "announcementBody_" + announcement.index
        Layout.fillWidth: true
        Layout.leftMargin: Theme.padding
        visible: announcement.expanded
        text: announcement.entry.body + "\n" + qsTr("Published %1").arg(announcement.entry.publishedAt.substring(0, 10))
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        onVisibleChanged: if (body.visible)
            announcement.read(body)
    }
}
