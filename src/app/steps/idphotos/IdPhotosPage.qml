import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 身份证: both sides of the ID card, each prepared to the size limit on this computer
// and uploaded; the candidate checks each at 100 % before going on.
ScrollView {
    id: root

    required property Step step
    readonly property IdPhotosController controller: WizardController.idPhotos
    // The candidate has started (a side chosen) or left the step once: missing sides are listed.
    readonly property bool showProblems: root.step.visited || root.controller.front.hasImage || root.controller.back.hasImage
    readonly property var shownProblems: root.showProblems ? root.controller.fieldProblems : root.controller.errorProblems

    function focusField(name: string): void {
        summary.focusField(name);
    }

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        id: content

        width: root.availableWidth - 2 * Theme.padding
        x: Theme.padding
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            Layout.topMargin: Theme.padding
            title: root.step.title
            subtitle: qsTr("Add a photo or scan of each side of your valid second-generation ID card.")
        }

        // The school sent this part back: its reason, repeated here.
        SubmitRejectionBanner {
            Layout.fillWidth: true
            stepKey: root.step.key
        }

        InfoBanner {
            objectName: "idPhotosHint"
            Layout.fillWidth: true
            text: qsTr("Use the original card, not a copy. Each image is turned upright, scaled and compressed here to a JPG of at most %1 bytes; check at 100 % that every character is legible before you go on.").arg(root.controller.front.maxBytes.toLocaleString(Qt.locale(), "f", 0))
        }

        InfoBanner {
            objectName: "readOnlyBanner"
            Layout.fillWidth: true
            visible: !root.controller.editable
            kind: InfoBanner.Kind.Warning
            text: qsTr("The ID card images have been submitted and cannot be changed now. If the school returns them to you, you can change them here again.")
        }

        ErrorSummary {
            id: summary

            objectName: "errorSummary"
            Layout.fillWidth: true
            visible: root.controller.editable && root.shownProblems.length > 0
            problems: root.shownProblems
            target: content
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.padding
            columns: content.width >= 860 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            PhotoSlotView {
                objectName: "idFrontSlot"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                photoSlot: root.controller.front
            }
            PhotoSlotView {
                objectName: "idBackSlot"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                photoSlot: root.controller.back
            }
        }
    }
}
