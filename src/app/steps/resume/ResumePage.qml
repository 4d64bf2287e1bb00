import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 本人简历: dated entries from the earliest to the latest, each with school or employer,
// role and witness. The controller checks the timeline (order, overlaps, the last entry
// "until now") and the page shows each finding at its field, gaps between the entries.
ScrollView {
    id: root

    required property Step step
    readonly property ResumeController resume: WizardController.resume
    // The candidate has left a field here: from then on the summary lists what is wrong.
    property bool interacted: false
    // Coming back to the step shows everything at once.
    readonly property bool showProblems: root.interacted || root.step.visited

    function focusField(name: string): void {
        summary.focusField(name);
    }

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

    // Keeps the focused control on screen while tabbing through a long resume.
    function ensureVisible(item: Item): void {
        let p = item;
        while (p && p !== content)
            p = p.parent;
        if (!p)
            return;
        const flick = root.contentItem as Flickable;
        const pos = item.mapToItem(content, 0, 0);
        const margin = Theme.spacing * 3;
        if (pos.y - margin < flick.contentY)
            flick.contentY = Math.max(0, pos.y - margin);
        else if (pos.y + item.height + margin > flick.contentY + flick.height)
            flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height), pos.y + item.height + margin - flick.height);
    }

    contentWidth: availableWidth
    clip: true

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

    Connections {
        function onActiveFocusItemChanged() {
            const item = root.Window.activeFocusItem;
            if (item)
                root.ensureVisible(item);
        }

        target: root.Window.window
    }

    ColumnLayout {
        id: content

        width: root.availableWidth - 2 * Theme.padding
        x: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            Layout.topMargin: Theme.padding
            title: root.step.title
            subtitle: qsTr("Your schooling and work, from the earliest to the latest. It is printed into your graduation archive.")
        }

        // The school sent this part back: its reason, repeated here.
        SubmitRejectionBanner {
            Layout.fillWidth: true
            stepKey: root.step.key
        }

        InfoBanner {
            objectName: "resumeHint"
            Layout.fillWidth: true
            text: qsTr("A resume usually starts with secondary school and continues without gaps until today: each school, each job, and periods at home or without work as well. Each entry needs a witness who can confirm it, such as a teacher, a manager or a colleague. Where one period ends in the month the next one begins, that is fine.")
        }

        InfoBanner {
            Layout.fillWidth: true
            visible: !root.resume.editable
            kind: InfoBanner.Kind.Warning
            text: qsTr("The resume has been submitted and cannot be changed now. If the school returns it to you, you can change it here again.")
        }

        ErrorSummary {
            id: summary

            objectName: "errorSummary"
            Layout.fillWidth: true
            visible: root.showProblems && root.resume.editable && root.resume.fieldProblems.length > 0
            problems: root.resume.fieldProblems
            target: content
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
                card.showMessages = Qt.binding(() => root.step.visited);
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
            text: qsTr("Add entry")
            icon.name: "list-add"
            Accessible.name: qsTr("Add a resume entry")
            Keys.onReturnPressed: root.addEntry()
            Keys.onEnterPressed: root.addEntry()
            onClicked: root.addEntry()
        }
        Label {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.padding
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
}
