import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import ZkGrad

// 提交初审: every answer grouped by step with a way back to change it, every blocking
// problem, the application window, and the submission after a confirmation.
StepPage {
    id: root

    readonly property CheckSubmitController check: root.controller as CheckSubmitController
    // The declaration is made for each submission, on the page, not in a dialog.
    property bool declared: false
    property bool declarationMissing: false

    hasPrimaryAction: submitRow.visible || progressButton.visible

    // Submit is always there to press: it says what stops it rather than sitting disabled.
    function requestSubmit(): void {
        root.declarationMissing = !root.declared;
        if (!root.check.canSubmit) {
            if (root.check.fieldProblems.length > 0) {
                root.scrollToTop();
                root.errorSummary.forceActiveFocus(Qt.OtherFocusReason);
            }
            return;
        }
        if (!root.declared) {
            declaration.forceActiveFocus(Qt.OtherFocusReason);
            return;
        }
        confirmDialog.open();
    }

    // Just submitted: the confirmation is at the top, with the keyboard on its way on.
    Connections {
        target: root.check

        function onSubmittedNow(): void {
            root.scrollToTop();
            progressButton.forceActiveFocus(Qt.TabFocusReason);
        }
    }

    subtitle: root.check.submitted ? qsTr("What you submitted, as the examining school sees it.") : qsTr("Check every answer below. Use \"Change\" to correct a step; submit when everything is right.")
    // This page says itself what submission means; its summary lists what blocks it, live.
    showReadOnlyNote: false
    showRejection: false
    liveSummary: true
    showSummary: !root.check.submitted
    summaryHeading: qsTr("Before you can submit, fix the following (each link opens its step):")
    // Only the other steps' problems: with none, "press Submit" is not a problem to fix (a red
    // box saying "fix the following: submit" sent the candidate round in a circle), and what
    // else holds submission back is said beside the button.
    problems: root.check.fieldProblems

    Dialog {
        id: confirmDialog

        objectName: "confirmDialog"
        anchors.centerIn: Overlay.overlay
        width: Math.min(560, root.width - 2 * Theme.padding)
        modal: true
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        title: root.check.resubmission ? qsTr("Submit the application again?") : qsTr("Submit the application?")
        onAccepted: root.check.submit()
        // The safe choice has the focus: Enter does not submit by accident.
        onOpened: cancelButton.forceActiveFocus(Qt.TabFocusReason)

        ColumnLayout {
            width: confirmDialog.availableWidth
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("After submission nothing can be changed until the examining school has reviewed your application.")
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing

                Button {
                    objectName: "confirmSubmitButton"
                    text: qsTr("Submit")
                    highlighted: true
                    Accessible.name: qsTr("Submit the application now")
                    onClicked: confirmDialog.accept()
                }
                Button {
                    id: cancelButton

                    objectName: "cancelSubmitButton"
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel and go on checking")
                    onClicked: confirmDialog.reject()
                }
            }
        }
    }

    // After submitting: what was sent, when, the receipt, and what happens next.
    GroupBox {
        objectName: "submittedPanel"
        Layout.fillWidth: true
        visible: root.check.submitted
        title: qsTr("Application submitted")

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            Label {
                objectName: "submittedBanner"
                Layout.fillWidth: true
                text: root.check.submittedAtText.length > 0 ? qsTr("Your application (round %1) reached the examining school on %2.").arg(root.check.round).arg(root.check.submittedAtText) : qsTr("Your application (round %1) has reached the examining school.").arg(root.check.round)
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                objectName: "submittedNext"
                Layout.fillWidth: true
                // Once the school has decided, "what happens next" would be stale news (seen on
                // reopening the app after the approval): say where it stands instead.
                text: WizardController.stage === WizardController.Submitted ? qsTr("What happens next: the examining school reviews it, then you pay the review fee, then the city self-study examination office reviews it. Nothing can be changed while the school reviews it; if the school returns it, you will see why and what to change. Follow it on \"Review progress\".") : qsTr("Since then: %1. \"Review progress\" says what to do now.").arg(WizardController.progress.stateText)
                wrapMode: Text.Wrap
            }
            // The candidate's own record of what was submitted.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Button {
                    id: progressButton

                    objectName: "progressButton"
                    text: qsTr("Follow the review")
                    highlighted: true
                    Accessible.name: qsTr("Open the review progress")
                    onClicked: WizardController.next()
                }
                Button {
                    objectName: "saveReceiptButton"
                    // At a kiosk the file would stay on the school's computer for the next candidate.
                    visible: WizardController.receipt.available && !KioskController.enabled
                    text: qsTr("Save a PDF receipt…")
                    Accessible.name: qsTr("Save a PDF receipt of the submitted application")
                    onClicked: receiptDialog.open()
                }
                Label {
                    Layout.fillWidth: true
                    text: WizardController.receipt.lastMessage
                    wrapMode: Text.Wrap
                    color: Theme.muted
                }
            }
        }
    }

    FileDialogScrim {
        dialog: receiptDialog
    }
    FileDialog {
        id: receiptDialog

        objectName: "receiptDialog"
        fileMode: FileDialog.SaveFile
        title: qsTr("Save the receipt")
        // Qt's own dialog (Linux without a platform dialog, kiosks) labels every button "Open".
        acceptLabel: qsTr("Save")
        nameFilters: [qsTr("PDF files (*.pdf)")]
        defaultSuffix: "pdf"
        // The Documents folder with the suggested name, not the file system's root.
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        currentFile: receiptDialog.currentFolder + "/" + WizardController.receipt.suggestedFileName
        onAccepted: WizardController.receipt.save(receiptDialog.selectedFile)
    }

    InfoBanner {
        objectName: "rejectionSummary"
        Layout.fillWidth: true
        visible: root.check.resubmission
        kind: InfoBanner.Kind.Warning
        text: qsTr("The examining school returned your application. Reason: %1. Change the steps marked \"Needs changes\", then submit again.").arg(root.check.rejectionReason)
    }

    InfoBanner {
        objectName: "windowBanner"
        Layout.fillWidth: true
        visible: root.check.windowText.length > 0 && !root.check.submitted
        kind: root.check.windowState === CheckSubmitController.WindowOpen ? (root.check.windowUrgent ? InfoBanner.Kind.Warning : InfoBanner.Kind.Info) : InfoBanner.Kind.Error
        text: root.check.windowText
    }

    Repeater {
        model: root.check.groups

        SubmitGroupCard {
            required property var modelData

            Layout.fillWidth: true
            group: modelData
            allowChange: !WizardController.checkSubmit.submitted
            onChangeRequested: index => WizardController.checkSubmit.openStep(index)
        }
    }

    InfoBanner {
        objectName: "submitError"
        Layout.fillWidth: true
        visible: root.check.submitError.length > 0
        kind: InfoBanner.Kind.Error
        text: root.check.submitError
    }

    ConfirmCheckBox {
        id: declaration

        objectName: "declaration"
        Layout.fillWidth: true
        visible: !root.check.submitted
        text: qsTr("I declare that everything in this application is true and complete. I understand that false information can lead to the graduation certificate being refused or withdrawn.")
        checked: root.declared
        onToggled: {
            root.declared = declaration.checked;
            root.declarationMissing = false;
        }
    }
    Label {
        objectName: "declarationMessage"
        Layout.fillWidth: true
        visible: root.declarationMissing && !root.declared
        text: qsTr("Tick the declaration above to submit.")
        color: Theme.danger
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    RowLayout {
        id: submitRow

        Layout.fillWidth: true
        visible: !root.check.submitted
        spacing: Theme.spacing

        Button {
            id: submitButton

            objectName: "submitButton"
            text: root.check.submitting ? qsTr("Submitting…") : root.check.resubmission ? qsTr("Submit again") : qsTr("Submit for review")
            enabled: !root.check.submitting
            highlighted: true
            Accessible.name: submitButton.text
            Accessible.description: submitBlocked.text
            onClicked: root.requestSubmit()
        }
        Label {
            id: submitBlocked

            objectName: "submitBlockedReason"
            Layout.fillWidth: true
            visible: !root.check.canSubmit
            text: root.check.submitBlockedReason
            color: Theme.muted
            wrapMode: Text.Wrap
        }
    }
}
