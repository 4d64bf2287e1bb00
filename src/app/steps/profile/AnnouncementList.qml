import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// The examining school's announcements, each opened on click and kept open until closed.
// The rows are made once per position, not once per answer: reading one rebuilds the
// controller's list, and rebuilt rows would close the text being read and drop the focus.
ColumnLayout {
    id: list

    // ProfileController.announcements.
    property var announcements: []

    // An announcement's text is on screen: the page scrolls it into view and counts it read.
    signal read(string id, Item body)

    spacing: 4

    Label {
        Layout.fillWidth: true
        visible: list.announcements.length === 0
        text: qsTr("The school has published no announcements for this round.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Repeater {
        id: rows

        // Which announcements are open, by id, so a reordered or reloaded list keeps them.
        property var openIds: ({})

        function setOpen(id: string, open: bool) {
            if ((rows.openIds[id] === true) === open)
                return;
            const ids = Object.assign({}, rows.openIds);
            ids[id] = open;
            rows.openIds = ids;
        }

        model: list.announcements.length

        // The rows are only ever made by this Repeater, so their reads of `rows` are allowed.
        // qmllint disable unqualified
        AnnouncementItem {
            id: row

            entry: list.announcements[row.index] ?? ({})
            expanded: false
            onEntryChanged: row.expanded = rows.openIds[row.entry.id] === true
            onExpandedChanged: rows.setOpen(row.entry.id, row.expanded)
            // Recorded open before the controller hears of it: its answer changes `entry`.
            onRead: body => {
                rows.setOpen(row.entry.id, true);
                list.read(row.entry.id, body);
            }
        }
        // qmllint enable unqualified
    }
}
