import QtQuick
import QtQuick.Controls

// The cut / copy / paste menu of the style's text fields and areas. Qt Quick's fields have
// none before Qt 6.9, so a candidate who only uses the mouse could not paste a
// self-assessment written elsewhere. Opened by the field: right click, or press and hold
// on a touch screen.
Menu {
    id: menu

    // The TextField or TextArea the menu edits (untyped: both have the same editing API).
    property var editor

    // The field keeps the focus (and its cursor) while the menu is open: pages take a field
    // losing the focus for the candidate leaving it, and would show an empty one's message.
    // Keyboard users have Ctrl+X/C/V.
    focus: false

    // Opens at @p x, @p y in the editor's coordinates, keeping its selection.
    function openAt(x: real, y: real): void {
        menu.editor.forceActiveFocus(Qt.MouseFocusReason);
        menu.popup(menu.editor, x, y);
    }

    // An entry that leaves the focus in the field when pressed (see `focus` above).
    component EditItem: MenuItem {
        focusPolicy: Qt.NoFocus
    }

    readonly property bool editable: menu.editor && !menu.editor.readOnly && menu.editor.enabled
    readonly property bool hasSelection: menu.editor && menu.editor.selectedText.length > 0
    // A password is never copied out of its field.
    readonly property bool secret: menu.editor && menu.editor.echoMode !== undefined && menu.editor.echoMode !== TextInput.Normal

    EditItem {
        objectName: "editMenuUndo"
        text: qsTr("Undo")
        enabled: menu.editable && menu.editor.canUndo
        onTriggered: menu.editor.undo()
    }
    MenuSeparator {}
    EditItem {
        objectName: "editMenuCut"
        text: qsTr("Cut")
        enabled: menu.editable && menu.hasSelection && !menu.secret
        onTriggered: menu.editor.cut()
    }
    EditItem {
        objectName: "editMenuCopy"
        text: qsTr("Copy")
        enabled: menu.hasSelection && !menu.secret
        onTriggered: menu.editor.copy()
    }
    EditItem {
        objectName: "editMenuPaste"
        text: qsTr("Paste")
        enabled: menu.editable && menu.editor.canPaste
        onTriggered: menu.editor.paste()
    }
    EditItem {
        objectName: "editMenuDelete"
        text: qsTr("Delete")
        enabled: menu.editable && menu.hasSelection
        onTriggered: menu.editor.remove(menu.editor.selectionStart, menu.editor.selectionEnd)
    }
    MenuSeparator {}
    EditItem {
        objectName: "editMenuSelectAll"
        text: qsTr("Select all")
        enabled: menu.editor && menu.editor.length > 0
        onTriggered: menu.editor.selectAll()
    }
}
