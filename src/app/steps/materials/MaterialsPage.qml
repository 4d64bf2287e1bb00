import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 情况说明及其它材料: an optional note to the school and up to nine optional images.
// Filled images are listed; one empty place below adds another.
ScrollView {
    id: root

    required property Step step
    readonly property MaterialsController controller: WizardController.materials
    readonly property string noteMessage: root.controller.noteError

    function focusField(name: string): void {
        summary.focusField(name);
    }

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        id: content

        width: root.availableWidth - 2 * Theme.padding
        x: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            Layout.topMargin: Theme.padding
            title: root.step.title
            subtitle: qsTr("Both parts are optional. Use them when your situation needs explaining or the school asked you for more material.")
        }

        // The school sent this part back: its reason, repeated here.
        SubmitRejectionBanner {
            Layout.fillWidth: true
            stepKey: root.step.key
        }

        InfoBanner {
            objectName: "readOnlyBanner"
            Layout.fillWidth: true
            visible: !root.controller.editable || !root.controller.noteEditable
            kind: InfoBanner.Kind.Warning
            text: qsTr("Parts of this step have been submitted and cannot be changed now. If the school returns them to you, you can change them here again.")
        }

        // Every message here comes from something the candidate did, so it shows at once.
        ErrorSummary {
            id: summary

            objectName: "errorSummary"
            Layout.fillWidth: true
            problems: root.controller.fieldProblems
            target: content
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
            text: qsTr("Explain anything the school should know, for example a changed name or an exam taken under an earlier ID number. At most %1 characters; spaces and line breaks do not count.").arg(root.controller.noteMaximum)
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
                text: root.controller.note
                readOnly: !root.controller.noteEditable
                wrapMode: TextArea.Wrap
                selectByMouse: true
                placeholderText: qsTr("Optional: write your note to the school here.")
                Accessible.name: qsTr("Situation note")
                Accessible.description: root.noteMessage.length > 0 ? root.noteMessage : root.controller.noteCounterText
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
                    if (noteEditor.text !== root.controller.note)
                        root.controller.note = noteEditor.text;
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
                text: root.controller.noteCounterText
                color: root.controller.noteCount > root.controller.noteMaximum ? Theme.danger : Theme.muted
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
            text: qsTr("%1 of %2 images added. One image per page; each is prepared to the size limit here.").arg(root.controller.filledCount).arg(root.controller.otherSlots.length)
            color: Theme.muted
            wrapMode: Text.Wrap
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.padding
            columns: content.width >= 860 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Repeater {
                model: root.controller.otherSlots

                PhotoSlotView {
                    id: filled

                    required property PhotoSlot modelData
                    readonly property bool shown: filled.modelData.hasImage || filled.modelData.processing

                    objectName: filled.shown ? WizardController.materials.fieldOf(filled.modelData) : ""
                    visible: filled.shown
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    photoSlot: filled.modelData
                }
            }
            // The place for the next image; it moves up into the list once it holds one.
            PhotoSlotView {
                id: addView

                objectName: root.controller.fieldOf(root.controller.nextEmptySlot)
                visible: root.controller.nextEmptySlot !== null && root.controller.editable
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                photoSlot: root.controller.nextEmptySlot
                title: root.controller.filledCount === 0 ? qsTr("Add a material") : qsTr("Add another material")
                previewHeight: 160
            }
        }
        Label {
            objectName: "materialsFull"
            Layout.fillWidth: true
            visible: root.controller.nextEmptySlot === null
            text: qsTr("All %1 places are used. Remove an image to add a different one.").arg(root.controller.otherSlots.length)
            color: Theme.muted
            wrapMode: Text.Wrap
        }
    }
}
