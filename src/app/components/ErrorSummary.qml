import QtQuick
import QtQuick.Controls
import ZkGradTheme

// The problems of a page at its top, each a link that moves the focus to its field.
// `problems` holds {field, message}; `field` is the objectName of the control to focus
// inside `target` (empty when the problem has no single field).
//
// Live (the check-and-submit page): the list follows `problems`. Otherwise (every step page,
// GOV.UK's pattern) it shows what was wrong when Next was pressed (show()) and keeps its
// rows while the candidate fixes them, each fixed row ticked, so the page never jumps under
// the candidate's hands; the next press of Next takes a fresh look.
Rectangle {
    id: root

    property var problems: []
    property Item target
    property string heading: qsTr("Please fix the following before you continue:")
    property bool live: true
    // The rows as of the last show(): {field, message}.
    property var shownProblems: []
    // What the list shows: {field, message, fixed}. Computed here, not in the delegate,
    // which (for the 6.4 linter) may not look outside itself.
    readonly property var rows: root.live ? root.problems.map(p => ({
                "field": p.field,
                "message": p.message,
                "fixed": false
            })) : root.shownProblems.map(r => {
            const now = root.currentMessage(r);
            return {
                "field": r.field,
                "message": now.length > 0 ? now : r.message,
                "fixed": now.length === 0
            };
        })

    // Takes a fresh look at the page's problems and moves the focus to the list.
    function show(): void {
        root.shownProblems = root.problems.slice();
        if (root.rows.length > 0)
            root.forceActiveFocus(Qt.OtherFocusReason);
    }

    // Forgets the rows (the step was left).
    function clear(): void {
        root.shownProblems = [];
    }

    // The current message of a shown row, or "" once the candidate has fixed it.
    function currentMessage(row: var): string {
        for (let i = 0; i < root.problems.length; ++i) {
            const p = root.problems[i];
            if (row.field ? p.field === row.field : p.message === row.message)
                return p.message;
        }
        return "";
    }

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

    // The first row that links to a field, or null.
    function firstLink(): Item {
        for (let i = 0; i < column.children.length; ++i) {
            const row = column.children[i];
            if (row.visible && row.activeFocusOnTab)
                return row;
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

    visible: root.rows.length > 0
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.dangerLight
    border.color: Theme.danger
    border.width: root.activeFocus ? 2 : 1
    Accessible.role: Accessible.AlertMessage
    Accessible.ignored: !visible
    Accessible.name: root.heading
    Accessible.description: root.rows.map(r => r.message).join("; ")

    FocusRing {
        shown: root.activeFocus
    }

    // Qt's tab chain does not go from the focused summary into its rows (it passes over
    // children of an item that is not in the chain itself): Tab goes to the first link here.
    Keys.onTabPressed: event => {
        const link = root.firstLink();
        if (link)
            link.forceActiveFocus(Qt.TabFocusReason);
        else
            event.accepted = false;
    }

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
            // The alert carries the heading as its name.
            Accessible.ignored: true
        }
        Repeater {
            model: root.rows

            // An Item that is the link, around a plain Label: Qt 6.4's Label resets its own
            // accessible role to "label" once a screen reader connects, and a StyledText
            // anchor adds a second link node; the row must be one link, named by its message.
            Item {
                id: problem

                required property var modelData
                readonly property string message: problem.modelData.message
                readonly property bool fixed: problem.modelData.fixed
                readonly property bool linked: !!problem.modelData.field && !problem.fixed
                readonly property string field: problem.modelData.field || ""
                readonly property alias text: problemText.text

                // The row was clicked, pressed or activated by a screen reader.
                signal activated

                objectName: "problem_" + problem.field
                width: problem.parent ? problem.parent.width : 0
                // A kiosk's finger needs a row, not a line of text, to hit.
                implicitHeight: Math.max(problemText.implicitHeight, Theme.kiosk && problem.linked ? Theme.minimumTouchTarget : 0)
                height: problem.implicitHeight
                // Each link is a stop of its own: a keyboard user reaches the field from here.
                activeFocusOnTab: problem.linked
                Accessible.role: problem.linked ? Accessible.Link : Accessible.StaticText
                Accessible.name: problem.fixed ? qsTr("%1 (fixed)").arg(problem.message) : problem.message
                Accessible.onPressAction: problem.activated()
                Keys.onReturnPressed: problem.activated()
                Keys.onEnterPressed: problem.activated()
                Keys.onSpacePressed: problem.activated()
                // An arrow function: the 6.4 linter lets a delegate's handler reach the summary
                // only from inside one.
                onActivated: () => {
                    if (problem.linked)
                        root.focusField(problem.field);
                }

                Label {
                    id: problemText

                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width
                    text: problem.fixed ? "✓ " + qsTr("%1 (fixed)").arg(problem.message) : "• " + problem.message
                    textFormat: Text.PlainText
                    color: problem.fixed ? Theme.muted : problem.linked ? Theme.danger : Theme.text
                    font.underline: problem.linked
                    wrapMode: Text.Wrap
                    // The row carries the name.
                    Accessible.ignored: true
                }

                FocusRing {
                    shown: problem.activeFocus
                }

                // The whole row is the link, not only the glyphs of its text.
                MouseArea {
                    objectName: "problemLink"
                    anchors.fill: parent
                    enabled: problem.linked
                    cursorShape: Qt.PointingHandCursor
                    onClicked: problem.activated()
                }
            }
        }
    }
}
