import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 身份证: both sides of the ID card, each prepared to the size limit on this computer
// and uploaded; the candidate checks each at 100 % before going on.
StepPage {
    id: root

    readonly property IdPhotosController idPhotos: root.controller as IdPhotosController

    // Front first, then back: one primary button at a time, and Next only once both are in.
    hasPrimaryAction: frontView.showsPrimary || backView.showsPrimary

    subtitle: qsTr("Add a photo or scan of each side of your valid second-generation ID card.")

    InfoBanner {
        objectName: "idPhotosHint"
        Layout.fillWidth: true
        // Sizes are written one way across the app: "50 KB" (1 KB = 1,000 bytes, as the limit is read).
        text: qsTr("Use the original card, not a copy. Each image is turned upright, scaled and compressed here to a JPG of at most %1 KB; check at 100 % that every character is legible before you go on.").arg(Math.floor(root.idPhotos.front.maxBytes / 1000))
    }

    GridLayout {
        Layout.fillWidth: true
        columns: root.contentColumn.width >= 860 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        PhotoSlotView {
            id: frontView

            objectName: "idFrontSlot"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            photoSlot: root.idPhotos.front
        }
        PhotoSlotView {
            id: backView

            objectName: "idBackSlot"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            photoSlot: root.idPhotos.back
            primary: !frontView.offersPrimary && !frontView.reviewing
        }
    }
}
