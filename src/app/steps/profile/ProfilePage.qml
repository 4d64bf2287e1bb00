import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 考生信息: identity (read-only, with how to correct it), contact details, the major
// and examining school to graduate with, and that school's announcements.
StepPage {
    id: root

    readonly property ProfileController profile: root.controller as ProfileController
    readonly property ApplicationSession session: WizardController.session
    // var, so a missing key reads as undefined rather than a type error.
    readonly property var errors: root.profile.errors

    // Until the application exists, creating it is the page's main action, not Next.
    hasPrimaryAction: applyButton.visible

    subtitle: qsTr("Check your identity, complete your contact details, and choose the major and examining school you graduate with.")

    // Identity: read-only, corrected only at the district office.
    GroupBox {
        Layout.fillWidth: true
        title: qsTr("Identity (from the examination records)")

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 4

                Label {
                    text: qsTr("Name")
                    font.bold: true
                }
                Label {
                    objectName: "name"
                    text: root.profile.name || "—"
                    Accessible.name: qsTr("Name: %1").arg(text)
                }
                Label {
                    text: qsTr("ID number")
                    font.bold: true
                }
                Label {
                    objectName: "idNumber"
                    text: root.profile.idNumber || "—"
                    Accessible.name: qsTr("ID number: %1").arg(text)
                }
                Label {
                    text: qsTr("Gender")
                    font.bold: true
                }
                Label {
                    objectName: "gender"
                    text: root.profile.genderText || "—"
                    Accessible.name: qsTr("Gender: %1").arg(text)
                }
            }
            Label {
                Layout.fillWidth: true
                text: root.profile.identityCorrection
                color: Theme.muted
                wrapMode: Text.Wrap
            }
        }
    }

    GroupBox {
        Layout.fillWidth: true
        title: qsTr("Contact details")

        GridLayout {
            anchors.fill: parent
            columns: width > 700 ? 2 : 1
            columnSpacing: Theme.padding
            rowSpacing: Theme.spacing

            FormField {
                Layout.fillWidth: true
                Layout.preferredWidth: 300
                Layout.alignment: Qt.AlignTop
                objectName: "phone"
                label: qsTr("Phone")
                hint: qsTr("Mobile number, or a landline with area code such as 023-12345678.")
                required: true
                readOnly: !root.profile.editable
                text: root.profile.phone
                message: root.errors["phone"] ?? ""
                showMessage: root.problemsRevealed
                inputMethodHints: Qt.ImhDialableCharactersOnly
                onTextChanged: root.profile.phone = text
            }
            FormField {
                Layout.fillWidth: true
                Layout.preferredWidth: 300
                Layout.alignment: Qt.AlignTop
                objectName: "postalCode"
                label: qsTr("Postal code")
                hint: qsTr("Six digits.")
                required: true
                readOnly: !root.profile.editable
                text: root.profile.postalCode
                message: root.errors["postalCode"] ?? ""
                showMessage: root.problemsRevealed
                inputMethodHints: Qt.ImhDigitsOnly
                onTextChanged: root.profile.postalCode = text
            }
            FormField {
                Layout.fillWidth: true
                Layout.columnSpan: parent.columns
                objectName: "address"
                label: qsTr("Postal address")
                required: true
                readOnly: !root.profile.editable
                text: root.profile.address
                message: root.errors["address"] ?? ""
                showMessage: root.problemsRevealed
                onTextChanged: root.profile.address = text
            }
            FormField {
                Layout.fillWidth: true
                Layout.columnSpan: parent.columns
                objectName: "email"
                label: qsTr("E-mail (optional)")
                readOnly: !root.profile.editable
                text: root.profile.email
                message: root.errors["email"] ?? ""
                showMessage: root.problemsRevealed
                inputMethodHints: Qt.ImhEmailCharactersOnly
                onTextChanged: root.profile.email = text
            }
        }
    }

    // Enrolment: a candidate without an enrolled major adds one first.
    GroupBox {
        Layout.fillWidth: true
        visible: root.session.signedIn && root.profile.enrolledMajors.length === 0 && !root.profile.applied
        title: qsTr("Add your enrolled major")

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("The examination records show no enrolled major (在籍专业) for you. Choose the major you studied and its examining school.")
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                ComboBox {
                    id: addMajorBox

                    Layout.fillWidth: true
                    objectName: "addMajor"
                    model: root.profile.addableMajors
                    textRole: "name"
                    displayText: currentIndex < 0 ? qsTr("Choose a major") : currentText
                    Accessible.name: qsTr("Major to add")
                    currentIndex: -1
                }
                ComboBox {
                    id: addSchoolBox

                    Layout.fillWidth: true
                    objectName: "addSchool"
                    model: addMajorBox.currentIndex >= 0 ? root.profile.addableMajors[addMajorBox.currentIndex].schools : []
                    textRole: "name"
                    valueRole: "code"
                    Accessible.name: qsTr("Examining school of that major")
                }
                Button {
                    objectName: "addMajorButton"
                    text: qsTr("Add major")
                    enabled: addMajorBox.currentIndex >= 0 && addSchoolBox.currentIndex >= 0 && !root.profile.busy
                    Accessible.name: text
                    onClicked: root.profile.addMajor(root.profile.addableMajors[addMajorBox.currentIndex].code, addSchoolBox.currentValue)
                }
            }
        }
    }

    GroupBox {
        Layout.fillWidth: true
        title: qsTr("Major and examining school to graduate with")

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            // Once the application exists the choice is fixed.
            Label {
                Layout.fillWidth: true
                visible: root.profile.applied
                text: qsTr("Major: %1\nExamining school: %2").arg(root.profile.appliedMajor).arg(root.profile.appliedSchool)
                wrapMode: Text.Wrap
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                visible: root.profile.applied
                text: qsTr("Your application has been created with this choice. Only the examining school can undo it by rejecting the application.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }

            ColumnLayout {
                Layout.fillWidth: true
                visible: !root.profile.applied
                spacing: Theme.spacing

                Label {
                    text: qsTr("Major")
                    font.bold: true
                }
                ComboBox {
                    id: majorBox

                    Layout.fillWidth: true
                    objectName: "majorChoice"
                    model: root.profile.enrolledMajors
                    textRole: "majorName"
                    valueRole: "majorCode"
                    displayText: currentIndex < 0 ? qsTr("Choose the major you graduate in") : currentText + " (" + root.profile.enrolledMajors[currentIndex].levelName + ")"
                    currentIndex: indexOfValue(root.profile.majorCode)
                    enabled: root.profile.editable
                    Accessible.name: qsTr("Major to graduate in")
                    onActivated: root.profile.majorCode = currentValue
                }
                Label {
                    text: qsTr("Examining school (主考学校)")
                    font.bold: true
                }
                ComboBox {
                    id: schoolBox

                    Layout.fillWidth: true
                    objectName: "schoolChoice"
                    model: root.profile.schoolOptions
                    textRole: "name"
                    valueRole: "code"
                    displayText: currentIndex < 0 ? qsTr("Choose the examining school") : currentText
                    currentIndex: indexOfValue(root.profile.schoolCode)
                    enabled: root.profile.editable
                    Accessible.name: qsTr("Examining school")
                    onActivated: root.profile.schoolCode = currentValue
                }
                ConfirmCheckBox {
                    Layout.fillWidth: true
                    objectName: "confirmChoice"
                    text: qsTr("I have checked the major and the examining school. I understand that a wrong choice can only be undone by that school rejecting my application.")
                    checked: root.profile.choiceConfirmed
                    enabled: root.profile.majorCode.length > 0 && root.profile.schoolCode.length > 0
                    onToggled: root.profile.choiceConfirmed = checked
                }
                RowLayout {
                    spacing: Theme.spacing
                    visible: root.session.connected

                    Button {
                        id: applyButton

                        objectName: "applyButton"
                        text: root.profile.busy ? qsTr("Creating your application…") : qsTr("Apply with this major and school")
                        highlighted: true
                        enabled: root.profile.choiceConfirmed && !root.profile.busy && root.session.signedIn
                        Accessible.name: qsTr("Apply with this major and school")
                        onClicked: root.profile.apply()
                    }
                    BusyIndicator {
                        running: root.profile.busy
                        visible: running
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: root.profile.actionError.length > 0
                text: root.profile.actionError
                color: Theme.danger
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }

    // The school's announcements, each opened before any material is collected.
    GroupBox {
        Layout.fillWidth: true
        objectName: "announcements"
        visible: root.profile.applied
        title: qsTr("Announcements of your examining school")

        AnnouncementList {
            anchors.fill: parent
            announcements: root.profile.announcements
            onRead: (id, body) => {
                root.ensureVisible(body);
                root.profile.markOpened(id);
            }
        }
    }
}
