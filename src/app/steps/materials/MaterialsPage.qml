import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 情况说明及其它材料: an optional note to the school and up to nine optional images.
// Filled images are listed; one empty place below adds another.
StepPage {
    id: root

    readonly property MaterialsController materials: root.controller as MaterialsController
    readonly property string noteMessage: root.materials.noteError

    // While a photo is checked, 使用这张图片 is the main action, not Next.
    hasPrimaryAction: {
        const slots = root.materials.otherSlots;
        for (let i = 0; i < slots.length; ++i) {
            if (slots[i].reviewing)
                return true;
        }
        return false;
    }

    subtitle: qsTr("Both parts are optional. Use them when your situation needs explaining or the school asked you for more material.")
    // The note and the images can be with the school separately: the page says which.
    showReadOnlyNote: false

    InfoBanner {
        objectName: "readOnlyBanner"
        Layout.fillWidth: true
        visible: !root.materials.editable || !root.materials.noteEditable
        kind: InfoBanner.Kind.Warning
        text: qsTr("Parts of this step have been submitted and cannot be changed now. If the school returns them to you, you can change them here again.")
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Situation note (情况说明, optional)")
        font.bold: true
        font.pointSize: Theme.basePointSize * Theme.headingScale
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Explain anything the school should know, for example a changed name or an exam taken under an earlier ID number. At most %1 characters; spaces and line breaks do not count.").arg(root.materials.noteMaximum)
        color: Theme.muted
        wrapMode: Text.Wrap
    }

    ScrollView {
        id: noteScroll

        objectName: "noteText"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(140, Math.min(noteEditor.implicitHeight, 260))

        function focusInput(): void {
            noteEditor.forceActiveFocus(Qt.OtherFocusReason);
        }

        TextArea {
            id: noteEditor

            objectName: "noteEditor"
            text: root.materials.note
            readOnly: !root.materials.noteEditable
            wrapMode: TextArea.Wrap
            selectByMouse: true
            placeholderText: qsTr("Optional: write your note to the school here.")
            Accessible.name: qsTr("Situation note")
            Accessible.description: root.noteMessage.length > 0 ? root.noteMessage : root.materials.noteCounterText
            background: Rectangle {
                radius: Theme.radius / 2
                color: noteEditor.readOnly ? Theme.background : Theme.surface
                border.width: noteEditor.activeFocus ? 2 : 1
                border.color: root.noteMessage.length > 0 ? Theme.danger : noteEditor.activeFocus ? Theme.accent : Theme.border
            }
            // Tab leaves the note (a note needs no tab characters).
            Keys.onTabPressed: {
                const next = noteEditor.nextItemInFocusChain(true);
                if (next)
                    next.forceActiveFocus(Qt.TabFocusReason);
            }
            Keys.onBacktabPressed: {
                const previous = noteEditor.nextItemInFocusChain(false);
                if (previous)
                    previous.forceActiveFocus(Qt.BacktabFocusReason);
            }
            onTextChanged: {
                if (noteEditor.text !== root.materials.note)
                    root.materials.note = noteEditor.text;
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            objectName: "noteMessage"
            Layout.fillWidth: true
            visible: root.noteMessage.length > 0
            text: root.noteMessage
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Item {
            Layout.fillWidth: true
            visible: root.noteMessage.length === 0
        }
        Label {
            objectName: "noteCounter"
            text: root.materials.noteCounterText
            color: root.materials.noteCount > root.materials.noteMaximum ? Theme.danger : Theme.muted
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("Other materials (其它材料, optional)")
        font.bold: true
        font.pointSize: Theme.basePointSize * Theme.headingScale
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        objectName: "materialsCount"
        Layout.fillWidth: true
        text: qsTr("%1 of %2 images added. One image per page; each is prepared to the size limit here.").arg(root.materials.filledCount).arg(root.materials.otherSlots.length)
        color: Theme.muted
        wrapMode: Text.Wrap
    }

    GridLayout {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.padding
        columns: root.contentColumn.width >= 860 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Repeater {
            model: root.materials.otherSlots

            PhotoSlotView {
                id: filled

                required property PhotoSlot modelData
                readonly property bool shown: filled.modelData.hasImage || filled.modelData.processing || filled.modelData.reviewing

                objectName: filled.shown ? WizardController.materials.fieldOf(filled.modelData) : ""
                visible: filled.shown
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                photoSlot: filled.modelData
                // Optional: Next stays the page's primary button.
                primary: false
            }
        }
        // The place for the next image; it moves up into the list once it holds one.
        PhotoSlotView {
            id: addView

            objectName: root.materials.fieldOf(root.materials.nextEmptySlot)
            visible: root.materials.nextEmptySlot !== null && root.materials.editable
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            photoSlot: root.materials.nextEmptySlot
            title: root.materials.filledCount === 0 ? qsTr("Add a material") : qsTr("Add another material")
            previewHeight: 160
            primary: false
        }
    }
    Label {
        objectName: "materialsFull"
        Layout.fillWidth: true
        visible: root.materials.nextEmptySlot === null
        text: qsTr("All %1 places are used. Remove an image to add a different one.").arg(root.materials.otherSlots.length)
        color: Theme.muted
        wrapMode: Text.Wrap
    }
}
