import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZkGradTheme

// A coloured note across the page: information, a warning or an error.
Rectangle {
    id: root

    enum Kind {
        Info,
        Warning,
        Error
    }

    property int kind: InfoBanner.Kind.Info
    property alias text: label.text
    property bool dismissible: false

    signal dismissed

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: root.kind === InfoBanner.Kind.Error ? Theme.dangerLight : root.kind === InfoBanner.Kind.Warning ? Theme.warningLight : Theme.accentLight
    border.color: root.kind === InfoBanner.Kind.Error ? Theme.danger : root.kind === InfoBanner.Kind.Warning ? Theme.warning : Theme.accent
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text
    // Qt 6.4 exposes hidden items to screen readers: a hidden banner is not there for anyone.
    Accessible.ignored: !visible

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            id: label

            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            // The banner itself carries the text for screen readers, once.
            Accessible.ignored: true
        }
        Button {
            visible: root.dismissible
            text: qsTr("Close")
            flat: true
            Accessible.name: qsTr("Close this message")
            onClicked: root.dismissed()
        }
    }
}
