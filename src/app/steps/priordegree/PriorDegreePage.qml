import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 前置学历: the prior diploma as printed on it (name, ID number, school, graduation
// date, number), whether the identity changed since, and the images the school
// checks it against. Every rule lives in PriorDegreeController; this page shows
// a field's message once it has been left, and all of them after Next.
StepPage {
    id: root

    readonly property PriorDegreeController prior: root.controller as PriorDegreeController

    // While a photo is checked, 使用这张图片 is the main action, not Next.
    hasPrimaryAction: root.prior.diploma.reviewing || root.prior.registrationRecord.reviewing || root.prior.identityChange.reviewing
    readonly property bool showAll: root.problemsRevealed
    // objectName -> true for the controls the candidate has left.
    property var touched: ({})

    function markTouched(field: string): void {
        if (root.touched[field] === true)
            return;
        const copy = Object.assign({}, root.touched);
        copy[field] = true;
        root.touched = copy;
    }

    function warningOf(field: string): string {
        const message = root.prior.warnings[field];
        return message === undefined ? "" : message;
    }

    function errorOf(field: string): string {
        const message = root.prior.errors[field];
        return message === undefined ? "" : message;
    }

    // Enter on a combo box (popup closed) moves on like Enter in a text field.
    function focusNext(item: Item): void {
        root.focusFrom(item, item.nextItemInFocusChain(true));
    }

    // Skips the control's own parts (the text inside an editable combo box). Recursive
    // rather than a loop: qmllint 6.4 crashes on an Item variable reassigned in a loop.
    function focusFrom(owner: Item, candidate: Item): void {
        if (!candidate || candidate === owner)
            return;
        if (root.isWithin(candidate, owner))
            root.focusFrom(owner, candidate.nextItemInFocusChain(true));
        else
            candidate.forceActiveFocus(Qt.TabFocusReason);
    }

    function isWithin(item: Item, ancestor: Item): bool {
        if (!item)
            return false;
        return item === ancestor || root.isWithin(item.parent, ancestor);
    }

    function commitYear(): void {
        const text = yearBox.editText.trim();
        root.prior.graduationYear = text.length > 0 ? parseInt(text, 10) : 0;
    }

    // The date counts as left once the focus is outside all three boxes and their lists,
    // so moving from the year to the month does not already say "incomplete".
    function dateLeft(): void {
        const boxes = [yearBox, monthBox, dayBox];
        for (let i = 0; i < boxes.length; ++i) {
            if (boxes[i].activeFocus || boxes[i].popup.visible)
                return;
        }
        root.markTouched("graduationDate");
    }

    component SlotBlock: ColumnLayout {
        id: block

        required property string field
        required property PhotoSlot photoSlot
        // The controller's message for this image, and whether the page shows messages now.
        required property string message
        required property bool showMessage

        Layout.fillWidth: true
        spacing: 4

        PhotoSlotView {
            objectName: block.field
            Layout.fillWidth: true
            photoSlot: block.photoSlot
            // A form page: Next is its primary button, the images are fields of it.
            primary: false
        }
        // "Missing" is said here; a refused file is said by the slot view itself.
        Label {
            objectName: block.field + "Message"
            Layout.fillWidth: true
            visible: block.showMessage && block.message.length > 0 && block.message !== block.photoSlot.errorMessage
            text: block.message
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    subtitle: qsTr("Enter your prior diploma (the junior-college diploma your bachelor's application builds on) exactly as it is printed, and add the images the examining school checks it against.")

    // Focus moves after the old box reports losing it: look once the move is done.
    Timer {
        id: dateLeftTimer

        interval: 0
        onTriggered: root.dateLeft()
    }

    InfoBanner {
        objectName: "checkMessage"
        Layout.fillWidth: true
        kind: InfoBanner.Kind.Warning
        text: root.prior.checkMessage.length > 0 ? qsTr("The automatic check of your prior degree did not pass, so please fill in this page; the examining school will check it by hand. Reason given: %1").arg(root.prior.checkMessage) : qsTr("The automatic check of your prior degree did not pass, so please fill in this page; the examining school will check it by hand.")
    }

    FormField {
        id: nameField

        objectName: "name"
        Layout.fillWidth: true
        label: qsTr("Name on the diploma")
        hint: qsTr("Filled in from your profile. If the diploma carries a former name, enter that name.")
        required: true
        readOnly: !root.prior.editable
        text: root.prior.name
        message: root.errorOf("name")
        showMessage: root.showAll
        onTextChanged: if (!nameField.readOnly)
            root.prior.name = nameField.text
        onEditingFinished: root.markTouched("name")
    }

    FormField {
        id: idField

        objectName: "idNumber"
        Layout.fillWidth: true
        label: qsTr("ID number on the diploma")
        hint: qsTr("Filled in from your profile. If the diploma was issued under a former ID number, enter that number.")
        required: true
        readOnly: !root.prior.editable
        maximumLength: 30
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        text: root.prior.idNumber
        message: root.errorOf("idNumber")
        showMessage: root.showAll
        onTextChanged: if (!idField.readOnly)
            root.prior.idNumber = idField.text
        onEditingFinished: root.markTouched("idNumber")
    }

    FormField {
        id: schoolField

        objectName: "school"
        Layout.fillWidth: true
        label: qsTr("School")
        hint: qsTr("The school that issued the diploma, as printed on it.")
        required: true
        readOnly: !root.prior.editable
        text: root.prior.school
        message: root.errorOf("school")
        showMessage: root.showAll
        onTextChanged: if (!schoolField.readOnly)
            root.prior.school = schoolField.text
        onEditingFinished: root.markTouched("school")
    }

    // Year, month and day in three boxes: the year can be typed or picked, the month
    // and day picked with the arrow keys or the mouse.
    ColumnLayout {
        id: dateField

        readonly property bool messageShown: root.errorOf("graduationDate").length > 0 && (root.showAll || root.touched["graduationDate"] === true)

        function focusInput(): void {
            // The tab reason puts the cursor into the year's text, ready for typing.
            if (root.prior.graduationYear === 0)
                yearBox.forceActiveFocus(Qt.TabFocusReason);
            else if (root.prior.graduationMonth === 0)
                monthBox.forceActiveFocus(Qt.TabFocusReason);
            else
                dayBox.forceActiveFocus(Qt.TabFocusReason);
        }

        objectName: "graduationDate"
        Layout.fillWidth: true
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: qsTr("Graduation date") + " *"
            font.bold: true
            wrapMode: Text.Wrap
        }
        RowLayout {
            spacing: 6

            ComboBox {
                id: yearBox

                objectName: "graduationYear"
                Layout.preferredWidth: Math.max(implicitWidth, 110)
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                enabled: root.prior.editable
                editable: true
                model: root.prior.yearChoices
                currentIndex: yearBox.find(String(root.prior.graduationYear))
                editText: root.prior.graduationYear > 0 ? String(root.prior.graduationYear) : ""
                validator: RegularExpressionValidator {
                    regularExpression: /[0-9]{0,4}/
                }
                inputMethodHints: Qt.ImhDigitsOnly
                Accessible.name: qsTr("Year of graduation")
                Accessible.description: dateField.messageShown ? root.errorOf("graduationDate") : ""
                onActivated: index => root.prior.graduationYear = parseInt(yearBox.textAt(index), 10)
                onAccepted: {
                    root.commitYear();
                    root.focusNext(yearBox);
                }
                onActiveFocusChanged: {
                    if (!yearBox.activeFocus) {
                        root.commitYear();
                        dateLeftTimer.restart();
                    }
                }
            }
            Label {
                text: qsTr("year")
            }
            ComboBox {
                id: monthBox

                objectName: "graduationMonth"
                Layout.preferredWidth: Math.max(implicitWidth, 80)
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                enabled: root.prior.editable
                model: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
                currentIndex: root.prior.graduationMonth - 1
                Accessible.name: qsTr("Month of graduation")
                Accessible.description: dateField.messageShown ? root.errorOf("graduationDate") : ""
                onActivated: index => root.prior.graduationMonth = index + 1
                Keys.onReturnPressed: event => {
                    event.accepted = !monthBox.popup.visible;
                    if (event.accepted)
                        root.focusNext(monthBox);
                }
                Keys.onEnterPressed: event => {
                    event.accepted = !monthBox.popup.visible;
                    if (event.accepted)
                        root.focusNext(monthBox);
                }
                onActiveFocusChanged: if (!monthBox.activeFocus)
                    dateLeftTimer.restart()
            }
            Label {
                text: qsTr("month")
            }
            ComboBox {
                id: dayBox

                objectName: "graduationDay"
                Layout.preferredWidth: Math.max(implicitWidth, 80)
                Layout.preferredHeight: Math.max(implicitHeight, Theme.minimumTouchTarget)
                enabled: root.prior.editable
                model: Array.from({
                        "length": 31
                    }, (_, i) => i + 1)
                currentIndex: root.prior.graduationDay - 1
                Accessible.name: qsTr("Day of graduation")
                Accessible.description: dateField.messageShown ? root.errorOf("graduationDate") : ""
                onActivated: index => root.prior.graduationDay = index + 1
                Keys.onReturnPressed: event => {
                    event.accepted = !dayBox.popup.visible;
                    if (event.accepted)
                        root.focusNext(dayBox);
                }
                Keys.onEnterPressed: event => {
                    event.accepted = !dayBox.popup.visible;
                    if (event.accepted)
                        root.focusNext(dayBox);
                }
                onActiveFocusChanged: if (!dayBox.activeFocus)
                    dateLeftTimer.restart()
            }
            Label {
                text: qsTr("day")
            }
        }
        Label {
            objectName: "graduationDateMessage"
            Layout.fillWidth: true
            text: dateField.messageShown ? root.errorOf("graduationDate") : qsTr("As printed on the diploma. Type the year or pick it; pick the month and day with the arrow keys.")
            color: dateField.messageShown ? Theme.danger : Theme.muted
            wrapMode: Text.Wrap
            Accessible.role: dateField.messageShown ? Accessible.AlertMessage : Accessible.StaticText
            Accessible.name: text
        }
    }

    FormField {
        id: numberField

        objectName: "diplomaNumber"
        Layout.fillWidth: true
        label: qsTr("Diploma number")
        hint: root.warningOf("diplomaNumber").length > 0 ? root.warningOf("diplomaNumber") : qsTr("The number printed on the diploma (18 digits on diplomas since 2002; digits 7 to 10 are the graduation year).")
        required: true
        readOnly: !root.prior.editable
        maximumLength: 60
        inputMethodHints: Qt.ImhNoPredictiveText
        text: root.prior.diplomaNumber
        message: root.errorOf("diplomaNumber")
        showMessage: root.showAll
        onTextChanged: if (!numberField.readOnly)
            root.prior.diplomaNumber = numberField.text
        onEditingFinished: root.markTouched("diplomaNumber")
    }

    ConfirmCheckBox {
        id: changedBox

        objectName: "identityChanged"
        Layout.fillWidth: true
        enabled: root.prior.editable
        text: qsTr("My name or ID number has changed since this diploma was issued.")
        checked: root.prior.identityChanged
        onToggled: root.prior.identityChanged = changedBox.checked
        Keys.onReturnPressed: root.focusNext(changedBox)
        Keys.onEnterPressed: root.focusNext(changedBox)
    }
    Label {
        Layout.fillWidth: true
        Layout.leftMargin: 32
        visible: root.prior.identityChanged
        text: qsTr("Then also add the police station's stamped explanation of the change below. The name and ID number above must be those printed on the diploma.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "identityChangedMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.errorOf("identityChanged")
        color: Theme.danger
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("Images")
        font.bold: true
        font.pointSize: Theme.basePointSize * Theme.headingScale
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Each image is turned into a JPEG of at most 50 KB for you. Check at 100 % that every word is legible.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }

    SlotBlock {
        field: "diploma"
        message: root.errorOf("diploma")
        showMessage: root.showAll
        photoSlot: root.prior.diploma
    }
    SlotBlock {
        field: "registrationRecord"
        message: root.errorOf("registrationRecord")
        showMessage: root.showAll
        photoSlot: root.prior.registrationRecord
    }
    SlotBlock {
        field: "identityChange"
        message: root.errorOf("identityChange")
        showMessage: root.showAll
        photoSlot: root.prior.identityChange
        visible: root.prior.identityChanged
    }
}
