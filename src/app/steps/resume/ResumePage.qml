import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 本人简历: dated entries from the earliest to the latest, each with school or employer,
// role and witness. The controller checks the timeline (order, overlaps, the last entry
// "until now") and the page shows each finding at its field, gaps between the entries.
StepPage {
    id: root

    readonly property ResumeController resume: root.controller as ResumeController
    // The candidate has left a field here: the page-wide messages (gaps, the last entry)
    // show from then on, as each field's own does.
    property bool interacted: false
    readonly property bool showProblems: root.interacted || root.problemsRevealed

    function addEntry(): void {
        const row = root.resume.addEntry();
        const card = entryRepeater.itemAt(row) as ResumeEntryCard;
        if (card)
            card.focusFirst();
    }

    function requestRemove(row: int): void {
        if (root.resume.entryHasContent(row)) {
            removeDialog.row = row;
            removeDialog.open();
        } else {
            root.removeEntry(row);
        }
    }

    function markInteracted(): void {
        root.interacted = true;
    }

    function removeEntry(row: int): void {
        root.resume.removeEntry(row);
        const card = entryRepeater.itemAt(Math.min(row, entryRepeater.count - 1)) as ResumeEntryCard;
        if (card)
            card.focusFirst();
        else
            addButton.forceActiveFocus(Qt.TabFocusReason);
    }

    Dialog {
        id: removeDialog

        property int row: -1

        objectName: "removeDialog"
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Remove entry %1?").arg(removeDialog.row + 1)
        standardButtons: Dialog.Yes | Dialog.No
        onAccepted: root.removeEntry(removeDialog.row)

        Label {
            text: qsTr("What you entered for this entry will be deleted.")
            wrapMode: Text.Wrap
        }
    }

    InfoBanner {
        objectName: "resumeHint"
        Layout.fillWidth: true
        text: qsTr("A resume usually starts with secondary school and continues without gaps until today: each school, each job, and periods at home or without work as well. Each entry needs a witness who can confirm it, such as a teacher, a manager or a colleague. Where one period ends in the month the next one begins, that is fine.")
    }

    Label {
        Layout.fillWidth: true
        visible: root.resume.count > 1
        text: qsTr("Entries are printed in this order. Use Move up and Move down to put the earliest first.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }

    Label {
        objectName: "emptyLabel"
        Layout.fillWidth: true
        visible: root.resume.count === 0
        text: qsTr("No entries yet. Start with the school you attended first, then add each later school or job.")
        wrapMode: Text.Wrap
    }

    Repeater {
        id: entryRepeater

        model: root.resume.entries

        // The page's state reaches the cards here: the 6.4 linter does not let a
        // delegate look outside itself.
        onItemAdded: (index, item) => {
            const card = item as ResumeEntryCard;
            card.readOnly = Qt.binding(() => !root.resume.editable);
            card.showMessages = Qt.binding(() => root.problemsRevealed);
            card.removeRequested.connect(root.requestRemove);
            card.interacted.connect(root.markInteracted);
        }

        ResumeEntryCard {
            Layout.fillWidth: true
            controller: WizardController.resume
        }
    }

    Button {
        id: addButton

        objectName: "addEntryButton"
        visible: root.resume.editable
        // The visible words are the accessible name, so that voice control finds the button
        // by what it says.
        text: qsTr("Add a resume entry")
        icon.name: "list-add"
        onClicked: root.addEntry()
    }
    Label {
        Layout.fillWidth: true
        visible: root.showProblems && text.length > 0
        text: {
            const m = root.resume.errors["addEntryButton"];
            return m ? m : "";
        }
        color: Theme.danger
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
