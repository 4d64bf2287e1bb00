import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// One resume entry: its number and period as a heading, the gap warning before it,
// the from/to pickers, school or employer, role and witness, and buttons to move
// or remove it. Every field carries the objectName the controller's errors use.
ColumnLayout {
    id: root

    required property ResumeEntryItem entry
    required property ResumeController controller
    property bool readOnly
    // Show every message, not only those of fields the candidate has left.
    property bool showMessages

    signal removeRequested(int row)
    // The candidate left a field or picked a value: the page may show its summary.
    signal interacted

    function name(field: string): string {
        return "entry_" + root.entry.row + "_" + field;
    }

    function message(field: string): string {
        const m = root.controller.errors[root.name(field)];
        return m ? m : "";
    }

    // Moves the entry and keeps the keyboard focus on the same card (moveButton is the
    // button pressed; when it is now disabled, the other one takes over).
    function move(direction: int, pressed: Button, other: Button): void {
        if (!root.controller.moveEntry(root.entry.row, direction))
            return;
        if (pressed.enabled)
            pressed.forceActiveFocus(Qt.TabFocusReason);
        else
            other.forceActiveFocus(Qt.TabFocusReason);
    }

    function focusFirst(): void {
        fromPicker.focusInput();
    }

    objectName: "entry_" + root.entry.row
    spacing: Theme.spacing / 2

    InfoBanner {
        objectName: root.name("gap")
        Layout.fillWidth: true
        visible: text.length > 0
        kind: InfoBanner.Kind.Warning
        text: {
            const w = root.controller.warnings["entry_" + root.entry.row];
            return w ? w : "";
        }
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: body.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        // A Column: its height follows its children at once. An anchored ColumnLayout here
        // kept a stale implicit height (Qt 6.4) after the wrapped hints settled, leaving
        // empty space at the bottom of each card.
        Column {
            id: body

            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacing

            RowLayout {
                width: body.width
                spacing: Theme.spacing

                Rectangle {
                    Layout.preferredWidth: Math.max(28, numberLabel.implicitWidth + 12)
                    Layout.preferredHeight: Layout.preferredWidth
                    radius: width / 2
                    color: Theme.accent

                    Label {
                        id: numberLabel

                        anchors.centerIn: parent
                        text: root.entry.number
                        color: "white"
                        font.bold: true
                    }
                }
                Label {
                    objectName: root.name("period")
                    Layout.fillWidth: true
                    text: root.entry.period
                    font.bold: true
                    font.pointSize: Theme.basePointSize * Theme.headingScale
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: qsTr("Entry %1: %2").arg(root.entry.number).arg(root.entry.period)
                }
                Button {
                    id: upButton

                    objectName: root.name("up")
                    visible: !root.readOnly
                    enabled: !root.entry.isFirst
                    text: qsTr("Move up")
                    flat: true
                    Accessible.name: qsTr("Move entry %1 up").arg(root.entry.number)
                    onClicked: root.move(-1, upButton, downButton)
                }
                Button {
                    id: downButton

                    objectName: root.name("down")
                    visible: !root.readOnly
                    enabled: !root.entry.isLast
                    text: qsTr("Move down")
                    flat: true
                    Accessible.name: qsTr("Move entry %1 down").arg(root.entry.number)
                    onClicked: root.move(1, downButton, upButton)
                }
                Button {
                    objectName: root.name("remove")
                    visible: !root.readOnly
                    text: qsTr("Remove")
                    flat: true
                    palette.buttonText: Theme.danger
                    Accessible.name: qsTr("Remove entry %1").arg(root.entry.number)
                    onClicked: root.removeRequested(root.entry.row)
                }
            }

            GridLayout {
                width: body.width
                columns: 2
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing

                ResumeMonthPicker {
                    id: fromPicker

                    objectName: root.name("from")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("From")
                    years: root.controller.years
                    year: root.entry.fromYear
                    nearYear: root.entry.toYear
                    month: root.entry.fromMonth
                    readOnly: root.readOnly
                    message: root.message("from")
                    showMessage: root.showMessages
                    onYearPicked: year => root.entry.fromYear = year
                    onMonthPicked: month => root.entry.fromMonth = month
                    onTouchedChanged: root.interacted()
                }
                ResumeMonthPicker {
                    objectName: root.name("to")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("To")
                    years: root.controller.years
                    year: root.entry.toYear
                    nearYear: root.entry.fromYear
                    month: root.entry.toMonth
                    present: root.entry.toPresent
                    allowPresent: root.entry.isLast
                    readOnly: root.readOnly
                    message: root.message("to")
                    showMessage: root.showMessages
                    onYearPicked: year => root.entry.toYear = year
                    onMonthPicked: month => root.entry.toMonth = month
                    onPresentToggled: present => root.entry.toPresent = present
                    onTouchedChanged: root.interacted()
                }
                FormField {
                    objectName: root.name("organisation")
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    label: qsTr("School or employer")
                    hint: qsTr("The full name, as on the school's or employer's seal.")
                    required: true
                    readOnly: root.readOnly
                    // The rule counts characters (and says when it is too long); this only stops a
                    // pasted book. Twice the limit: a character can take two UTF-16 units.
                    maximumLength: 2 * root.entry.organisationLimit
                    text: root.entry.organisation
                    message: root.message("organisation")
                    showMessage: root.showMessages
                    onTextChanged: {
                        if (text !== root.entry.organisation)
                            root.entry.organisation = text;
                    }
                    onEditingFinished: root.interacted()
                }
                FormField {
                    objectName: root.name("role")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Role")
                    hint: qsTr("For example student, worker, teacher or clerk.")
                    required: true
                    readOnly: root.readOnly
                    maximumLength: 2 * root.entry.roleLimit
                    text: root.entry.role
                    message: root.message("role")
                    showMessage: root.showMessages
                    onTextChanged: {
                        if (text !== root.entry.role)
                            root.entry.role = text;
                    }
                    onEditingFinished: root.interacted()
                }
                FormField {
                    objectName: root.name("witness")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Witness")
                    hint: qsTr("Someone who can confirm this period, such as a teacher or a manager.")
                    required: true
                    readOnly: root.readOnly
                    maximumLength: 2 * root.entry.witnessLimit
                    text: root.entry.witness
                    message: root.message("witness")
                    showMessage: root.showMessages
                    onTextChanged: {
                        if (text !== root.entry.witness)
                            root.entry.witness = text;
                    }
                    onEditingFinished: root.interacted()
                }
            }
        }
    }
}
