import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGradTheme

// A year and a month picked from lists (plus "until now" where the entry may run on),
// with a label above and the field's message below, like FormField. Picking is
// friendlier than typing dates and cannot produce a malformed one.
ColumnLayout {
    id: root

    property string label
    // 0 = not chosen yet.
    property int year
    property int month
    property bool present
    // Offer "until now" (the last entry, or one that has it and must lose it).
    property bool allowPresent
    // The years to offer, the latest first (from the controller).
    property var years: []
    // The year the list opens at while none is chosen: the period's other end, so the
    // end of an entry begun in 2005 is not 21 rows below the top of the list.
    property int nearYear
    property bool readOnly
    // The controller's message for this date; empty when it is fine.
    property string message
    property bool showMessage
    property bool touched
    readonly property bool messageShown: root.message.length > 0 && (root.touched || root.showMessage)

    signal yearPicked(int year)
    signal monthPicked(int month)
    signal presentToggled(bool present)

    function focusInput(): void {
        if (yearBox.enabled)
            yearBox.forceActiveFocus(Qt.TabFocusReason);
        else
            presentBox.forceActiveFocus(Qt.TabFocusReason);
    }

    // Enter moves on, as in the text fields, unless a list is open. The parameter is
    // untyped on purpose: the 6.4.2 linter crashes now and then on a call through a
    // typed Item parameter.
    function moveOn(item): void {
        const next = item.nextItemInFocusChain(true);
        if (next)
            next.forceActiveFocus(Qt.TabFocusReason);
    }

    // Untyped for the same linter reason as moveOn: the popup's list is a ListView.
    function showNearYear(list): void {
        const i = root.years.indexOf(root.nearYear);
        if (root.year === 0 && i >= 0)
            list.positionViewAtIndex(i, ListView.Center);
    }

    function leftPart(): void {
        if (!yearBox.activeFocus && !monthBox.activeFocus && !presentBox.activeFocus && !yearBox.popup.visible && !monthBox.popup.visible)
            root.touched = true;
    }

    spacing: 4

    Label {
        Layout.fillWidth: true
        text: root.label + " *"
        font.bold: true
        wrapMode: Text.Wrap

        TapHandler {
            enabled: !root.readOnly
            onTapped: root.focusInput()
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 6

        ComboBox {
            id: yearBox

            // Digits typed so far: "2005" picks 2005 (a list only searches by first
            // character, so "2" jumped to the latest year and 2005 took Down ×21).
            property string typed: ""

            objectName: root.objectName + "_year"
            Layout.preferredWidth: Math.max(implicitWidth, 100)
            Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
            model: root.years
            currentIndex: root.years.indexOf(root.year)
            displayText: root.present ? qsTr("until now") : (root.year > 0 ? qsTr("Year %1").arg(root.year) : qsTr("Year"))
            enabled: !root.readOnly && !root.present
            Accessible.name: qsTr("%1: year").arg(root.label)
            Accessible.description: root.messageShown ? root.message : ""
            Keys.onReturnPressed: root.moveOn(yearBox)
            Keys.onEnterPressed: root.moveOn(yearBox)
            onActivated: index => root.yearPicked(root.years[index])
            onActiveFocusChanged: root.leftPart()
            Keys.onPressed: event => {
                if (event.text.length !== 1 || event.text < "0" || event.text > "9")
                    return;
                event.accepted = true;
                yearBox.typed = (yearBox.typed + event.text).slice(-4);
                typedTimer.restart();
                if (yearBox.typed.length === 4 && root.years.indexOf(parseInt(yearBox.typed, 10)) >= 0)
                    root.yearPicked(parseInt(yearBox.typed, 10));
            }

            Connections {
                target: yearBox.popup

                function onOpened(): void {
                    root.showNearYear(yearBox.popup.contentItem);
                }
            }

            Timer {
                id: typedTimer

                interval: 1500
                onTriggered: yearBox.typed = ""
            }
        }
        ComboBox {
            id: monthBox

            objectName: root.objectName + "_month"
            Layout.preferredWidth: Math.max(implicitWidth, 72)
            Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
            model: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
            currentIndex: root.month - 1
            displayText: root.present ? "" : (root.month > 0 ? qsTr("Month %1").arg(root.month) : qsTr("Month"))
            enabled: !root.readOnly && !root.present
            Accessible.name: qsTr("%1: month").arg(root.label)
            Accessible.description: root.messageShown ? root.message : ""
            Keys.onReturnPressed: root.moveOn(monthBox)
            Keys.onEnterPressed: root.moveOn(monthBox)
            onActivated: index => root.monthPicked(index + 1)
            onActiveFocusChanged: root.leftPart()
        }
        CheckBox {
            id: presentBox

            objectName: root.objectName + "_present"
            visible: root.allowPresent || root.present
            enabled: !root.readOnly
            text: qsTr("Until now")
            checked: root.present
            Accessible.name: qsTr("%1: until now").arg(root.label)
            Keys.onReturnPressed: root.moveOn(presentBox)
            Keys.onEnterPressed: root.moveOn(presentBox)
            onToggled: root.presentToggled(presentBox.checked)
            onActiveFocusChanged: root.leftPart()
        }
        Item {
            Layout.fillWidth: true
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.messageShown
        text: root.message
        color: Theme.danger
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
