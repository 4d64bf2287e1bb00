import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// 领取毕业证: the earliest collection date (30 working days after the city's approval),
// where to collect the certificate, and who handles degree certificates.
StepPage {
    id: root

    readonly property CertificateController certificate: root.controller as CertificateController

    title: qsTr("Graduation certificate")
    subtitle: qsTr("The graduation certificate can be collected at the earliest 30 working days after the city self-study examination office's approval.")
    showReadOnlyNote: false
    showSummary: false
    showRejection: false

    InfoBanner {
        objectName: "notApprovedBanner"
        Layout.fillWidth: true
        visible: !root.certificate.approved
        kind: InfoBanner.Kind.Warning
        text: root.certificate.problems.length > 0 ? root.certificate.problems[0] : ""
    }

    GridLayout {
        visible: root.certificate.approved
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

        Label {
            text: qsTr("Approved on:")
        }
        Label {
            id: approvalLabel

            objectName: "approvalLabel"
            text: root.certificate.approvalDateText
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Approved on %1").arg(approvalLabel.text)
        }
        Label {
            text: root.certificate.estimate ? qsTr("Earliest collection (estimate):") : qsTr("Earliest collection:")
        }
        Label {
            id: collectionLabel

            objectName: "collectionLabel"
            text: root.certificate.collectionDateText
            font.bold: true
            font.pointSize: Theme.basePointSize * Theme.headingScale
            Accessible.role: Accessible.StaticText
            Accessible.name: (root.certificate.estimate ? qsTr("Earliest collection date, an estimate: %1") : qsTr("Earliest collection date: %1")).arg(collectionLabel.text)
        }
    }

    InfoBanner {
        objectName: "estimateNote"
        Layout.fillWidth: true
        visible: root.certificate.approved && root.certificate.estimate
        kind: InfoBanner.Kind.Warning
        text: root.certificate.estimateNote
    }

    Label {
        id: placeLabel

        objectName: "placeLabel"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: root.certificate.collectionPlace
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: placeLabel.text
    }
    Label {
        id: schoolInfoLabel

        objectName: "schoolInfoLabel"
        Layout.fillWidth: true
        visible: root.certificate.schoolInfo.length > 0
        text: qsTr("From the examining school: %1").arg(root.certificate.schoolInfo)
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: schoolInfoLabel.text
    }
    InfoBanner {
        objectName: "degreeNote"
        Layout.fillWidth: true
        text: root.certificate.degreeNote
    }

    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.padding
    }
}
