import QtQuick
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A group of fields as a card (the design's white card with a light outline), titled in bold.
Fusion.GroupBox {
    id: control

    // Qt 6.4 exposes hidden items to screen readers; a hidden group is not there for anyone.
    Accessible.ignored: !visible

    padding: Theme.spaceL

    label: Text {
        x: control.leftPadding
        width: control.availableWidth
        text: control.title
        font.bold: true
        font.pointSize: control.font.pointSize * Theme.headingScale
        color: Theme.text
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        y: control.topPadding - control.bottomPadding
        width: parent.width
        height: parent.height - control.topPadding + control.bottomPadding
        radius: Theme.cardRadius
        color: Theme.surface
        border.color: Theme.border
    }
}
