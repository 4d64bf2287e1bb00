import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 自我鉴定: the candidate's own text with a live counter that counts exactly as the
// server does, the batch's limits, and the characters that cannot be printed marked
// in the text and listed with where they are.
StepPage {
    id: root

    readonly property SelfAssessmentController assessment: root.controller as SelfAssessmentController
    // The candidate has left the text once: from then on its message shows.
    property bool touched: false
    readonly property bool showProblems: root.touched || root.problemsRevealed

    function selectCharacter(offset: int, length: int): void {
        editor.forceActiveFocus(Qt.OtherFocusReason);
        editor.select(offset, offset + length);
    }

    // One refused character and a button that selects it in the text.
    component ForbiddenRow: RowLayout {
        id: forbiddenRow

        required property var modelData
        required property int index

        // The Repeater puts it into the list's Column.
        width: forbiddenRow.parent ? forbiddenRow.parent.width : 0
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: forbiddenRow.modelData.message
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "showForbidden_" + forbiddenRow.index
            text: qsTr("Show")
            flat: true
            Accessible.name: qsTr("Select this character in the text: %1").arg(forbiddenRow.modelData.message)
            // The controller asks the page to select it (a delegate cannot reach the editor).
            onClicked: WizardController.selfAssessment.showForbidden(forbiddenRow.index)
        }
    }

    subtitle: qsTr("Write about yourself in your own words. The text is printed onto the transcript page of your graduation archive.")

    Connections {
        function onSelectionRequested(start: int, end: int) {
            root.selectCharacter(start, end - start);
        }

        target: root.assessment
    }

    InfoBanner {
        objectName: "assessmentHint"
        Layout.fillWidth: true
        text: qsTr("A self-assessment usually covers your political and moral conduct, how you studied for the self-study examinations, your work, and your plans for the future. Write %1 to %2 characters; spaces and line breaks do not count. Emoji and special symbols cannot be printed.").arg(root.assessment.minimum).arg(root.assessment.maximum)
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Self-assessment") + " *"
        font.bold: true
    }

    ScrollView {
        id: editorScroll

        objectName: "selfAssessmentText"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(220, Math.min(editor.implicitHeight, root.height * 0.5))

        function focusInput(): void {
            editor.forceActiveFocus(Qt.OtherFocusReason);
        }

        TextArea {
            id: editor

            objectName: "selfAssessmentEditor"
            text: root.assessment.text
            readOnly: !root.assessment.editable
            wrapMode: TextArea.Wrap
            selectByMouse: true
            placeholderText: qsTr("Write your self-assessment here.")
            Accessible.name: qsTr("Self-assessment")
            Accessible.description: messageLabel.visible ? messageLabel.text : root.assessment.counterText
            background: Rectangle {
                radius: Theme.radius / 2
                color: editor.readOnly ? Theme.background : Theme.surface
                border.width: editor.activeFocus ? 2 : 1
                border.color: messageLabel.visible ? Theme.danger : editor.activeFocus ? Theme.accent : Theme.border
            }
            // Tab leaves the text (a self-assessment needs no tab characters).
            Keys.onTabPressed: {
                const next = editor.nextItemInFocusChain(true);
                if (next)
                    next.forceActiveFocus(Qt.TabFocusReason);
            }
            Keys.onBacktabPressed: {
                const previous = editor.nextItemInFocusChain(false);
                if (previous)
                    previous.forceActiveFocus(Qt.BacktabFocusReason);
            }
            onTextChanged: {
                if (editor.text !== root.assessment.text)
                    root.assessment.text = editor.text;
            }
            onActiveFocusChanged: {
                if (!editor.activeFocus)
                    root.touched = true;
            }

            SelfAssessmentHighlighter {
                document: editor.textDocument
                background: Theme.danger
                foreground: "white"
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            id: messageLabel

            objectName: "selfAssessmentMessage"
            Layout.fillWidth: true
            visible: root.showProblems && text.length > 0
            text: {
                const m = root.assessment.errors["selfAssessmentText"];
                return m ? m : "";
            }
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Item {
            Layout.fillWidth: true
            visible: !messageLabel.visible
        }
        Label {
            id: counter

            objectName: "counter"
            Layout.alignment: Qt.AlignTop | Qt.AlignRight
            text: root.assessment.counterText + " · " + root.assessment.counterDetail
            font.bold: true
            // The step's real state: a length within limits is not "fine" while a refused
            // character still blocks the step.
            color: {
                if (root.assessment.forbiddenCharacters.length > 0)
                    return Theme.danger;
                switch (root.assessment.countState) {
                case SelfAssessmentController.Within:
                    return Theme.success;
                case SelfAssessmentController.TooLong:
                    return Theme.danger;
                case SelfAssessmentController.TooShort:
                    return Theme.warning;
                default:
                    return Theme.muted;
                }
            }
            Accessible.role: Accessible.StaticText
            Accessible.name: counter.text
        }
    }

    Rectangle {
        objectName: "forbiddenList"
        Layout.fillWidth: true
        visible: root.assessment.forbiddenCharacters.length > 0
        implicitHeight: forbiddenColumn.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.dangerLight
        border.color: Theme.danger

        // A Column rather than a ColumnLayout: its rows come and go while typing, and
        // Qt 6.4's layouts can crash when a resized layout still lists a deleted row.
        Column {
            id: forbiddenColumn

            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: 6

            Label {
                width: forbiddenColumn.width
                text: qsTr("These characters cannot be printed into the archive and are marked in red in the text:")
                font.bold: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: root.assessment.forbiddenCharacters

                ForbiddenRow {}
            }
            Button {
                objectName: "removeForbiddenButton"
                visible: root.assessment.editable
                text: qsTr("Delete these characters")
                Accessible.name: qsTr("Delete the characters listed here from the text; nothing else is changed")
                onClicked: root.assessment.text = root.assessment.withoutForbidden()
            }
        }
    }

    Item {
        Layout.preferredHeight: Theme.padding
    }
}
