import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 审核进度: the three review stages with their state and date, a rejection's reason
// with the way to what must be fixed, and a refresh on opening and on demand.
StepPage {
    id: root

    hasPrimaryAction: fixButton.visible

    readonly property ProgressController progress: root.controller as ProgressController

    title: qsTr("Review progress")
    subtitle: qsTr("Your application goes through three stages. This page updates itself while the app is open.")
    showReadOnlyNote: false
    showSummary: false
    showRejection: false

    InfoBanner {
        objectName: "announcement"
        Layout.fillWidth: true
        visible: root.progress.announcement.length > 0
        text: root.progress.announcement
        dismissible: true
        onDismissed: root.progress.dismissAnnouncement()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            id: stateLabel

            objectName: "stateLabel"
            Layout.fillWidth: true
            text: qsTr("Status: %1").arg(root.progress.stateText)
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: stateLabel.text
        }
        Button {
            id: refreshButton

            objectName: "refreshButton"
            enabled: !root.progress.refreshing
            text: root.progress.refreshing ? qsTr("Refreshing…") : qsTr("Refresh")
            Accessible.name: qsTr("Refresh the review status")
            Accessible.description: qsTr("Asks the server for the latest status of your application")
            onClicked: root.progress.refresh()
        }
    }

    Label {
        id: refreshLabel

        objectName: "refreshLabel"
        Layout.fillWidth: true
        visible: !root.progress.refreshFailed && refreshLabel.text.length > 0
        text: root.progress.refreshText
        color: Theme.muted
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: refreshLabel.text
    }
    InfoBanner {
        objectName: "refreshFailedBanner"
        Layout.fillWidth: true
        visible: root.progress.refreshFailed
        kind: InfoBanner.Kind.Warning
        text: root.progress.refreshText
    }

    Repeater {
        objectName: "stageRepeater"
        model: root.progress.stages

        Rectangle {
            id: card

            required property var modelData
            required property int index

            objectName: "stage_" + card.modelData.key
            Layout.fillWidth: true
            implicitHeight: cardRow.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: card.modelData.tone === "danger" ? Theme.danger : card.modelData.tone === "success" ? Theme.success : Theme.border
            Accessible.role: Accessible.StaticText
            Accessible.name: (card.index + 1) + ". " + card.modelData.title + ": " + card.modelData.statusText + (card.modelData.date.length > 0 ? ", " + card.modelData.date : "")

            RowLayout {
                id: cardRow

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                Label {
                    text: (card.index + 1) + "."
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.title
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "status_" + card.modelData.key
                    text: card.modelData.statusText
                    font.bold: true
                    color: card.modelData.tone === "danger" ? Theme.danger : card.modelData.tone === "success" ? Theme.success : Theme.text
                }
                Label {
                    objectName: "date_" + card.modelData.key
                    Layout.minimumWidth: implicitWidth
                    text: card.modelData.date.length > 0 ? card.modelData.date : "—"
                    color: Theme.muted
                }
            }
        }
    }

    InfoBanner {
        objectName: "rejectionBanner"
        Layout.fillWidth: true
        visible: root.progress.rejected
        kind: InfoBanner.Kind.Error
        text: qsTr("Reason given by the examining school: %1").arg(root.progress.rejectionReason) + "\n" + root.progress.rejectionAdvice
    }
    InfoBanner {
        objectName: "failureBanner"
        Layout.fillWidth: true
        visible: root.progress.failureText.length > 0
        kind: InfoBanner.Kind.Error
        text: root.progress.failureText
    }
    Button {
        id: fixButton

        objectName: "fixButton"
        visible: root.progress.rejected && root.progress.fixLabel.length > 0
        text: root.progress.fixLabel
        highlighted: true
        Accessible.name: fixButton.text
        onClicked: root.progress.openFix()
    }

    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.padding
    }
}
