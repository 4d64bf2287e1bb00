import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGradTheme

// One labelled text field with its own message underneath. The message appears once
// the candidate has left the field (or when the page asks to show everything), so
// nobody is scolded while still typing.
ColumnLayout {
    id: root

    property string label
    property string hint
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias readOnly: input.readOnly
    property alias inputMethodHints: input.inputMethodHints
    property alias validator: input.validator
    property alias maximumLength: input.maximumLength
    property alias echoMode: input.echoMode
    property alias input: input
    // The controller's message for this field; empty when the value is fine.
    property string message
    property bool required: false
    // Set by the page (for example after Next was refused) to show every message at once.
    property bool showMessage: false
    property bool touched: false
    readonly property bool messageShown: root.message.length > 0 && (root.touched || root.showMessage)

    // Emitted when the candidate leaves the field, so the controller can check it.
    signal editingFinished
    // Emitted on Enter; the page moves on to the next field or step.
    signal accepted

    function focusInput(): void {
        input.forceActiveFocus();
        input.selectAll();
    }

    spacing: 4

    Label {
        objectName: root.objectName + "_label"
        Layout.fillWidth: true
        text: root.required ? root.label + " *" : root.label
        font.bold: true
        wrapMode: Text.Wrap

        // As on a web form, clicking the label puts the cursor in its field.
        TapHandler {
            onTapped: root.focusInput()
        }
    }
    TextField {
        id: input

        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
        selectByMouse: true
        color: root.readOnly ? Theme.muted : Theme.text
        Accessible.name: root.label
        Accessible.description: root.messageShown ? root.message : root.hint
        // The style's field, outlined red with a message: as tall as the combo boxes beside it,
        // a 3:1 edge, and the focus ring while the cursor is in it.
        background: Rectangle {
            implicitHeight: Theme.controlHeight
            radius: Theme.radius
            color: input.readOnly ? Theme.background : Theme.surface
            border.width: input.activeFocus || root.messageShown ? 2 : 1
            border.color: root.messageShown ? Theme.danger : input.activeFocus ? Theme.text : Theme.fieldBorder

            FocusRing {
                shown: input.activeFocus
            }
        }
        onActiveFocusChanged: {
            if (!input.activeFocus && !input.readOnly) {
                root.touched = true;
                root.editingFinished();
            }
        }
        onAccepted: {
            root.touched = true;
            root.editingFinished();
            root.accepted();
            const next = input.nextItemInFocusChain(true);
            if (next)
                next.forceActiveFocus(Qt.TabFocusReason);
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.messageShown || (root.hint.length > 0 && !root.readOnly)
        text: root.messageShown ? root.message : root.hint
        color: root.messageShown ? Theme.danger : Theme.muted
        wrapMode: Text.Wrap
        Accessible.role: root.messageShown ? Accessible.AlertMessage : Accessible.StaticText
        Accessible.name: text
    }
}
