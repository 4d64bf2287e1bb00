import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import ZkGrad

// 提交初审: every answer grouped by step with a way back to change it, every blocking
// problem, the application window, and the submission after a confirmation.
ScrollView {
    id: root

    required property Step step
    readonly property CheckSubmitController check: WizardController.checkSubmit

    contentWidth: availableWidth
    clip: true

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
        onOpened: cancelButton.forceActiveFocus(Qt.PopupFocusReason)

        ColumnLayout {
            width: confirmDialog.availableWidth
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("After submission nothing can be changed until the examining school has reviewed your application. Check every answer on this page before you submit.")
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

    ColumnLayout {
        id: content

        width: root.availableWidth - 2 * Theme.padding
        x: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            Layout.topMargin: Theme.padding
            title: root.step.title
            subtitle: qsTr("Check every answer below. Use \"Change\" to correct a step; submit when everything is right.")
        }

        InfoBanner {
            objectName: "submittedBanner"
            Layout.fillWidth: true
            visible: root.check.submitted
            text: qsTr("Your application has been submitted (round %1). Nothing can be changed until the examining school has reviewed it; follow it on \"Review progress\".").arg(root.check.round)
        }

        // The candidate's own record of what was submitted.
        RowLayout {
            Layout.fillWidth: true
            // At a kiosk the file would stay on the school's computer for the next candidate.
            visible: WizardController.receipt.available && !KioskController.enabled
            spacing: Theme.spacing

            Button {
                objectName: "saveReceiptButton"
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

        FileDialog {
            id: receiptDialog

            fileMode: FileDialog.SaveFile
            title: qsTr("Save the receipt")
            nameFilters: [qsTr("PDF files (*.pdf)")]
            defaultSuffix: "pdf"
            currentFile: "file:///" + WizardController.receipt.suggestedFileName
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

        ErrorSummary {
            objectName: "errorSummary"
            Layout.fillWidth: true
            visible: !root.check.submitted && root.check.fieldProblems.length > 0
            heading: qsTr("Before you can submit, fix the following (each link opens its step):")
            problems: root.check.fieldProblems
            target: content
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

        RowLayout {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.padding
            visible: !root.check.submitted
            spacing: Theme.spacing

            Button {
                id: submitButton

                objectName: "submitButton"
                text: root.check.submitting ? qsTr("Submitting…") : root.check.resubmission ? qsTr("Submit again") : qsTr("Submit for review")
                enabled: root.check.canSubmit
                highlighted: true
                Accessible.name: submitButton.text
                Accessible.description: submitBlocked.text
                onClicked: confirmDialog.open()
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
}
