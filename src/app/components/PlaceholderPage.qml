import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// What a step that is not built yet shows: its real title, what it will ask
// for, and plainly that nothing can be entered here yet.
ScrollView {
    id: root

    required property Step step

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.padding

        PageHeader {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            Layout.bottomMargin: 0
            title: root.step.title
        }
        InfoBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            kind: InfoBanner.Kind.Warning
            text: qsTr("This step is not available in this version yet. Nothing can be entered or sent here, and the application cannot be submitted until it is.")
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            text: qsTr("What this step will ask for:")
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            text: root.step.summary
            wrapMode: Text.Wrap
        }
    }
}
