import QtQuick
import QtQuick.Controls.Fusion as Fusion

// A Fusion dialog whose standard buttons (Yes, No, OK ...) are fingertip-sized: Fusion's own
// footer is its DialogButtonBox, so the footer is this style's instead.
Fusion.Dialog {
    footer: DialogButtonBox {
        visible: count > 0
    }
}
