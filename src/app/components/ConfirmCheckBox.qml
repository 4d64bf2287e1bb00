import QtQuick
import QtQuick.Controls
import ZkGradTheme

// A check box whose long label wraps instead of being cut off.
CheckBox {
    id: root

    Accessible.name: root.text

    contentItem: Label {
        text: root.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: root.indicator.width + root.spacing
        color: Theme.text
    }
}
