import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGrad

// What a step that is not built yet shows: its real title, what it will ask
// for, and plainly that nothing can be entered here yet.
StepPage {
    id: root

    showSummary: false

    InfoBanner {
        Layout.fillWidth: true
        kind: InfoBanner.Kind.Warning
        text: qsTr("This step is not available in this version yet. Nothing can be entered or sent here, and the application cannot be submitted until it is.")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("What this step will ask for:")
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: root.step.summary
        wrapMode: Text.Wrap
    }
}
