import QtQuick
import QtQuick.Templates as T
import QtQuick.Controls.Fusion as Fusion
import ZkGradTheme

// A dialog on a card with the page dimmed behind it while it is modal (Fusion's shade is
// barely visible), whose standard buttons (Yes, No, OK ...) are this style's: Fusion's own
// footer is its DialogButtonBox, so the footer is this style's instead.
Fusion.Dialog {
    id: control

    padding: Theme.padding
    topPadding: Theme.spacing

    background: Rectangle {
        color: Theme.surface
        radius: Theme.cardRadius
        border.color: Theme.border
    }

    header: Text {
        text: control.title
        visible: control.title.length > 0
        elide: Text.ElideRight
        color: Theme.text
        font.bold: true
        font.pointSize: control.font.pointSize * Theme.headingScale
        leftPadding: Theme.padding
        rightPadding: Theme.padding
        topPadding: Theme.padding
    }

    footer: DialogButtonBox {
        visible: count > 0
    }

    T.Overlay.modal: Rectangle {
        color: Theme.scrim
    }
    T.Overlay.modeless: Rectangle {
        color: "transparent"
    }
}
