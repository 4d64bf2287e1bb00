import QtQuick
import QtQuick.Controls.Fusion as Fusion

// A Fusion button box whose standard buttons are this style's (fingertip-sized) Button.
Fusion.DialogButtonBox {
    delegate: Button {}
}
