import QtQuick
import QtQuick.Controls
import ZkGradTheme

// The problems of a page at its top, each a link that moves the focus to its field.
// `problems` holds {field, message}; `field` is the objectName of the control to focus
// inside `target` (empty when the problem has no single field).
Rectangle {
    id: root

    property var problems: []
    property Item target
    property string heading: qsTr("Please fix the following before you continue:")

    // Finds the control named @p name below @p item, depth first.
    // Untyped on purpose: the result may be a FormField with focusInput().
    function findField(item, name) {
        if (!item)
            return null;
        if (item.objectName === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = root.findField(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }

    function focusField(name: string): void {
        const item = root.findField(root.target, name);
        if (!item)
            return;
        if (typeof item.focusInput === "function")
            item.focusInput();
        else
            item.forceActiveFocus(Qt.OtherFocusReason);
    }

    visible: root.problems.length > 0
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.dangerLight
    border.color: Theme.danger
    Accessible.role: Accessible.List
    Accessible.name: root.heading

    // A Column, not a ColumnLayout: with Qt 6.4.2 a ColumnLayout that is resized through
    // anchors while its Repeater's delegates are being replaced crashes in
    // QGridLayoutEngine (a deleted delegate is still in the engine).
    Column {
        id: column

        x: Theme.spacing
        y: Theme.spacing
        width: root.width - 2 * Theme.spacing
        spacing: 4

        Label {
            width: column.width
            text: root.heading
            font.bold: true
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.problems

            Label {
                id: problem

                required property var modelData

                width: problem.parent ? problem.parent.width : 0
                // A kiosk's finger needs a row, not a line of text, to hit.
                height: Math.max(problem.implicitHeight, Theme.kiosk && problem.modelData.field ? Theme.minimumTouchTarget : 0)
                verticalAlignment: Text.AlignVCenter
                text: problem.modelData.field
                      ? "• <a href=\"" + problem.modelData.field + "\">" + problem.modelData.message + "</a>"
                      : "• " + problem.modelData.message
                textFormat: Text.StyledText
                linkColor: Theme.danger
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Link
                Accessible.name: problem.modelData.message
                onLinkActivated: link => root.focusField(link)

                // The whole row is the link, not only the glyphs of its text.
                MouseArea {
                    objectName: "problemLink"
                    anchors.fill: parent
                    enabled: !!problem.modelData.field
                    cursorShape: Qt.PointingHandCursor
                    onClicked: problem.linkActivated(problem.modelData.field)
                }
            }
        }
    }
}
